package io.github.celonisnb.kernel.kernelspec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelspecInstallerTest {

    @Test
    void writesARelocatableSpecWithTheJarBesideIt(@TempDir Path dir) throws Exception {
        Path jar = fakeKernelJar(dir.resolve("built.jar"));
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path spec = new KernelspecInstaller().install(KernelspecInstaller.kernelsUnderPrefix(dir.resolve("p")), jar, javaCommand);

        assertEquals(dir.resolve("p/share/jupyter/kernels/celonis-nb"), spec);
        assertArrayEquals(Files.readAllBytes(jar), Files.readAllBytes(spec.resolve("celonis-nb.jar")));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(spec.resolve("kernel.json"))));
        JsonNode json = new ObjectMapper().readTree(spec.resolve("kernel.json").toFile());
        assertEquals(List.of(javaCommand, "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", "{resource_dir}/celonis-nb.jar", "io.github.celonisnb.kernel.KernelMain", "{connection_file}"),
                new ObjectMapper().convertValue(json.get("argv"), List.class));
        assertEquals("Java (celonis-nb)", json.get("display_name").asText());
        assertEquals("java", json.get("language").asText());
        assertEquals("message", json.get("interrupt_mode").asText());
    }

    private static Path fakeKernelJar(Path file) throws IOException {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("io/github/celonisnb/kernel/KernelMain.class"));
            zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void refusesAFileThatIsNotTheKernelJar(@TempDir Path dir) throws IOException {
        Path notAJar = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        IOException e = assertThrows(IOException.class, () -> new KernelspecInstaller().install(dir, notAJar, "java"));
        assertEquals(notAJar + " is not a celonis-nb jar (it has no io.github.celonisnb.kernel.KernelMain); pass "
                + "kernel-ext/target/celonis-nb.jar, or leave --jar out.", e.getMessage());
    }

    @Test
    void refusesAJavaThatIsNotAnExecutable(@TempDir Path dir) throws IOException {
        Path jar = fakeKernelJar(dir.resolve("k.jar"));
        IOException e = assertThrows(IOException.class, () -> new KernelspecInstaller().install(dir, jar, "/nonexistent/java"));
        assertTrue(e.getMessage().startsWith("The java command /nonexistent/java is not an executable file"), e.getMessage());
    }

    @Test
    void refusesAMissingJarAndSaysHowToBuildIt(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class,
                () -> new KernelspecInstaller().install(dir, dir.resolve("none.jar"), "java"));
        assertEquals("The kernel jar " + dir.resolve("none.jar") + " does not exist; build it with `bin/celonis-nb` "
                + "(which runs the Maven build) or `mvn -q package`.", e.getMessage());
    }

    @Test
    void theUserFolderFollowsJupytersDataDirSettings() {
        Path home = Path.of("/home/u");
        assertEquals(Path.of("/d/kernels"), KernelspecInstaller.userKernels(Map.of("JUPYTER_DATA_DIR", "/d"), home));
        assertEquals(Path.of("/x/jupyter/kernels"), KernelspecInstaller.userKernels(Map.of("XDG_DATA_HOME", "/x"), home));
        assertEquals(Path.of("/home/u/.local/share/jupyter/kernels"), KernelspecInstaller.userKernels(Map.of(), home));
    }
}
