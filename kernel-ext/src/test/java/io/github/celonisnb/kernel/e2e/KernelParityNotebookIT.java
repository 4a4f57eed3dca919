package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.demo.NotebookText;
import io.github.celonisnb.kernel.testing.LocalMavenRepository;

/**
 * What an IJava user expects of a Java kernel, through real Jupyter: the magics ({@code %lsmagic},
 * {@code --help}, {@code %jars}, {@code %classpath}, {@code %load}, {@code %maven} from the local
 * repository named in {@code ~/.m2/settings.xml}), rich display, error formatting, and IJava's
 * environment variables, including a timed-out busy loop that really stops.
 */
class KernelParityNotebookIT {

    @TempDir
    static Path work;

    static JupyterHarness jupyter;
    static Path lib;
    static Path classes;
    static Path home;

    @BeforeAll
    static void setUp() throws Exception {
        jupyter = new JupyterHarness(work);
        LocalMavenRepository build = new LocalMavenRepository(work.resolve("scratch-repo"), work.resolve("build"));
        lib = Files.createDirectories(work.resolve("lib"));
        Files.copy(build.install("demo", "calc", "1.0", "demo.Calc",
                "package demo; public class Calc { public static int twice(int n) { return 2 * n; } }", List.of()),
                lib.resolve("calc.jar"));
        classes = work.resolve("build").resolve("calc-classes");
        home = work.resolve("home");
        LocalMavenRepository m2 = new LocalMavenRepository(home.resolve(".m2").resolve("repository"), work.resolve("m2-build"));
        m2.install("demo.nb", "shout", "1.0", "demo.nb.Shout",
                "package demo.nb; public class Shout { public static String loud(String s) { return s.toUpperCase() + \"!\"; } }",
                List.of());
        m2.install("demo.nb", "greeter", "2.1", "demo.nb.Greeter",
                "package demo.nb; public class Greeter { public static String greet(String n) { return Shout.loud(\"hello \" + n); } }",
                List.of("demo.nb:shout:1.0"));
        // ~/.m2/settings.xml as mvn reads it: the local repository is the default one, named explicitly.
        m2.settings(home.resolve(".m2").resolve("settings.xml"), false);
    }

    @Test
    void theMagicsAnIJavaUserExpectsWorkAndDescribeThemselves() throws Exception {
        Path script = Files.writeString(work.resolve("helpers.jsh"), "int loaded = 7;\nint times(int a, int b) { return a * b; }\n");
        Path notebook = jupyter.notebookOf("magics",
                "%lsmagic",
                "%maven --help",
                "%celonis_login --help",
                "%jars " + lib + "/*.jar\ndemo.Calc.twice(21)",
                "%classpath " + classes + "\nClass.forName(\"demo.Calc\").getSimpleName()",
                "%load " + script + "\ntimes(loaded, 6)",
                "%maven demo.nb:greeter:2.1\ndemo.nb.Greeter.greet(\"notebook\")");

        JupyterHarness.Executed nb = jupyter.run(notebook,
                Map.of("JAVA_TOOL_OPTIONS", "-Duser.home=" + home), false);

        assertTrue(nb.run().succeeded(), () -> nb.run().log() + new String(nb.bytes()));
        assertEquals("Available line magics:\n%celonis_login  %celonis_logout  %celonis_permissions  %celonis_redact  %classpath  "
                + "%jars  %load  %lsmagic  %maven\n\nAvailable cell magics:\n%%html  %%markdown\n\nEvery magic takes --help, e.g. "
                + "%maven --help.\n", nb.stream(0, "stdout"));
        assertTrue(nb.stream(1, "stdout").startsWith("Usage: %maven [-h] [--offline] [--settings=FILE] [--repo=ID=URL]...\n"
                + "              COORDINATES...\nAdd Maven artifacts and their runtime dependencies to the class path of this\n"
                + "kernel's cells.\n"), nb.stream(1, "stdout"));
        assertTrue(nb.stream(2, "stdout").startsWith("Usage: %celonis_login"), nb.stream(2, "stdout"));
        assertEquals("Added to the class path: " + lib.resolve("calc.jar") + "\n", nb.stream(3, "stdout"));
        assertEquals("42", result(nb, 3));
        assertEquals("Added to the class path: " + classes + " (folder)\n", nb.stream(4, "stdout"));
        assertEquals("Calc", result(nb, 4));
        assertEquals("42", result(nb, 5));
        assertEquals("Added 2 jars to the class path: greeter-2.1.jar, shout-1.0.jar\n", nb.stream(6, "stdout"));
        assertEquals("HELLO NOTEBOOK!", result(nb, 6));
    }

    /** Rich output and errors share one notebook run: cells 0-4 display, 5-7 fail or follow a failure. */
    private static JupyterHarness.Executed displayAndErrors;

    private static synchronized JupyterHarness.Executed displayAndErrors() throws Exception {
        if (displayAndErrors == null) {
            Path notebook = jupyter.notebookOf("display-and-errors",
                    "display(html(\"<b>shown now</b>\"));\nSystem.out.println(\"after\");",
                    "var img = new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);\nimg",
                    "table(List.of(\"name\", \"rows\"), List.of(List.of(\"<orders>\", 12), List.of(\"items\", 3)))",
                    "%%html\n<i>a cell of HTML</i>",
                    "String id = display(\"<u>first</u>\", \"text/html\");\nupdateDisplay(id, html(\"<u>second</u>\"));",
                    "int count = \"three\";",
                    "Integer.parseInt(\"x1\")",
                    "1 + 1");
            displayAndErrors = jupyter.run(notebook, Map.of(), true);
        }
        return displayAndErrors;
    }

    @Test
    void imagesHtmlTablesAndDisplayCallsShowAsRichOutput() throws Exception {
        JupyterHarness.Executed nb = displayAndErrors();

        JsonNode shown = output(nb, 0, "display_data");
        assertEquals("<b>shown now</b>", data(shown, "text/html"));
        assertEquals("after\n", nb.stream(0, "stdout"));
        JsonNode image = output(nb, 1, "execute_result");
        String png = data(image, "image/png");
        assertTrue(png.startsWith("iVBORw0KGgo"), png);
        String table = data(output(nb, 2, "execute_result"), "text/html");
        assertTrue(table.contains("<th>name</th><th>rows</th>"), table);
        assertTrue(table.contains("<td>&lt;orders&gt;</td><td>12</td>"), table);
        assertEquals("<i>a cell of HTML</i>", data(output(nb, 3, "execute_result"), "text/html"));
        JsonNode updated = output(nb, 4, "display_data");
        assertEquals("<u>second</u>", data(updated, "text/html"),
                "nbconvert applies update_display_data to the output it updates");
    }

    @Test
    void compileErrorsPointAtTheCodeAndExceptionsShowTheirType() throws Exception {
        JupyterHarness.Executed nb = displayAndErrors();

        JsonNode compile = nb.error(5);
        assertEquals("CompilationException", compile.path("ename").asText());
        assertEquals(List.of("Compile error: incompatible types: java.lang.String cannot be converted to int",
                "| int count = \"three\";", "|             ^------"), plain(compile.path("traceback")));
        JsonNode thrown = nb.error(6);
        assertEquals("NumberFormatException", thrown.path("ename").asText());
        assertEquals("java.lang.NumberFormatException: For input string: \"x1\"", plain(thrown.path("traceback")).get(0));
        assertEquals("2", result(nb, 7));
    }

    @Test
    void ijavasEnvironmentVariablesConfigureTheKernel() throws Exception {
        Path startup = Files.writeString(work.resolve("startup.jsh"), "String fromFile = \"file\";\n");
        Path notebook = jupyter.notebookOf("environment",
                "demo.Calc.twice(4)",
                "fromFile + \" \" + fromScript",
                "class Probe { void take(int count) { } }\nProbe.class.getDeclaredMethods()[0].getParameters()[0].getName()",
                "long[] spins = {0};\nwhile (true) { spins[0]++; }",
                "long seen = spins[0];\nThread.sleep(300);\nseen > 0 && seen == spins[0]");

        JupyterHarness.Executed nb = jupyter.run(notebook, Map.of(
                "IJAVA_CLASSPATH", lib + "/*.jar" + File.pathSeparator + work.resolve("missing-folder"),
                "IJAVA_STARTUP_SCRIPTS_PATH", startup.toString(),
                "IJAVA_STARTUP_SCRIPT", "String fromScript = \"inline\";",
                "IJAVA_COMPILER_OPTS", "-parameters",
                "IJAVA_TIMEOUT", "1500"), true);

        assertEquals("8", result(nb, 0));
        assertEquals("file inline", result(nb, 1));
        assertEquals("count", result(nb, 2));
        assertEquals("EvaluationTimeoutException", nb.error(3).path("ename").asText());
        assertEquals("Execution timed out after 1500 ms (the IJAVA_TIMEOUT limit). Raise IJAVA_TIMEOUT in the kernel's "
                + "environment, or -1 for no limit.", nb.error(3).path("evalue").asText());
        assertEquals("true", result(nb, 4), "the timed-out loop went on running");
    }

    private static String result(JupyterHarness.Executed nb, int cell) {
        return data(output(nb, cell, "execute_result"), "text/plain");
    }

    /** One MIME type of an output's data; nbformat may store text as a list of lines. */
    private static String data(JsonNode output, String mimeType) {
        return NotebookText.joined(output.path("data").path(mimeType));
    }

    private static JsonNode output(JupyterHarness.Executed nb, int cell, String type) {
        for (JsonNode o : nb.codeCells().get(cell).path("outputs")) {
            if (type.equals(o.path("output_type").asText())) {
                return o;
            }
        }
        throw new AssertionError("cell " + cell + " has no " + type + ": " + nb.codeCells().get(cell).path("outputs"));
    }

    private static List<String> plain(JsonNode traceback) {
        List<String> lines = new ArrayList<>();
        traceback.forEach(l -> lines.add(l.asText().replaceAll("\u001b\\[[0-9;]*m", "")));
        return lines;
    }
}
