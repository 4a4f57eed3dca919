package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.jupyter.NotebookRun;

/**
 * Notebook 02 through real Jupyter: the whole "new key, grant, one-pool grant, delete" workflow against
 * the sandbox emulator inside the kernel, each step's output asserted, with the permission report after each
 * step; and {@code --strict} stopping a notebook run.
 */
class LeastPrivilegeNotebookIT {

    private static final String STAMP = "\\[\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\] ";

    @TempDir
    static Path work;

    static JupyterHarness jupyter;
    static JupyterHarness.Executed nb;
    static Map<String, JsonNode> cells = new HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        jupyter = new JupyterHarness(work);
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

    @Test
    void theReportOfANewKeySaysItHasNoPermissions() {
        assertEquals("Permissions of the Application Key 'notebook-02'\n(none)\nNote: This key has no permissions: it"
                + " can log in but sees no data. Grant only what this notebook needs: Admin & Settings → Applications →"
                + " Permissions.", text("report-new").strip());
        assertTrue(html("report-new").startsWith("<table>\n<caption>Permissions of the Application Key"
                + " &#39;notebook-02&#39;</caption>"), html("report-new"));
        assertTrue(lastLine(stdout("login-new")).matches(STAMP + Pattern.quote("INFO: Permission summary: this key has"
                + " no permissions in effect, so it sees no data; grant only what this notebook needs under Admin &"
                + " Settings → Applications. Details: %celonis_permissions.")), stdout("login-new"));
    }

    @Test
    void theReportAfterTheGrantShowsDataIntegrationInWordsWithRisks() {
        assertEquals(List.of(
                "Permissions of the Application Key 'notebook-02'",
                "service           permission           meaning              risk  on             effect",
                "----------------  -------------------  -------------------  ----  -------------  ----------------------------------",
                "Data Integration  USE_ALL_DATA_MODELS  Use all data models  low   whole service  effective: reaches every data pool",
                "Data Integration  EDIT_ALL_DATA_POOLS  Edit all data pools  high  whole service  effective: reaches every data pool"),
                text("report-granted").lines().toList());
        assertFalse(text("report-granted").contains("CREATE_DATA_POOL"), text("report-granted"));
        assertTrue(html("report-granted").contains("<tr><td>Data Integration</td><td>EDIT_ALL_DATA_POOLS</td>"
                + "<td>Edit all data pools</td><td>high</td><td>whole service</td>"
                + "<td>effective: reaches every data pool</td></tr>"), html("report-granted"));
    }

    @Test
    void aOnePoolGrantNextToAnAllPoolsGrantIsReportedWithoutEffect() {
        assertEquals(List.of(
                "Permissions of the Application Key 'both-grants'",
                "service           permission           meaning                  risk  on                                   effect",
                "----------------  -------------------  -----------------------  ----  -----------------------------------  ------------------------------------------------",
                "Data Integration  EDIT_ALL_DATA_POOLS  Edit all data pools      high  whole service                        effective: reaches every data pool",
                "Data Integration  DATA_PUSH_API        Push data into the pool  high  data pool 'SAP ECC - Order to Cash'  no effect: EDIT_ALL_DATA_POOLS covers every pool",
                "Note: The one-pool grant on 'SAP ECC - Order to Cash' (DATA_PUSH_API) has no effect: EDIT_ALL_DATA_POOLS"
                        + " covers every pool."), text("report-both").lines().toList());
        assertTrue(html("report-both").contains("<td>data pool &#39;SAP ECC - Order to Cash&#39;</td>"
                + "<td>no effect: EDIT_ALL_DATA_POOLS covers every pool</td>"), html("report-both"));
        List<String> summary = stdout("login-both").lines().toList();
        assertTrue(summary.get(summary.size() - 2).matches(STAMP + Pattern.quote("INFO: Permission summary: 1 permission"
                + " (1 high) in Data Integration. Details: %celonis_permissions.")), stdout("login-both"));
        assertTrue(summary.get(summary.size() - 1).matches(STAMP + Pattern.quote("INFO: The one-pool grant on 'SAP ECC -"
                + " Order to Cash' (DATA_PUSH_API) has no effect: EDIT_ALL_DATA_POOLS covers every pool.")),
                stdout("login-both"));
    }

    @Test
    void anAdminsUserKeyIsReportedWithItsElevenCriticalRightsAndAWarning() {
        String report = text("report-admin");
        List<String> lines = report.lines().toList();
        assertEquals("Permissions of the User Key of 'Ada Admin'", lines.get(0));
        assertEquals("Admin & Settings  MANAGE_APPLICATIONS           Create and manage application keys      critical"
                + "  whole service  effective", lines.get(10));
        assertEquals(11, lines.stream().filter(l -> l.startsWith("Admin & Settings  ") && l.contains("  critical  "))
                .count(), report);
        assertEquals("Warning: This key carries every right of its user, here 11 critical ones; create an application"
                + " key with only what this notebook needs: Admin & Settings → Applications.", lines.get(lines.size() - 1));
        assertTrue(html("report-admin").contains("<li><strong>Warning:</strong> This key carries every right of its user,"
                + " here 11 critical ones; create an application key with only what this notebook needs: Admin &amp;"
                + " Settings → Applications.</li>"), html("report-admin"));
        assertTrue(stream("login-admin", "stderr").strip().matches(STAMP + Pattern.quote("WARNING: This key carries every"
                + " right of its user, here 11 critical ones; create an application key with only what this notebook"
                + " needs: Admin & Settings → Applications.")), stream("login-admin", "stderr"));
        assertTrue(lastLine(stdout("login-admin")).endsWith("INFO: Permission summary: 11 permissions (11 critical) in"
                + " Admin & Settings. Details: %celonis_permissions."), stdout("login-admin"));
    }

    @Test
    void strictWithThePolicyFailsTheCellListingTheExcessAndTheMissing() {
        String report = text("strict");
        assertTrue(report.contains("\nData Integration  USE_ALL_DATA_MODELS           Use all data models"
                + "                     low       whole service  missing: required by the policy; the notebook will fail"
                + " where it uses it  MISSING\n"), report);
        assertEquals(11, report.lines().filter(l -> l.endsWith("EXCESS")).count(), report);
        JsonNode error = errorOf("strict");
        assertEquals("PolicyViolationException", error.path("ename").asText());
        assertEquals("The key does not match the policy (02-least-privilege.celonis-policy.json), and --strict stops"
                + " the run. Excess, the key can do more than this notebook needs: Admin & Settings MANAGE_SSO_SETTINGS"
                + " (whole service), Admin & Settings MANAGE_LICENSE_SETTINGS (whole service), Admin & Settings"
                + " MANAGE_MEMBERS (whole service), Admin & Settings MANAGE_UPLINK_INTEGRATIONS (whole service), Admin &"
                + " Settings MANAGE_GENERAL_SETTINGS (whole service), Admin & Settings MANAGE_GROUPS (whole service),"
                + " Admin & Settings MANAGE_PERMISSIONS (whole service), Admin & Settings MANAGE_APPLICATIONS (whole"
                + " service), Admin & Settings MANAGE_ADMIN_NOTIFICATIONS (whole service), Admin & Settings"
                + " IMPORT_MEMBERS (whole service), Admin & Settings MANAGE_MEMBER_LOCKING_POLICY (whole service)."
                + " Missing, the notebook will fail without: Data Integration USE_ALL_DATA_MODELS (whole service)."
                + " Change the key's permissions under Admin & Settings → Applications → Permissions, or the policy if"
                + " the notebook's needs changed.", error.path("evalue").asText());
        assertEquals(1, error.path("traceback").size());
    }

    @Test
    void strictStopsANotebookRunAtTheFirstKeyThatCanDoMoreThanNeeded() throws Exception {
        Path marker = work.resolve("the-next-cell-ran");
        Path notebook = jupyter.notebookOf("strict-stops",
                "var sandbox = Sandbox.start();\nvar key = sandbox.newApplicationKey(\"too-much\");\n"
                        + "sandbox.grant(key, \"event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS\");",
                "%celonis_login --app-key --key-file {key.keyFile()}",
                "%celonis_permissions --strict --require event-collection:USE_ALL_DATA_MODELS",
                "Files.writeString(Path.of(\"" + marker + "\"), \"ran\");");
        NotebookRun run = jupyter.execute(notebook, Map.of(), false);
        assertFalse(run.succeeded(), run.log());
        assertTrue(run.log().contains("An error occurred while executing the following cell:\n------------------\n"
                + "%celonis_permissions --strict --require event-collection:USE_ALL_DATA_MODELS\n"), run.log());
        assertTrue(run.log().contains("PolicyViolationException"), run.log());
        assertTrue(run.log().contains("Excess, the key can do more than this notebook needs: Data Integration"
                + " EDIT_ALL_DATA_POOLS (whole service)."), run.log());
        assertFalse(Files.exists(marker), "the cell after the strict check never ran");
        assertFalse(Files.exists(run.output()), "nbconvert saved no notebook of the stopped run");
    }

    @Test
    void aMaskedPromptUnderNbconvertSaysWhichNonInteractiveSourceToUse() throws Exception {
        Path notebook = jupyter.notebookOf("prompt-headless",
                "%celonis_login --app-key --prompt --url https://demo.eu-1.celonis.cloud");
        JupyterHarness.Executed run = jupyter.run(notebook, Map.of(), true);
        JsonNode error = run.error(0);
        assertEquals("PromptUnavailableException", error.path("ename").asText());
        assertEquals("%celonis_login --prompt needs a front end that takes input, and this run has none (the front end"
                + " does not allow input for this cell; nbconvert, papermill and other headless runs never allow input)."
                + " Give the key a non-interactive source instead: a key file (run `celonis-nb key save --app-key` once"
                + " to write ~/pycelonis-profiles/app.json, then %celonis_login --app-key; or --key-file PATH), or the"
                + " environment variable CELONIS_API_TOKEN with CELONIS_URL.", error.path("evalue").asText());
    }

    private static String stdout(String cellId) {
        return stream(cellId, "stdout");
    }

    private static String stream(String cellId, String name) {
        StringBuilder s = new StringBuilder();
        cells.get(cellId).path("outputs").forEach(o -> {
            if ("stream".equals(o.path("output_type").asText()) && name.equals(o.path("name").asText())) {
                s.append(io.github.celonisnb.kernel.demo.NotebookText.joined(o.path("text")));
            }
        });
        return s.toString();
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
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
