package io.github.celonisnb.kernel.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the running code was loaded from: the celonis-nb jar, or a class folder in a build. */
final class RunningJar {

    private RunningJar() {
    }

    static Path path() {
        try {
            return Path.of(RunningJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The location of the celonis-nb classes is not a file path.", e);
        }
    }
}
