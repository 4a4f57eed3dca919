package io.github.celonisnb.kernel.kernelspec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the kernel's class data archive: one run of the kernel's start-up path
 * ({@code ClassDataTraining}) under {@code -XX:ArchiveClassesAtExit}, with the same {@code java}, flags and
 * jar path the kernelspec will use, so the JVM maps those classes ready-parsed at each start instead of
 * loading and verifying them.
 *
 * <p>The archive only fits that JDK and that jar: if either changes the JVM ignores the archive and starts
 * as it would without it, and the next {@code celonis-nb kernel install} makes a new one.
 */
final class ClassDataArchive {

    static final String TRAINING_CLASS = "io.github.celonisnb.kernel.ClassDataTraining";
    private static final long TRAINING_TIMEOUT_SECONDS = 120;

    private ClassDataArchive() {
    }

    /**
     * Writes the archive for {@code jar} to {@code archive}.
     *
     * @return whether it was made; on any failure nothing is left behind and the kernel starts without it
     */
    static boolean create(String java, List<String> jvmFlags, Path jar, Path archive) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmFlags);
        // Classes the archive cannot hold (picocli's Java 5 ones) are reported as warnings; they are harmless.
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        command.add("-cp");
        command.add(jar.toString());
        command.add(TRAINING_CLASS);
        try {
            Files.deleteIfExists(archive);
            Process training = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!training.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                training.destroyForcibly();
                Files.deleteIfExists(archive);
                return false;
            }
            if (training.exitValue() != 0) {
                Files.deleteIfExists(archive);
                return false;
            }
            return Files.isRegularFile(archive);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
