package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.kernel.testing.Corpus;
import io.github.celonisnb.kernel.testing.DebianPython;
import io.github.celonisnb.kernel.testing.JarRun;
import io.github.celonisnb.kernel.testing.TestKeys;

/**
 * nbformat itself must accept what we write: every corpus notebook that Debian's nbformat accepts as it is must
 * still be accepted after a key was planted in its metadata and sanitized away, and after {@code --strip-outputs}.
 */
class NbformatValidityTest {

    /** nbformat's own check, {@code validate(read(path, NO_CONVERT))}, over every file named, in one process. */
    private static final String VALIDATE = String.join("\n",
            "import sys, warnings",
            "import nbformat",
            "warnings.simplefilter('ignore')",
            "for path in sys.argv[1:]:",
            "    try:",
            "        nbformat.validate(nbformat.read(path, as_version=nbformat.NO_CONVERT))",
            "        print(path + '\\tok')",
            "    except Exception as e:",
            "        print(path + '\\t' + type(e).__name__)",
            "");

    private static final Pattern METADATA = Pattern.compile("\"metadata\"\\s*:\\s*\\{\\s*");

    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void notebooksNbformatAcceptsStayValidAfterSanitizingAndStripping() throws Exception {
        List<Path> corpus = Corpus.notebooks();
        DebianPython.require("nbformat");
        Cli cli = new Cli(home, work);
        String key = TestKeys.newKey();
        KeyFileWriter.write(cli.profiles().resolve("app.json"), "https://t.eu-1.celonis.cloud", key);

        Map<String, String> kinds = Map.of("original", "", "planted", "", "sanitized", "", "stripped", "");
        for (String kind : kinds.keySet()) {
            Files.createDirectories(work.resolve(kind));
        }
        List<String> names = new ArrayList<>();
        for (Path notebook : corpus) {
            String name = notebook.getFileName().toString();
            byte[] bytes = Files.readAllBytes(notebook);
            Files.write(work.resolve("original").resolve(name), bytes);
            String planted = plant(new String(bytes, StandardCharsets.UTF_8), key);
            // Files that are not JSON at all are refused by sanitize (tested elsewhere); nbformat refuses them too.
            boolean json = cli.run("check", "--no-default-keys", notebook.toString()).exitCode() != 2;
            if (planted != null && json) {
                names.add(name);
                for (String kind : List.of("planted", "sanitized", "stripped")) {
                    Files.writeString(work.resolve(kind).resolve(name), planted);
                }
            }
        }
        Cli.Result run = cli.run("sanitize", "--quiet", "sanitized");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, cli.run("sanitize", "--quiet", "--strip-outputs", "stripped").exitCode());

        Map<String, String> verdicts = validate(work, List.of("original", "planted", "sanitized", "stripped"), names);

        int accepted = 0;
        for (String name : names) {
            if (!verdicts.get("original/" + name).equals("ok") || !verdicts.get("planted/" + name).equals("ok")) {
                continue;
            }
            accepted++;
            assertEquals("ok", verdicts.get("sanitized/" + name), name + " after sanitize");
            assertEquals("ok", verdicts.get("stripped/" + name), name + " after sanitize --strip-outputs");
            String sanitized = Files.readString(work.resolve("sanitized").resolve(name));
            assertFalse(sanitized.contains(key), name);
            assertTrue(sanitized.contains("[REDACTED celonis-app-key]"), name);
        }
        assertTrue(accepted >= 30, "only " + accepted + " corpus notebooks were accepted by nbformat: " + verdicts);
    }

    private static final Pattern CELL_ID = Pattern.compile("(\"id\"\\s*:\\s*\")([^\"]*)(\")");

    /**
     * nbformat 4.5 wants cell ids of 1 to 64 letters, digits, '-' and '_', unique in the notebook: a token found in an
     * id is replaced by a fresh {@code redacted-N} that nbformat accepts, also next to an id that is already
     * {@code redacted-1}, and check still reports it.
     */
    @Test
    void tokensInCellIdsAreReplacedByIdsNbformatAccepts() throws Exception {
        List<Path> corpus = Corpus.notebooks();
        DebianPython.require("nbformat");
        Cli cli = new Cli(home, work);
        List<String> kinds = List.of("original", "planted", "sanitized", "stripped");
        for (String kind : kinds) {
            Files.createDirectories(work.resolve(kind));
        }
        List<String> names = new ArrayList<>();
        Map<String, List<String>> tokens = new HashMap<>();
        for (Path notebook : corpus) {
            String name = notebook.getFileName().toString();
            String text = Files.readString(notebook);
            List<String> planted = new ArrayList<>(List.of(TestKeys.newGitHubToken(), TestKeys.newAwsAccessKeyId(),
                    "redacted-1"));
            String withTokens = plantIds(text, planted);
            if (withTokens == null || cli.run("check", "--no-default-keys", notebook.toString()).exitCode() == 2) {
                continue;
            }
            names.add(name);
            tokens.put(name, planted);
            Files.writeString(work.resolve("original").resolve(name), text);
            for (String kind : List.of("planted", "sanitized", "stripped")) {
                Files.writeString(work.resolve(kind).resolve(name), withTokens);
            }
        }
        assertTrue(names.size() >= 5, "only " + names + " have cell ids");

        Cli.Result checked = cli.run("check", "--no-default-keys", "planted");
        Cli.Result once = cli.run("sanitize", "--quiet", "--no-default-keys", "sanitized");
        Map<String, byte[]> first = new HashMap<>();
        for (String name : names) {
            first.put(name, Files.readAllBytes(work.resolve("sanitized").resolve(name)));
        }
        Cli.Result twice = cli.run("sanitize", "--no-default-keys", "sanitized");
        Cli.Result stripped = cli.run("sanitize", "--quiet", "--no-default-keys", "--strip-outputs", "--keep-id",
                "stripped");

        assertEquals(1, checked.exitCode(), checked.err());
        assertEquals(0, once.exitCode(), once.err());
        assertEquals(0, stripped.exitCode(), stripped.err());
        assertEquals("sanitized 0 of " + names.size() + " notebooks, 0 secrets replaced\n", twice.err());
        Map<String, String> verdicts = validate(work, kinds, names);
        int accepted = 0;
        for (String name : names) {
            List<String> reported = checked.out().lines().filter(l -> l.startsWith("planted/" + name + ":")).toList();
            assertTrue(reported.stream().anyMatch(l -> l.contains(" github-token in cell ") && l.endsWith(".id)")),
                    name + ": " + checked.out());
            assertArrayEquals(first.get(name), Files.readAllBytes(work.resolve("sanitized").resolve(name)), name);
            for (String kind : List.of("sanitized", "stripped")) {
                String text = Files.readString(work.resolve(kind).resolve(name));
                List<String> ids = new ArrayList<>();
                Matcher id = CELL_ID.matcher(text);
                while (id.find()) {
                    ids.add(id.group(2));
                }
                assertEquals(ids.size(), new HashSet<>(ids).size(), name + " has duplicate ids " + ids);
                assertTrue(ids.stream().allMatch(i -> i.matches("[a-zA-Z0-9_-]{1,64}")), name + ": " + ids);
                List<String> planted = tokens.get(name);
                assertEquals(planted.size() == 3 ? List.of("redacted-2", "redacted-3", "redacted-1")
                        : List.of("redacted-1", "redacted-2").subList(0, planted.size()),
                        ids.subList(0, planted.size()), name + " after " + kind);
            }
            if (!verdicts.get("original/" + name).equals("ok")) {
                continue;
            }
            accepted++;
            assertEquals("ok", verdicts.get("planted/" + name), name + " with tokens as ids");
            assertEquals("ok", verdicts.get("sanitized/" + name), name + " after sanitize");
            assertEquals("ok", verdicts.get("stripped/" + name), name + " after sanitize --strip-outputs --keep-id");
        }
        assertTrue(accepted >= 5, "only " + accepted + " notebooks with cell ids were accepted by nbformat: "
                + verdicts);
    }

    /**
     * The notebook with its first cell ids set to {@code ids} in turn (fewer when it has fewer cells with ids), or
     * null when it has no cell id.
     */
    private static String plantIds(String notebook, List<String> ids) {
        Matcher id = CELL_ID.matcher(notebook);
        StringBuilder out = new StringBuilder();
        int used = 0;
        while (used < ids.size() && id.find()) {
            id.appendReplacement(out, Matcher.quoteReplacement(id.group(1) + ids.get(used) + id.group(3)));
            used++;
        }
        if (used == 0) {
            return null;
        }
        id.appendTail(out);
        ids.subList(used, ids.size()).clear();
        return out.toString();
    }

    /**
     * The notebook with an Authorization header holding the key in its first metadata object, or null when it has
     * none (or is not JSON: then no metadata object is found after the first brace).
     */
    private static String plant(String notebook, String key) {
        Matcher metadata = METADATA.matcher(notebook);
        if (!metadata.find()) {
            return null;
        }
        int at = metadata.end();
        boolean empty = at < notebook.length() && notebook.charAt(at) == '}';
        String member = "\"celonis_note\": \"Authorization: AppKey " + key + "\"" + (empty ? "" : ", ");
        return notebook.substring(0, at) + member + notebook.substring(at);
    }

    private static Map<String, String> validate(Path work, List<String> kinds, List<String> names) {
        List<String> command = new ArrayList<>(List.of(DebianPython.PYTHON.toString(), "-c", VALIDATE));
        for (String kind : kinds) {
            for (String name : names) {
                command.add(kind + "/" + name);
            }
        }
        JarRun.Result result = JarRun.run(work, Map.of("PATH", "/usr/bin:/bin"), new byte[0], command);
        assertEquals(0, result.exitCode(), result.stderr());
        Map<String, String> verdicts = new HashMap<>();
        for (String line : result.out().split("\n")) {
            String[] parts = line.split("\t");
            verdicts.put(parts[0], parts[1]);
        }
        return verdicts;
    }
}
