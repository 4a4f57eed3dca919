package io.github.celonisnb.magics.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.github.celonisnb.magics.permissions.KeyAccess;
import io.github.celonisnb.magics.permissions.ListedObject;
import io.github.celonisnb.magics.permissions.ListedService;
import io.github.celonisnb.magics.permissions.ObjectKind;
import io.github.celonisnb.magics.permissions.PermissionReport;
import io.github.celonisnb.magics.permissions.PolicyAudit;
import io.github.celonisnb.magics.permissions.PolicySpecs;
import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.KeyType;

class PermissionReportViewTest {

    private static KeyAccess access(KeyType type, String owner, List<ListedService> services, List<ListedObject> objects) {
        List<ListedService> all = new ArrayList<>();
        for (Service s : Service.inServerOrder()) {
            all.add(services.stream().filter(l -> l.serviceName().equals(s.serviceName())).findFirst()
                    .orElse(new ListedService(s.serviceName(), List.of())));
        }
        return new KeyAccess(type, owner, all, objects, Set.of());
    }

    /** An all-pools grant next to a one-pool grant, as notebook 02 shows it. */
    private static PermissionReport bothGrants() {
        return PermissionReport.of(access(KeyType.APP_KEY, "both-grants",
                List.of(new ListedService("event-collection", List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS"))),
                List.of(new ListedObject(ObjectKind.DATA_POOL, "p1", "SAP ECC - Order to Cash",
                        List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS", "DATA_PUSH_API")),
                        new ListedObject(ObjectKind.DATA_POOL, "p2", "Sandbox",
                                List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS")))));
    }

    @Test
    void theTextIsAnAlignedTableFollowedByTheNotices() {
        assertEquals(String.join("\n",
                "Permissions of the Application Key 'both-grants'",
                "service           permission           meaning                  risk  on                                   effect",
                "----------------  -------------------  -----------------------  ----  -----------------------------------  -----------------------------------------------------------------------",
                "Data Integration  USE_ALL_DATA_MODELS  Use all data models      low   whole service                        effective: reaches every data pool",
                "Data Integration  EDIT_ALL_DATA_POOLS  Edit all data pools      high  whole service                        effective: reaches every data pool",
                "Data Integration  DATA_PUSH_API        Push data into the pool  high  data pool 'SAP ECC - Order to Cash'  no effect: USE_ALL_DATA_MODELS and EDIT_ALL_DATA_POOLS cover every pool",
                "Note: The one-pool grant on 'SAP ECC - Order to Cash' (DATA_PUSH_API) has no effect: USE_ALL_DATA_MODELS"
                        + " and EDIT_ALL_DATA_POOLS cover every pool."), new PermissionReportView(bothGrants()).toText());
    }

    @Test
    void anAuditAddsThePolicyColumnAndTheMissingRows() throws Exception {
        PermissionReport audited = PolicyAudit.audit(PermissionReport.of(access(KeyType.USER_KEY, "Ada Admin",
                List.of(new ListedService("team", List.of("MANAGE_MEMBERS"))), List.of())),
                PolicySpecs.of(List.of("event-collection:USE_ALL_DATA_MODELS"), List.of()));
        assertEquals(String.join("\n",
                "Permissions of the User Key of 'Ada Admin'",
                "service           permission           meaning              risk      on             effect                                                                    policy",
                "----------------  -------------------  -------------------  --------  -------------  ------------------------------------------------------------------------  -------",
                "Admin & Settings  MANAGE_MEMBERS       Manage team members  critical  whole service  effective                                                                 EXCESS",
                "Data Integration  USE_ALL_DATA_MODELS  Use all data models  low       whole service  missing: required by the policy; the notebook will fail where it uses it  MISSING",
                "Warning: This key carries every right of its user, here 1 critical one; create an application key with"
                        + " only what this notebook needs: Admin & Settings → Applications.",
                "Warning: Missing (policy --require): Data Integration: USE_ALL_DATA_MODELS. The notebook will fail where"
                        + " it uses it; grant it under Admin & Settings → Applications → Permissions.",
                "Warning: Excess (policy --require): the key can do more than this notebook needs: Admin & Settings:"
                        + " MANAGE_MEMBERS. Take it away under Admin & Settings → Applications → Permissions."),
                new PermissionReportView(audited).toText());
    }

    @Test
    void aNewKeyShowsAnEmptyTableAndWhatThatMeans() {
        PermissionReportView view = new PermissionReportView(PermissionReport.of(access(KeyType.APP_KEY,
                "notebook-02", List.of(), List.of())));
        assertEquals("Permissions of the Application Key 'notebook-02'\n(none)\nNote: This key has no permissions: it"
                + " can log in but sees no data. Grant only what this notebook needs: Admin & Settings → Applications →"
                + " Permissions.", view.toText());
    }

    @Test
    void theHtmlEscapesEveryTextAndListsTheNotices() {
        PermissionReport report = PermissionReport.of(access(KeyType.APP_KEY, "<b>app</b>",
                List.of(new ListedService("event-collection", List.of("$ACCESS_CHILD"))),
                List.of(new ListedObject(ObjectKind.DATA_POOL, "p1", "<script>alert('x')</script> & \"co\"",
                        List.of("ADMIN")))));
        String html = new PermissionReportView(report).toHtml();
        assertEquals(String.join("\n",
                "<table>",
                "<caption>Permissions of the Application Key &#39;&lt;b&gt;app&lt;/b&gt;&#39;</caption>",
                "<thead><tr><th>service</th><th>permission</th><th>meaning</th><th>risk</th><th>on</th><th>effect</th></tr></thead>",
                "<tbody>",
                "<tr><td>Data Integration</td><td>$ACCESS_CHILD</td><td>Has grants on single data pools</td><td>-</td>"
                        + "<td>whole service</td><td>not a grant: marks grants on single data pools</td></tr>",
                "<tr><td>Data Integration</td><td>ADMIN</td><td>Administer the data pool</td><td>high</td>"
                        + "<td>data pool &#39;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;&#39;</td>"
                        + "<td>effective</td></tr>",
                "</tbody>",
                "</table>"), html);
    }

    @Test
    void theHtmlNoticesAreEscapedAndMarkedAsWarningOrNote() {
        PermissionReport report = PermissionReport.of(access(KeyType.USER_KEY, "Ada",
                List.of(new ListedService("team", List.of("MANAGE_MEMBERS"))), List.of()));
        String html = new PermissionReportView(report).toHtml();
        assertTrue(html.endsWith("</table>\n<ul>\n<li><strong>Warning:</strong> This key carries every right of its"
                + " user, here 1 critical one; create an application key with only what this notebook needs: Admin"
                + " &amp; Settings → Applications.</li>\n</ul>"), html);
        assertTrue(html.contains("<td>Admin &amp; Settings</td>"), html);
    }

    @Test
    void theJsonHasOneEntryPerPermissionTheNoticesAndThePolicy() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new PermissionReportView(bothGrants()).toJson());
        assertEquals(new ObjectMapper().readTree("{\"type\": \"APP_KEY\", \"owner\": \"both-grants\"}"), json.get("key"));
        assertEquals(3, json.get("permissions").size());
        assertEquals(new ObjectMapper().readTree("{\"service\": \"event-collection\", \"serviceInEms\": \"Data"
                + " Integration\", \"permission\": \"DATA_PUSH_API\", \"meaning\": \"Push data into the pool\", \"risk\":"
                + " \"high\", \"known\": true, \"on\": {\"kind\": \"data pool\", \"id\": \"p1\", \"name\": \"SAP ECC -"
                + " Order to Cash\"}, \"effect\": \"no effect\", \"note\": \"USE_ALL_DATA_MODELS and EDIT_ALL_DATA_POOLS"
                + " cover every pool\"}"), json.get("permissions").get(2));
        assertEquals("{\"kind\":\"service\"}", json.get("permissions").get(0).get("on").toString());
        assertEquals("no-effect", json.get("notices").get(0).get("kind").asText());
        assertEquals(false, json.get("notices").get(0).get("warning").asBoolean());
        assertTrue(json.get("policy").isNull());
    }

    @Test
    void theJsonOfAnAuditCarriesTheVerdicts() throws Exception {
        PermissionReport audited = PolicyAudit.audit(bothGrants(),
                PolicySpecs.of(List.of("event-collection:USE_ALL_DATA_MODELS"), List.of()));
        JsonNode json = new ObjectMapper().readTree(PermissionReportJson.format(audited));
        assertEquals("required", json.get("permissions").get(0).get("policy").asText());
        assertEquals("excess", json.get("permissions").get(1).get("policy").asText());
        assertEquals("not-counted", json.get("permissions").get(2).get("policy").asText());
        assertEquals(new ObjectMapper().readTree("{\"source\": \"--require\", \"passed\": false, \"missing\": 0,"
                + " \"excess\": 1}"), json.get("policy"));
    }

    @Test
    void theJsonIsIndentedWithColonsAsPeopleWriteThem() {
        assertTrue(PermissionReportJson.format(bothGrants()).startsWith("{\n  \"key\": {\n    \"type\": \"APP_KEY\","),
                PermissionReportJson.format(bothGrants()));
    }
}
