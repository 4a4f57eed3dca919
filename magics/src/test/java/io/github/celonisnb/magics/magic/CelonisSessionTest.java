package io.github.celonisnb.magics.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.celonisnb.magics.ems.ContentNode;
import io.github.celonisnb.magics.ems.ObjectNotFoundException;
import io.github.celonisnb.magics.ems.PermissionDeniedException;
import io.github.celonisnb.magics.ems.ServicePermissions;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import okhttp3.mockwebserver.RecordedRequest;

class CelonisSessionTest {

    static final String PERMISSIONS = "[{\"serviceName\":\"package-manager\",\"permissions\":[]},"
            + "{\"serviceName\":\"event-collection\",\"permissions\":[\"USE_ALL_DATA_MODELS\",\"EDIT_ALL_DATA_POOLS\"]},"
            + "{\"serviceName\":\"new-service\",\"permissions\":[\"X\"]}]";
    static final String WHOAMI = "{\"id\":\"u-1\",\"name\":\"notebook-app\",\"nameOrEmail\":\"notebook-app\","
            + "\"teamName\":\"Demo Team\",\"teamId\":\"t-1\",\"teamDomain\":\"demo\",\"admin\":false,\"active\":true,"
            + "\"apiToken\":null}";
    static final String SPACES = "[{\"id\":\"s-1\",\"name\":\"Default\",\"creationDate\":1700000000000,"
            + "\"changeDate\":1700000000000,\"permissions\":[\"USE\",\"USE_ALL_PACKAGES\"],\"dataModels\":[]},"
            + "{\"id\":\"s-2\",\"name\":\"Sales\",\"permissions\":[]}]";
    static final String TREE = "[{\"id\":\"n-1\",\"key\":\"sales-app\",\"name\":\"Sales App\",\"nodeType\":\"PACKAGE\","
            + "\"spaceId\":\"s-1\",\"permissions\":[\"USE_PACKAGE\"],\"changeDate\":1700000000000},"
            + "{\"id\":\"n-2\",\"key\":\"f\",\"name\":\"Folder\",\"nodeType\":\"FOLDER\",\"spaceId\":\"s-1\"},"
            + "{\"id\":\"n-3\",\"key\":\"ops\",\"name\":\"Ops App\",\"nodeType\":\"PACKAGE\",\"spaceId\":\"s-1\"},"
            + "{\"id\":\"n-4\",\"key\":\"board\",\"name\":\"Board\",\"nodeType\":\"ASSET\",\"spaceId\":\"s-1\","
            + "\"parentNodeId\":\"n-1\"}]";
    static final String MARKUP_POOL = "{\"id\":\"p-1\",\"name\":\"<script>alert('x')</script>\","
            + "\"description\":\"SAP & more\",\"configurationStatus\":\"CONFIGURED\",\"locked\":false,"
            + "\"permissions\":[\"ADMIN\"]}";
    static final String POOLS = "[" + MARKUP_POOL + ",{\"id\":\"p-2\",\"name\":\"Ops\",\"permissions\":[]}]";

    private final ApiKey key = TestKeys.newKey();
    private final List<AutoCloseable> open = new ArrayList<>();

    private StubEms ems(KeyType type) throws IOException {
        StubEms ems = new StubEms(key, type);
        open.add(ems);
        return ems;
    }

    private CelonisSession session(StubEms ems) {
        CelonisSession session = ems.session();
        open.add(session);
        return session;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private void assertSent(StubEms ems, String prefix, String pathAndQuery) throws InterruptedException {
        RecordedRequest request = ems.takeRequest();
        assertEquals("GET " + pathAndQuery, request.getMethod() + " " + request.getPath());
        assertEquals(prefix + " " + key.reveal(), request.getHeader("Authorization"));
    }

    @Test
    void permissionsAreAListThatShowsAsATable() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/api/cloud/permissions", PERMISSIONS);
        PermissionList permissions = session(ems).permissions();

        assertSent(ems, "AppKey", "/api/cloud/permissions");
        assertEquals(List.of(new ServicePermissions("package-manager", List.of()),
                new ServicePermissions("event-collection", List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS")),
                new ServicePermissions("new-service", List.of("X"))), permissions);
        assertEquals("""
                Permissions of the key (3 services)
                service           in EMS            permissions
                ----------------  ----------------  ----------------------------------------
                package-manager   Studio            (none)
                event-collection  Data Integration  USE_ALL_DATA_MODELS, EDIT_ALL_DATA_POOLS
                new-service                         X""", permissions.toText());
        assertEquals(permissions.toText(), permissions.toString());
        assertEquals(List.of("service", "in EMS", "permissions"), permissions.columns());
    }

    @Test
    void whoamiShowsTheKeyOwnerFieldByField() throws Exception {
        StubEms ems = ems(KeyType.USER_KEY).answer("/api/cloud", WHOAMI);
        KeyOwner owner = session(ems).whoami();

        assertSent(ems, "Bearer", "/api/cloud");
        assertEquals("notebook-app", owner.nameOrEmail());
        assertEquals("""
                Key owner: notebook-app
                field        value
                -----------  ------------
                id           u-1
                name         notebook-app
                email
                team         Demo Team
                team id      t-1
                team domain  demo
                admin        false
                analyst
                member
                active       true
                language
                time zone""", owner.toString());
    }

    @Test
    void spacesAreReadFromStudioAndShowAsATable() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/package-manager/api/spaces", SPACES);
        SpaceList spaces = session(ems).spaces();

        assertSent(ems, "AppKey", "/package-manager/api/spaces");
        assertEquals(List.of("s-1", "s-2"), spaces.stream().map(Space::id).toList());
        assertEquals(List.of("USE", "USE_ALL_PACKAGES"), spaces.get(0).permissions());
        assertEquals(Instant.parse("2023-11-14T22:13:20Z"), spaces.get(0).creationDate());
        assertEquals("""
                Spaces (2)
                id   name     permissions            created               changed
                ---  -------  ---------------------  --------------------  --------------------
                s-1  Default  USE, USE_ALL_PACKAGES  2023-11-14T22:13:20Z  2023-11-14T22:13:20Z
                s-2  Sales    (none)""", spaces.toText());
    }

    @Test
    void theDefaultSpacesPackagesAreItsNodesOfTypePackage() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/package-manager/api/spaces", SPACES)
                .answer("/package-manager/api/nodes/tree?spaceId=s-1", TREE);
        Space space = session(ems).defaultSpace();
        PackageList packages = space.packages();

        assertSent(ems, "AppKey", "/package-manager/api/spaces");
        assertSent(ems, "AppKey", "/package-manager/api/nodes/tree?spaceId=s-1");
        assertEquals("Default", space.name());
        assertEquals(List.of("n-1", "n-3"), packages.stream().map(ContentNode::id).toList());
        assertEquals("""
                Packages in space Default (2)
                id   key        name       permissions  changed
                ---  ---------  ---------  -----------  --------------------
                n-1  sales-app  Sales App  USE_PACKAGE  2023-11-14T22:13:20Z
                n-3  ops        Ops App    (none)""", packages.toText());
    }

    @Test
    void aSpaceShowsFieldByField() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/package-manager/api/spaces", SPACES);
        assertEquals("""
                Space: Default
                field        value
                -----------  ---------------------
                id           s-1
                name         Default
                description
                icon
                permissions  USE, USE_ALL_PACKAGES
                created      2023-11-14T22:13:20Z
                changed      2023-11-14T22:13:20Z
                created by
                object id""", session(ems).defaultSpace().toString());
    }

    @Test
    void aSpaceIsFoundByItsExactName() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/package-manager/api/spaces", SPACES);
        CelonisSession session = session(ems);
        assertEquals("s-2", session.space("Sales").id());
        SpaceNotFoundException e = assertThrows(SpaceNotFoundException.class, () -> session.space("sales"));
        assertEquals("sales", e.name());
        assertEquals(List.of("Default", "Sales"), e.visibleNames());
    }

    @Test
    void aKeyThatSeesNoSpaceGetsPyCelonisMessageAndWhatToGrant() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/package-manager/api/spaces", "[]");
        SpaceNotFoundException e = assertThrows(SpaceNotFoundException.class, () -> session(ems).defaultSpace());
        assertEquals("No result found for Default. The key sees no Studio space named 'Default' (it sees no space at"
                + " all); to use that space, grant the application Studio (package-manager) USE on it in Admin &"
                + " Settings → Applications.", e.getMessage());
        assertTrue(e.getMessage().startsWith("No result found for Default."), e.getMessage());
    }

    @Test
    void aUserKeyThatLacksTheSpaceIsToldWhichSpacesItSeesAndToAskAnAdmin() throws Exception {
        StubEms ems = ems(KeyType.USER_KEY).answer("/package-manager/api/spaces",
                "[{\"id\":\"s-2\",\"name\":\"Sales\",\"permissions\":[\"USE\"]}]");
        SpaceNotFoundException e = assertThrows(SpaceNotFoundException.class, () -> session(ems).defaultSpace());
        assertEquals("No result found for Default. The key sees no Studio space named 'Default' (it sees 1 space:"
                + " 'Sales'); to use that space, ask a team admin to grant your user Studio (package-manager) USE on"
                + " it.", e.getMessage());
    }

    @Test
    void onlyTheFirstTenVisibleSpacesAreNamed() throws Exception {
        String spaces = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "{\"id\":\"s-" + i + "\",\"name\":\"S" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        StubEms ems = ems(KeyType.APP_KEY).answer("/package-manager/api/spaces", spaces);
        SpaceNotFoundException e = assertThrows(SpaceNotFoundException.class, () -> session(ems).space("Default"));
        assertEquals("No result found for Default. The key sees no Studio space named 'Default' (it sees 12 spaces:"
                + " 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10' and 2 more); to use that space, grant"
                + " the application Studio (package-manager) USE on it in Admin & Settings → Applications.",
                e.getMessage());
    }

    @Test
    void poolsAreReadFromDataIntegrationAndShowAsATable() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/integration/api/pools", POOLS);
        PoolList pools = session(ems).pools();

        assertSent(ems, "AppKey", "/integration/api/pools");
        assertEquals(List.of("p-1", "p-2"), pools.stream().map(DataPool::id).toList());
        assertEquals("""
                Data pools (2)
                id   name                         configuration status  permissions
                ---  ---------------------------  --------------------  -----------
                p-1  <script>alert('x')</script>  CONFIGURED            ADMIN
                p-2  Ops                                                (none)""", pools.toText());
    }

    @Test
    void onePoolIsAskedForByItsIdAndShowsFieldByField() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/integration/api/pools/p%201", MARKUP_POOL);
        DataPool pool = session(ems).pool("p 1");

        assertSent(ems, "AppKey", "/integration/api/pools/p%201");
        assertEquals("CONFIGURED", pool.configurationStatus());
        assertEquals("""
                Data pool: <script>alert('x')</script>
                field                 value
                --------------------  ---------------------------
                id                    p-1
                name                  <script>alert('x')</script>
                description           SAP & more
                configuration status  CONFIGURED
                locked                false
                changed
                created by
                copied from
                object id
                permissions           ADMIN""", pool.toText());
    }

    @Test
    void aPoolNamedLikeMarkupShowsAsTextInHtml() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/integration/api/pools", POOLS)
                .answer("/integration/api/pools/p-1", MARKUP_POOL);
        CelonisSession session = session(ems);
        String listHtml = session.pools().toHtml();
        String poolHtml = session.pool("p-1").toHtml();

        assertTrue(listHtml.contains("<tr><td>p-1</td><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"
                + "<td>CONFIGURED</td><td>ADMIN</td></tr>"), listHtml);
        assertTrue(poolHtml.contains("<caption>Data pool: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</caption>"),
                poolHtml);
        assertTrue(poolHtml.contains("<tr><td>description</td><td>SAP &amp; more</td></tr>"), poolHtml);
        assertFalse(listHtml.contains("<script>") || poolHtml.contains("<script>"));
    }

    @Test
    void aForbiddenPoolSaysWhichPermissionTheApplicationNeeds() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/integration/api/pools/p-9", StubEms.json(403,
                "{\"title\":\"Access Denied.\",\"status\":403,\"detail\":\"Access is denied\"}"));
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> session(ems).pool("p-9"));
        assertEquals("You don't have permission to perform 'GET' -> '" + ems.url() + "/integration/api/pools/p-9'"
                + " (403): the key is valid but may not read this data pool: the application needs Data Integration"
                + " (event-collection) USE_ALL_DATA_MODELS or EDIT_ALL_DATA_POOLS, or a permission on that data pool;"
                + " grant one in Admin & Settings → Applications.", e.getMessage());
    }

    @Test
    void aForbiddenSpaceContentSaysTheUserNeedsUseOnTheSpace() throws Exception {
        StubEms ems = ems(KeyType.USER_KEY).answer("/package-manager/api/spaces", SPACES)
                .answer("/package-manager/api/nodes/tree?spaceId=s-2", StubEms.json(403, "{}"));
        Space sales = session(ems).space("Sales");
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, sales::packages);
        assertEquals("You don't have permission to perform 'GET' -> '" + ems.url()
                + "/package-manager/api/nodes/tree?spaceId=s-2' (403): the key is valid but its user may not read"
                + " this space: the user needs Studio (package-manager) USE on that space; ask a team admin to grant"
                + " it.", e.getMessage());
    }

    @Test
    void aSpaceListedWithoutAnIdCannotListItsPackages() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/package-manager/api/spaces", "[{\"name\":\"Default\"}]");
        Space space = session(ems).defaultSpace();
        IllegalStateException e = assertThrows(IllegalStateException.class, space::packages);
        assertEquals("EMS listed the space 'Default' without an id, so its packages cannot be asked for; list the"
                + " spaces again with celonis.spaces()", e.getMessage());
        assertEquals(1, ems.requestCount());
    }

    @Test
    void noResultMessageOrTextHoldsTheKey() throws Exception {
        StubEms ems = ems(KeyType.APP_KEY).answer("/api/cloud", WHOAMI)
                .answer("/api/cloud/permissions", PERMISSIONS)
                .answer("/package-manager/api/spaces", SPACES)
                .answer("/package-manager/api/nodes/tree?spaceId=s-1", TREE)
                .answer("/integration/api/pools", POOLS)
                .answer("/integration/api/pools/p-1", MARKUP_POOL)
                .answer("/integration/api/pools/p-9", StubEms.json(403, "{}"));
        CelonisSession session = session(ems);
        List<String> texts = new ArrayList<>();
        for (Tabular result : List.of(session.whoami(), session.permissions(), session.spaces(),
                session.defaultSpace(), session.defaultSpace().packages(), session.pools(), session.pool("p-1"))) {
            texts.add(result.toString());
            texts.add(result.toHtml());
        }
        texts.add(session.toString());
        texts.add(assertThrows(PermissionDeniedException.class, () -> session.pool("p-9")).getMessage());
        texts.add(assertThrows(ObjectNotFoundException.class, () -> session.pool("p-404")).getMessage());
        texts.add(assertThrows(SpaceNotFoundException.class, () -> session.space("Nope")).getMessage());
        texts.add(assertThrows(IllegalArgumentException.class, () -> session.pool("..")).getMessage());
        session.close();
        texts.add(assertThrows(IllegalStateException.class, session::pools).getMessage());

        String secret = key.reveal();
        for (String text : texts) {
            assertFalse(text.contains(secret), "a result or message holds the key");
            assertFalse(text.contains(secret.substring(0, 24)), "a result or message holds part of the key");
        }
        assertEquals(20, texts.size());
    }
}
