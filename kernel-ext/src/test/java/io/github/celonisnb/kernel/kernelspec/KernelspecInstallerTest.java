package io.github.celonisnb.kernel.kernelspec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        Path jar = Files.write(dir.resolve("built.jar"), new byte[] {1, 2, 3});
        Path spec = new KernelspecInstaller().install(KernelspecInstaller.kernelsUnderPrefix(dir.resolve("p")), jar, "/opt/jdk/bin/java");

        assertEquals(dir.resolve("p/share/jupyter/kernels/celonis-nb"), spec);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(spec.resolve("celonis-nb.jar")));
        JsonNode json = new ObjectMapper().readTree(spec.resolve("kernel.json").toFile());
        assertEquals(List.of("/opt/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", "{resource_dir}/celonis-nb.jar", "io.github.celonisnb.kernel.KernelMain", "{connection_file}"),
                new ObjectMapper().convertValue(json.get("argv"), List.class));
        assertEquals("Java (celonis-nb)", json.get("display_name").asText());
        assertEquals("java", json.get("language").asText());
        assertEquals("message", json.get("interrupt_mode").asText());
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
