package io.github.celonisnb.kernel.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An environment for commands and git under test, cut off from the user's own: no key variables, a private home
 * with its own (empty) key folder, git config and attributes, and no system git config.
 */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /** The variables, with {@code home} as HOME and {@code home/profiles} as the key folder. */
    public static Map<String, String> isolated(Path home) {
        Map<String, String> env = new HashMap<>();
        for (String name : new String[] {"PATH", "LANG", "TMPDIR"}) {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("CELONIS_PROFILE_DIR", home.resolve("profiles").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", home.resolve(".gitconfig").toString());
        return env;
    }
}
