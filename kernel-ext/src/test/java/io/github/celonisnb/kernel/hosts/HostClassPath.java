package io.github.celonisnb.kernel.hosts;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class path of a stand-in host kernel: the host's libraries found where this test JVM loaded them,
 * and this module's test classes, without the product's own classes, which must come from the jar
 * under test.
 */
final class HostClassPath {

    private HostClassPath() {
    }

    /** Where each class was loaded from, then the test classes. */
    static List<Path> of(String... classNames) throws ClassNotFoundException, URISyntaxException {
        List<Path> entries = new ArrayList<>();
        for (String name : classNames) {
            Path location = Path.of(Class.forName(name).getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!entries.contains(location)) {
                entries.add(location);
            }
        }
        entries.add(testClasses());
        return entries;
    }

    static Path testClasses() throws URISyntaxException {
        return Path.of(HostClassPath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The IJava/JJava jar the build made (system property {@code celonisnb.ijava.jar}). */
    static Path adapterJar() {
        String jar = System.getProperty("celonisnb.ijava.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)),
                "These tests need the adapter jar (system property celonisnb.ijava.jar); run them with mvn verify.");
        return Path.of(jar);
    }
}
