package io.github.celonisnb.magics.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.magics.permissions.InvalidPolicyException;
import io.github.celonisnb.magics.permissions.PolicyViolationException;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.celonisnb.magics.testing.TestKeys;

class PermissionsMagicTest {

    private static final String PERMISSIONS = "[{\"serviceName\": \"team\", \"permissions\": []},"
            + " {\"serviceName\": \"event-collection\", \"permissions\": [\"USE_ALL_DATA_MODELS\", \"EDIT_ALL_DATA_POOLS\"]}]";

    @TempDir
    Path dir;

    private final List<String> info = new ArrayList<>();
    private final List<String> html = new ArrayList<>();
    private final List<String> text = new ArrayList<>();
    private final MagicOutput output = new MagicOutput() {
        @Override
        public void info(String line) {
            info.add(line);
        }

        @Override
        public void warning(String line) {
            info.add(line);
        }

        @Override
        public void display(String h, String t) {
            html.add(h);
            text.add(t);
        }
    };
    private final SecretRegistry secrets = new SecretRegistry();
    private StubEms ems;

    @BeforeEach
    void logIn() throws Exception {
        ems = new StubEms(TestKeys.newKey(), KeyType.APP_KEY)
                .answer("/api/cloud", "{\"id\": \"a1\", \"name\": \"both-grants\", \"nameOrEmail\": \"both-grants\"}")
                .answer("/api/cloud/permissions", PERMISSIONS)
                .answer("/integration/api/pools", "[{\"id\": \"p1\", \"name\": \"Sales\", \"permissions\":"
                        + " [\"USE_ALL_DATA_MODELS\", \"EDIT_ALL_DATA_POOLS\", \"ADMIN\"]}]");
        CelonisSessions.set(ems.session());
    }

    @AfterEach
    void logOut() throws Exception {
        CelonisSessions.clear();
        ems.close();
    }

    private PermissionsMagic magic() {
        return new PermissionsMagic(output, secrets, dir);
    }

    @Test
    void theReportIsDisplayedAsHtmlWithItsTextTwin() throws Exception {
        assertEquals(null, magic().run(List.of()));
        assertEquals(1, html.size());
        assertTrue(html.get(0).startsWith("<table>\n<caption>Permissions of the Application Key &#39;both-grants&#39;"
                + "</caption>"), html.get(0));
        assertTrue(text.get(0).startsWith("Permissions of the Application Key 'both-grants'\n"), text.get(0));
        assertTrue(text.get(0).endsWith("\nNote: The one-pool grant on 'Sales' (ADMIN) has no effect:"
                + " USE_ALL_DATA_MODELS and EDIT_ALL_DATA_POOLS cover every pool."), text.get(0));
        assertEquals(List.of(), info);
    }

    @Test
    void formatTextPrintsTheTextAndFormatJsonTheJson() throws Exception {
        magic().run(List.of("--format", "text"));
        assertTrue(info.get(0).startsWith("Permissions of the Application Key 'both-grants'\nservice "), info.get(0));
        magic().run(List.of("--format", "json"));
        assertTrue(info.get(1).startsWith("{\n  \"key\": {\n    \"type\": \"APP_KEY\",\n    \"owner\": \"both-grants\""),
                info.get(1));
        assertEquals(List.of(), html);
    }

    @Test
    void strictWithAPolicyTheKeyFailsStopsTheRunAfterShowingTheReport() {
        PolicyViolationException e = assertThrows(PolicyViolationException.class,
                () -> magic().run(List.of("--strict", "--require", "event-collection:USE_ALL_DATA_MODELS")));
        assertEquals("The key does not match the policy (--require), and --strict stops the run. Excess, the key can do"
                + " more than this notebook needs: Data Integration EDIT_ALL_DATA_POOLS (whole service). Change the"
                + " key's permissions under Admin & Settings → Applications → Permissions, or the policy if the"
                + " notebook's needs changed.", e.getMessage());
        assertTrue(text.get(0).lines().anyMatch(line -> line.matches(
                "Data Integration  EDIT_ALL_DATA_POOLS  Edit all data pools +high  whole service +effective: reaches"
                        + " every data pool +EXCESS")), text.get(0));
    }

    @Test
    void withoutStrictAFailedPolicyIsShownButDoesNotStopTheRun() throws Exception {
        assertEquals(null, magic().run(List.of("--require", "event-collection:USE_ALL_DATA_MODELS")));
        assertTrue(text.get(0).contains("Warning: Excess (policy --require)"), text.get(0));
    }

    @Test
    void strictPassesWhenTheKeyMatches() throws Exception {
        assertEquals(null, magic().run(List.of("--strict", "--require",
                "event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS")));
        assertTrue(text.get(0).endsWith("Note: The key matches the policy (--require): everything it requires is there,"
                + " and nothing more than it allows."), text.get(0));
    }

    @Test
    void strictWithoutAnyPolicySaysWhereOneComesFrom() {
        assertEquals("--strict needs a policy to hold the key to: give --require SPEC or --policy FILE, or put"
                + " celonis-policy.json beside the notebook.",
                assertThrows(MagicUsageException.class, () -> magic().run(List.of("--strict"))).getMessage());
        assertEquals(0, ems.requestCount());
    }

    @Test
    void thePolicyFileBesideTheNotebookIsUsedWhenNoneIsGiven() throws Exception {
        Files.writeString(dir.resolve("celonis-policy.json"),
                "{\"services\": {\"event-collection\": {\"required\": [\"USE_ALL_DATA_MODELS\", \"EDIT_ALL_DATA_POOLS\"]}}}");
        magic().run(List.of("--strict"));
        assertTrue(text.get(0).contains("Note: The key matches the policy (celonis-policy.json)"),
                text.get(0));
    }

    @Test
    void aMalformedPolicyFileFailsTheCellWithItsLine() throws Exception {
        Files.writeString(dir.resolve("p.json"), "{\"services\": {\"event-collection\": {\"required\": [\"ADMIN\"]}}}");
        assertEquals("p.json, line 1, column 49: 'ADMIN' of event-collection is granted on one data"
                + " pool, not on the whole service: write it under \"pools\"", assertThrows(InvalidPolicyException.class,
                () -> magic().run(List.of("--policy", "p.json"))).getMessage());
    }

    @Test
    void aKeyGivenAsARequirementIsRefusedAndRedacted() {
        String pasted = TestKeys.newKeyValue();
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> magic().run(List.of("--require", pasted)));
        assertTrue(e.getMessage().startsWith("The value of --require looks like a key (it is not shown)"), e.getMessage());
        assertEquals("[REDACTED secret]", secrets.redact(pasted));
    }

    @Test
    void positionalArgumentsAreRefusedWithoutBeingShown() {
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> magic().run(List.of("event-collection:USE_ALL_DATA_MODELS")));
        assertEquals("%celonis_permissions takes no positional arguments (the one given is not shown). Name what the"
                + " notebook needs with --require SPEC, e.g. --require event-collection:USE_ALL_DATA_MODELS; run"
                + " %celonis_permissions --help for the options.", e.getMessage());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals("--format takes table, text or json, not 'xml'.",
                assertThrows(MagicUsageException.class, () -> magic().run(List.of("--format", "xml"))).getMessage());
    }

    @Test
    void beforeAnyLoginItSaysWhatToRun() {
        CelonisSessions.clear();
        assertThrows(NotLoggedInException.class, () -> magic().run(List.of()));
    }

    @Test
    void helpListsTheOptions() throws Exception {
        magic().run(List.of("--help"));
        assertTrue(info.get(0).startsWith("Usage: %celonis_permissions"), info.get(0));
        assertTrue(info.get(0).contains("--require=SPEC"), info.get(0));
        assertTrue(info.get(0).contains("--strict"), info.get(0));
    }

    @Test
    void aFailedPoolListingIsNotedInTheReport() throws Exception {
        ems.answer("/integration/api/pools", StubEms.json(500, "{\"title\": \"Server error\"}"));
        magic().run(List.of("--format", "text"));
        assertTrue(info.get(0).endsWith("Warning: The data pools could not be listed, so grants on single data pools are"
                + " not shown; run the report again later."), info.get(0));
    }

    @Test
    void theSessionGivesTheSameReportToCode() {
        PermissionReportView view = CelonisSessions.current().permissionReport();
        assertEquals(3, view.report().rows().size());
        assertEquals("Permissions of the Application Key 'both-grants'", view.title());
    }
}
