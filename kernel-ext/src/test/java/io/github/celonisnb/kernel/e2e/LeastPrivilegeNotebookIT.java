package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notebook 02 through real Jupyter: the whole "new key, grant, one-pool grant, delete" workflow against
 * the sandbox emulator inside the kernel, each step's output asserted.
 */
class LeastPrivilegeNotebookIT {

    @TempDir
    static Path work;

    static JupyterHarness.Executed nb;
    static Map<String, JsonNode> cells = new HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        JupyterHarness jupyter = new JupyterHarness(work);
        nb = jupyter.run(JupyterHarness.repoNotebook("02-least-privilege.ipynb"), Map.of(), false);
        assertTrue(nb.run().succeeded(), nb.run().log());
        nb.notebook().path("cells").forEach(c -> cells.put(c.path("id").asText(), c));
    }

    private static String text(String cellId) {
        StringBuilder s = new StringBuilder();
        cells.get(cellId).path("outputs").forEach(o -> s.append(io.github.celonisnb.kernel.demo.NotebookText.outputText(o)));
        return s.toString();
    }

    private static String html(String cellId) {
        for (JsonNode o : cells.get(cellId).path("outputs")) {
            if (o.path("data").has("text/html")) {
                return io.github.celonisnb.kernel.demo.NotebookText.joined(o.path("data").path("text/html"));
            }
        }
        return "";
    }

    @Test
    void aNewApplicationKeyHasNoPermissionsAndSeesNoPool() {
        assertTrue(text("newkey").contains("Permissions of 'notebook-02':\n  No permissions found\n"), text("newkey"));
        String login = text("login-new");
        assertTrue(login.contains("INFO: Initial connect successful! You are using an Application Key."), login);
        assertEquals(12, count(login, "\"permissions\": []"), login);
        assertTrue(text("pools-new").startsWith("Data pools (0)\n"), text("pools-new"));
    }

    @Test
    void afterTheGrantThePoolsAreListedButTheDefaultSpaceIsNot() {
        assertTrue(text("grant").contains("Data Integration: Use all data models (USE_ALL_DATA_MODELS), "
                + "Edit all data pools (EDIT_ALL_DATA_POOLS)"), text("grant"));
        assertTrue(text("permissions-granted").contains("event-collection       Data Integration       "
                + "USE_ALL_DATA_MODELS, EDIT_ALL_DATA_POOLS"), text("permissions-granted"));
        assertTrue(text("pools-granted").startsWith("Data pools (3)\n"), text("pools-granted"));
        assertTrue(html("pools-granted").contains("<table"), html("pools-granted"));
        JsonNode error = errorOf("default-space");
        assertEquals("SpaceNotFoundException", error.path("ename").asText());
        assertTrue(error.path("evalue").asText().startsWith("No result found for Default."), error.toString());
    }

    @Test
    void aOnePoolGrantShowsAccessChildAndOnlyThatPool() {
        String login = text("login-onepool");
        assertTrue(login.contains("\"permissions\": [\n            \"$ACCESS_CHILD\"\n        ],\n"
                + "        \"serviceName\": \"event-collection\""), login);
        String pools = text("pools-onepool");
        assertTrue(pools.startsWith("Data pools (1)\n"), pools);
        assertTrue(pools.contains("SAP ECC - Order to Cash"), pools);
    }

    @Test
    void afterDeletionTheNextCallFailsWithTheClear401Message() {
        assertTrue(text("delete").contains("Deleted application key 'one-pool'."), text("delete"));
        JsonNode error = errorOf("after-delete");
        assertEquals("KeyRejectedException", error.path("ename").asText());
        assertTrue(error.path("evalue").asText().startsWith("The key was rejected (401) for GET http://127.0.0.1:"),
                error.toString());
        assertEquals(1, error.path("traceback").size());
    }

    private static JsonNode errorOf(String cellId) {
        for (JsonNode o : cells.get(cellId).path("outputs")) {
            if ("error".equals(o.path("output_type").asText())) {
                return o;
            }
        }
        throw new AssertionError("cell " + cellId + " has no error output: " + cells.get(cellId));
    }

    private static int count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }
}
