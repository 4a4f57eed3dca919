package io.github.celonisnb.magics.credentials;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Read access to environment variables, so that tests can supply their own. */
public interface Environment {

    /** The variable's value, or empty when it is not set. */
    Optional<String> get(String name);

    /** The process environment. */
    static Environment system() {
        return name -> Optional.ofNullable(System.getenv(name));
    }

    /** A fixed environment holding exactly these variables (copied). */
    static Environment of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(Objects.requireNonNull(variables, "variables"));
        return name -> Optional.ofNullable(copy.get(name));
    }
}
