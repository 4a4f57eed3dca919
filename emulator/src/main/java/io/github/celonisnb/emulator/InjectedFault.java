package io.github.celonisnb.emulator;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A fault rule in force, with its id (to remove it) and how many more requests it will hit.
 *
 * @param id        the id {@link EmsEmulator#removeFault} and the admin surface take
 * @param rule      the rule as given
 * @param remaining the requests it still applies to; empty when unlimited
 */
public record InjectedFault(String id, FaultRule rule, OptionalInt remaining) {

    public InjectedFault {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(remaining, "remaining");
    }
}
