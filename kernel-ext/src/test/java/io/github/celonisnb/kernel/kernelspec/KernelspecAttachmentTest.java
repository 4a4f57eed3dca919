package io.github.celonisnb.kernel.kernelspec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelspecAttachmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IJAVA_SPEC = "{\"argv\": [\"java\", \"-jar\", \"/opt/ijava/ijava-1.3.0.jar\", \"{connection_file}\"],"
            + " \"display_name\": \"Java\", \"language\": \"java\", \"interrupt_mode\": \"message\","
            + " \"env\": {\"IJAVA_CLASSPATH\": \"/opt/libs/a.jar\", \"IJAVA_TIMEOUT\": \"30000\"}}";

    @TempDir
    Path dir;

    private Path spec;
    private Path adapter;
    private final KernelspecAttachment attachment = new KernelspecAttachment();

    @BeforeEach
    void installSpecs() throws Exception {
        spec = Files.createDirectories(dir.resolve("java"));
        Files.writeString(spec.resolve("kernel.json"), IJAVA_SPEC);
        adapter = Files.writeString(dir.resolve("adapter.jar"), "jar bytes");
    }

    @Test
    void attachToIJavaAppendsTheJarAndTheInstallCallAndKeepsEverythingElse() throws Exception {
        KernelspecAttachment.Change change = attachment.attach(spec, HostKernel.IJAVA, adapter);

        assertTrue(change.changed());
        Path jar = spec.resolve(KernelspecAttachment.JAR_NAME).toAbsolutePath();
        ObjectNode expected = (ObjectNode) JSON.readTree(IJAVA_SPEC);
        ((ObjectNode) expected.get("env")).put("IJAVA_CLASSPATH", "/opt/libs/a.jar" + File.pathSeparator + jar);
        ((ObjectNode) expected.get("env")).put("IJAVA_STARTUP_SCRIPT", "io.github.celonisnb.kernel.ijava.IJavaExtension.install();");
        assertEquals(expected, JSON.readTree(spec.resolve("kernel.json").toFile()));
        assertEquals("jar bytes", Files.readString(jar));
        assertEquals(IJAVA_SPEC, Files.readString(spec.resolve(KernelspecAttachment.BACKUP_NAME)));
    }

    @Test
    void attachingTwiceChangesNothingTheSecondTimeAndKeepsTheFirstBackup() throws Exception {
        attachment.attach(spec, HostKernel.IJAVA, adapter);
        JsonNode once = JSON.readTree(spec.resolve("kernel.json").toFile());

        KernelspecAttachment.Change again = attachment.attach(spec, HostKernel.IJAVA, adapter);

        assertFalse(again.changed());
        assertEquals(once, JSON.readTree(spec.resolve("kernel.json").toFile()));
        assertEquals(IJAVA_SPEC, Files.readString(spec.resolve(KernelspecAttachment.BACKUP_NAME)));
    }

    @Test
    void detachRemovesExactlyWhatAttachAdded() throws Exception {
        attachment.attach(spec, HostKernel.IJAVA, adapter);

        KernelspecAttachment.Change change = attachment.detach(spec, HostKernel.IJAVA);

        assertTrue(change.changed());
        assertEquals(JSON.readTree(IJAVA_SPEC), JSON.readTree(spec.resolve("kernel.json").toFile()));
        assertFalse(Files.exists(spec.resolve(KernelspecAttachment.JAR_NAME)));
    }

    @Test
    void attachToJJavaCreatesTheClassPathEntryAndNoStartupScript() throws Exception {
        Files.writeString(spec.resolve("kernel.json"), "{\"argv\": [\"java\", \"-jar\", \"{resource_dir}/jjava-launcher.jar\","
                + " \"{resource_dir}/jjava.jar\", \"{connection_file}\"], \"display_name\": \"Java\", \"language\": \"java\"}");

        attachment.attach(spec, HostKernel.JJAVA, adapter);

        JsonNode env = JSON.readTree(spec.resolve("kernel.json").toFile()).path("env");
        assertEquals(spec.resolve(KernelspecAttachment.JAR_NAME).toAbsolutePath().toString(), env.path("JJAVA_CLASSPATH").asText());
        assertEquals(1, env.size());
        attachment.detach(spec, HostKernel.JJAVA);
        assertEquals(0, JSON.readTree(spec.resolve("kernel.json").toFile()).path("env").size());
    }

    @Test
    void aFolderWithoutKernelJsonIsRefusedWithAHint() {
        Path empty = dir.resolve("empty");
        KernelspecException e = assertThrows(KernelspecException.class, () -> attachment.attach(empty, HostKernel.IJAVA, adapter));
        assertEquals(empty + " is not a kernelspec: it has no kernel.json. List the installed ones with `jupyter kernelspec list`.",
                e.getMessage());
    }

    @Test
    void aMissingAdapterJarIsRefusedBeforeAnythingChanges() throws Exception {
        Path missing = dir.resolve("nope.jar");
        KernelspecException e = assertThrows(KernelspecException.class, () -> attachment.attach(spec, HostKernel.IJAVA, missing));
        assertEquals("The adapter jar " + missing + " does not exist; build it with `mvn -q package` "
                + "(it is kernel-ext/target/celonis-nb-ijava.jar) or pass --jar.", e.getMessage());
        assertEquals(IJAVA_SPEC, Files.readString(spec.resolve("kernel.json")));
        assertFalse(Files.exists(spec.resolve(KernelspecAttachment.BACKUP_NAME)));
    }
}
