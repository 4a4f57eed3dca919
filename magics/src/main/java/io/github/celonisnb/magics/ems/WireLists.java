package io.github.celonisnb.magics.ems;

import java.util.List;
import java.util.Objects;

/** Lists as EMS sends them: a missing list is empty, and null elements are dropped. */
final class WireLists {

    private WireLists() {
    }

    /** An immutable copy of {@code list} without nulls; empty when {@code list} is null. */
    static <T> List<T> copyWithoutNulls(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
