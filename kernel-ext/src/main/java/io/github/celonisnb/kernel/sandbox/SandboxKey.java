package io.github.celonisnb.kernel.sandbox;

import java.nio.file.Path;

/**
 * A key the sandbox made, as the notebook sees it: where its key file is, never the key itself.
 *
 * @param id      the key's id in the emulator
 * @param name    the application's (or user's) name
 * @param type    {@code application key} or {@code user key}
 * @param keyFile the key file ({@code {"url", "api_token"}}, mode 600) to log in with
 */
public record SandboxKey(String id, String name, String type, Path keyFile) {

    @Override
    public String toString() {
        return type + " '" + name + "' (id " + id + ", key file " + keyFile + ")";
    }
}
