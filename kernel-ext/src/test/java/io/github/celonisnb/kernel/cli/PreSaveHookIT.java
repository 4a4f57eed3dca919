package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.kernel.testing.DebianPython;
import io.github.celonisnb.kernel.testing.JarRun;
import io.github.celonisnb.kernel.testing.TestEnvironment;
import io.github.celonisnb.kernel.testing.TestKeys;
import io.github.celonisnb.kernel.testing.TestNotebooks;

/**
 * The README's Jupyter {@code pre_save_hook}, exactly as printed there, run by Debian's python3 against the built
 * jar: the hook function is called the way Jupyter server calls it, with a notebook model.
 */
class PreSaveHookIT {

    /** Loads the snippet from the README with a stand-in for Jupyter's config object, then calls the hook. */
    private static final String DRIVER = String.join("\n",
            "import json, re, sys, types",
            "readme = open(sys.argv[1], encoding='utf-8').read()",
            "snippet = re.search(r'<!-- pre_save_hook -->\\s*```python\\n(.*?)```', readme, re.S).group(1)",
            "c = types.SimpleNamespace(FileContentsManager=types.SimpleNamespace())",
            "exec(snippet, {'c': c, '__name__': 'jupyter_server_config'})",
            "hook = c.FileContentsManager.pre_save_hook",
            "other = {'type': 'file', 'content': 'plain text'}",
            "hook(model=other, path='notes.txt', contents_manager=None)",
            "assert other == {'type': 'file', 'content': 'plain text'}, other",
            "model = {'type': 'notebook', 'content': json.load(open(sys.argv[2], encoding='utf-8'))}",
            "try:",
            "    hook(model=model, path='nb.ipynb', contents_manager=None)",
            "except Exception as e:",
            "    print('refused:', type(e).__name__, getattr(e, 'status_code', ''), file=sys.stderr)",
            "    sys.exit(3)",
            "json.dump(model['content'], sys.stdout)",
            "");

    @TempDir
    Path home;

    private Map<String, String> env;
    private String key;
    private Path notebook;

    @BeforeEach
    void setUp() throws Exception {
        DebianPython.require("json", "tornado");
        env = new HashMap<>(TestEnvironment.isolated(home));
        key = TestKeys.newKey();
        KeyFileWriter.write(Path.of(env.get("CELONIS_PROFILE_DIR")).resolve("app.json"),
                "https://t.eu-1.celonis.cloud", key);
        notebook = TestNotebooks.write(home.resolve("nb.ipynb"),
                TestNotebooks.withOutput("var k = System.getenv(\"K\");", "key " + key + "\n"));
    }

    private JarRun.Result runHook() throws Exception {
        Path driver = Files.writeString(home.resolve("driver.py"), DRIVER);
        Path readme = Path.of(System.getProperty("celonisnb.repo", "..")).resolve("README.md");
        return JarRun.run(home, env, new byte[0],
                List.of(DebianPython.PYTHON.toString(), driver.toString(), readme.toString(), notebook.toString()));
    }

    @Test
    void theHookReplacesTheKeyInTheModelAndKeepsEverythingElse() throws Exception {
        env.put("CELONIS_NB", JarRun.java() + " -jar " + JarRun.jar());

        JarRun.Result result = runHook();

        assertEquals(0, result.exitCode(), result.stderr());
        ObjectMapper json = new ObjectMapper();
        JsonNode saved = json.readTree(result.stdout());
        JsonNode expected = json.readTree(TestNotebooks.withOutput("var k = System.getenv(\"K\");",
                "key [REDACTED celonis-app-key]\n"));
        assertEquals(expected, saved);
        assertFalse(result.out().contains(key));
    }

    @Test
    void whenSanitizingFailsTheHookRefusesTheSave() throws Exception {
        env.put("CELONIS_NB", JarRun.java() + " -jar " + JarRun.jar() + " --no-such-option");

        JarRun.Result result = runHook();

        assertEquals(3, result.exitCode(), result.stderr());
        assertEquals("refused: HTTPError 500\n", result.stderr());
    }
}
