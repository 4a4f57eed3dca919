package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.testing.DebianPython;
import io.github.celonisnb.kernel.testing.JarRun;
import io.github.celonisnb.kernel.testing.TestEnvironment;
import io.github.celonisnb.kernel.testing.TestGit;
import io.github.celonisnb.kernel.testing.TestKeys;
import io.github.celonisnb.kernel.testing.TestNotebooks;

/**
 * The {@code .pre-commit-hooks.yaml} entry, read with a YAML parser and run the way pre-commit runs a
 * {@code script} hook: the entry, relative to the hook's repository, with the staged files appended, in the user's
 * repository.
 */
class PreCommitHookIT {

    @TempDir
    Path home;

    @TempDir
    Path project;

    private Path repo;
    private JsonNode hook;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        DebianPython.require("yaml");
        repo = Path.of(System.getProperty("celonisnb.repo", "..")).toAbsolutePath().normalize();
        JarRun.Result parsed = JarRun.run(repo, Map.of(), new byte[0], List.of(DebianPython.PYTHON.toString(), "-c",
                "import json, yaml; print(json.dumps(yaml.safe_load(open('.pre-commit-hooks.yaml'))))"));
        assertEquals(0, parsed.exitCode(), parsed.stderr());
        JsonNode hooks = new ObjectMapper().readTree(parsed.stdout());
        assertEquals(1, hooks.size());
        hook = hooks.get(0);
        env = new HashMap<>(TestEnvironment.isolated(home));
        env.put("CELONIS_NB_JAR", JarRun.jar().toString());
        TestGit.init(project, env);
    }

    private JarRun.Result runHook(String... files) {
        List<String> command = new ArrayList<>(Arrays.asList(hook.get("entry").asText().split(" ")));
        command.set(0, repo.resolve(command.get(0)).toString());
        command.addAll(List.of(files));
        return JarRun.run(project, env, new byte[0], command);
    }

    @Test
    void theEntryIsAScriptHookForNotebooksCalledCelonisNbCheck() {
        assertEquals("celonis-nb-check", hook.get("id").asText());
        assertEquals("script", hook.get("language").asText());
        assertEquals("bin/celonis-nb check", hook.get("entry").asText());
        assertEquals("[\"jupyter\"]", hook.get("types").toString());
    }

    @Test
    void theHookFailsOnANotebookWithAKeyAndNamesItWithoutTheKey() throws Exception {
        String key = TestKeys.newKey();
        TestNotebooks.write(project.resolve("clean.ipynb"), TestNotebooks.clean());
        TestNotebooks.write(project.resolve("nbs/leak.ipynb"), TestNotebooks.withOutput("x", key));

        JarRun.Result result = runHook("clean.ipynb", "nbs/leak.ipynb");

        assertEquals(1, result.exitCode(), result.stderr());
        assertEquals("nbs/leak.ipynb:13: celonis-key in cell 0, output 0 (cells[0].outputs[0].text)\n", result.out());
        assertEquals("found 1 secret in 1 of 2 notebooks\n", result.stderr());
        assertFalse(result.out().contains(key));
    }

    @Test
    void theHookPassesCleanNotebooks() throws Exception {
        TestNotebooks.write(project.resolve("clean.ipynb"), TestNotebooks.clean());

        JarRun.Result result = runHook("clean.ipynb");

        assertEquals(0, result.exitCode(), result.stderr());
    }
}
