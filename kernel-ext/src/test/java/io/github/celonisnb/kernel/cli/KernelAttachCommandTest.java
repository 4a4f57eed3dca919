package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class KernelAttachCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CelonisNbCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void attachThenDetachSayWhatTheyDid() throws Exception {
        Path spec = Files.createDirectories(dir.resolve("ijava"));
        Files.writeString(spec.resolve("kernel.json"), "{\"argv\": [\"java\"], \"display_name\": \"Java\", \"language\": \"java\"}");
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");

        assertEquals(0, run("kernel", "attach", "--ijava-spec", spec.toString(), "--jar", jar.toString()));
        assertEquals("The IJava kernel in " + spec + " now loads the Celonis magics (restart it to take effect). Its previous "
                + "kernel.json is kept as " + spec.resolve("kernel.json.before-celonis-nb") + ".\n", out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("kernel", "detach", "--ijava-spec", spec.toString()));
        assertEquals("The IJava kernel in " + spec + " no longer loads the Celonis magics.\n", out.toString());
    }

    @Test
    void attachNeedsExactlyOneSpecFolder() {
        assertEquals(2, run("kernel", "attach"));
        assertTrue(err.toString().startsWith("Error: Missing required argument (specify one of these): (--ijava-spec=DIR | --jjava-spec=DIR)"),
                err.toString());
    }

    @Test
    void aFolderThatIsNoKernelspecFailsWithTheMessageOnly() {
        assertEquals(2, run("kernel", "detach", "--jjava-spec", dir.resolve("none").toString()));
        assertEquals("celonis-nb: " + dir.resolve("none") + " is not a kernelspec: it has no kernel.json. List the installed ones "
                + "with `jupyter kernelspec list`.\n", err.toString());
    }
}
