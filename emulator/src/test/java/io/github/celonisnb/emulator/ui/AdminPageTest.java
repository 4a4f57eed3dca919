package io.github.celonisnb.emulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.celonisnb.emulator.AdminToken;
import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.SeedData;
import io.github.celonisnb.emulator.TestHttp;
import io.github.celonisnb.emulator.internal.auth.KeyGenerator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Admin & Settings web page over real sockets: what it shows, what it changes, and what it refuses. */
class AdminPageTest {

    private static final String APPS = "/emulator/ui/applications";
    private static final String SANDBOX = SeedData.SANDBOX_POOL.id();

    private EmsEmulator emulator;
    private TestHttp ems;

    @BeforeEach
    void start() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().ui(true).build());
        ems = new TestHttp(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String idOf(String name) {
        return emulator.keys().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow().id();
    }

    private JsonNode permissionsSeenBy(String key) {
        HttpResponse<String> answer = ems.get("/api/cloud/permissions", "AppKey " + key);
        assertEquals(200, answer.statusCode(), answer.body());
        return TestHttp.json(answer);
    }

    private static List<String> namesOf(JsonNode permissions, String service) {
        List<String> names = new ArrayList<>();
        for (JsonNode entry : permissions) {
            if (entry.path("serviceName").asText().equals(service)) {
                entry.path("permissions").forEach(n -> names.add(n.asText()));
            }
        }
        return names;
    }

    // --- Without --ui ----------------------------------------------------------------------------------------

    @Test
    void withoutTheUiSwitchEveryPagePathIs404AndEmsPathsAnswerAsBefore() {
        try (EmsEmulator plain = EmsEmulator.start(EmulatorConfig.builder().build())) {
            TestHttp http = new TestHttp(plain.baseUrl());
            assertEquals(404, http.get("/emulator/ui/login", (String) null).statusCode());
            assertEquals(404, http.get("/emulator/ui/applications", (String) null).statusCode());
            assertEquals(404, http.send("POST", "/emulator/api/ui/login-link", null, AdminToken.HEADER,
                    plain.adminToken().value()).statusCode());
            assertEquals(401, http.get("/api/cloud", (String) null).statusCode());
            assertFalse(plain.servesUi());
            IllegalStateException off = assertThrows(IllegalStateException.class, plain::newUiLoginUrl);
            assertEquals("The web page is off: start the emulator with EmulatorConfig.builder().ui(true), or "
                    + "`emulator --ui`.", off.getMessage());
        }
    }

    // --- Signing in -----------------------------------------------------------------------------------------

    @Test
    void theLoginLinkCarriesItsTokenInTheFragmentOnly() {
        URI link = emulator.newUiLoginUrl();
        assertEquals(emulator.baseUrl() + "/emulator/ui/login", link.toString().substring(0, link.toString().indexOf('#')));
        assertEquals(null, link.getRawQuery());
        assertTrue(link.getFragment().matches("token=[A-Za-z0-9_-]{43}"), link.getFragment());
    }

    @Test
    void withoutSigningInNoPageShowsAnythingAndNothingCanBeChanged() {
        emulator.createApplicationKey("hidden-app", List.of());
        PageBrowser stranger = new PageBrowser(emulator);
        for (String path : List.of(APPS, APPS + "/new", APPS + "/" + idOf("hidden-app"),
                APPS + "/" + idOf("hidden-app") + "/permissions")) {
            HttpResponse<String> page = stranger.get(path);
            assertEquals(403, page.statusCode(), path);
            assertTrue(page.body().contains("You are not signed in, or your sign-in has expired. Sign in again with a new "
                    + "login link; get one in the terminal with: celonis-nb emulator login-link --url " + emulator.baseUrl()
                    + " --admin-token-file FILE (FILE: the admin token file the emulator named when it started)."),
                    page.body());
            assertFalse(page.body().contains("hidden-app"), path);
        }
        HttpResponse<String> delete = stranger.post(APPS + "/" + idOf("hidden-app") + "/delete", List.of("csrf", "x"),
                stranger.ownOrigin());
        assertEquals(403, delete.statusCode());
        assertEquals(1, emulator.keys().size());
    }

    @Test
    void aWrongLoginTokenGetsNoSession() {
        emulator.newUiLoginUrl();
        PageBrowser browser = new PageBrowser(emulator);
        HttpResponse<String> answer = browser.signIn("not-the-token");
        assertEquals(403, answer.statusCode());
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty());
        assertTrue(answer.body().contains("This login token is wrong or was used already: a login link works once."),
                answer.body());
    }

    @Test
    void theLoginTokenWorksOnceOnly() {
        String token = PageBrowser.tokenOf(emulator.newUiLoginUrl());
        PageBrowser first = new PageBrowser(emulator);
        assertEquals(303, first.signIn(token).statusCode());
        assertEquals("/emulator/ui/applications", first.get("/emulator/ui").headers().firstValue("Location").orElseThrow());

        PageBrowser second = new PageBrowser(emulator);
        HttpResponse<String> reused = second.signIn(token);
        assertEquals(403, reused.statusCode());
        assertTrue(reused.headers().firstValue("Set-Cookie").isEmpty());
        assertEquals(200, first.get(APPS).statusCode(), "the browser that used the link stays signed in");
    }

    @Test
    void aNewLinkReplacesAnUnusedOne() {
        String old = PageBrowser.tokenOf(emulator.newUiLoginUrl());
        String fresh = PageBrowser.tokenOf(emulator.newUiLoginUrl());
        assertEquals(403, new PageBrowser(emulator).signIn(old).statusCode());
        assertEquals(303, new PageBrowser(emulator).signIn(fresh).statusCode());
    }

    @Test
    void theAdminSurfaceHandsOutANewLinkOnlyForTheAdminToken() throws Exception {
        assertEquals(401, ems.send("POST", "/emulator/api/ui/login-link", null).statusCode());
        HttpResponse<String> answer = ems.send("POST", "/emulator/api/ui/login-link", null, AdminToken.HEADER,
                emulator.adminToken().value());
        assertEquals(200, answer.statusCode());
        URI link = URI.create(TestHttp.json(answer).path("url").asText());
        assertEquals(303, new PageBrowser(emulator).signIn(PageBrowser.tokenOf(link)).statusCode());
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteStrictScopedToThePageAndRandom() {
        HttpResponse<String> one = new PageBrowser(emulator).signIn(PageBrowser.tokenOf(emulator.newUiLoginUrl()));
        HttpResponse<String> two = new PageBrowser(emulator).signIn(PageBrowser.tokenOf(emulator.newUiLoginUrl()));
        String cookie = one.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.matches("celonis_emulator_ui=[A-Za-z0-9_-]{43}; Path=/emulator/ui; Max-Age=28800; HttpOnly; "
                + "SameSite=Strict"), cookie);
        assertNotEquals(cookie, two.headers().firstValue("Set-Cookie").orElseThrow());
    }

    @Test
    void aMadeUpSessionCookieIsRefused() {
        PageBrowser forger = new PageBrowser(emulator);
        forger.useCookie("celonis_emulator_ui=" + "A".repeat(43));
        assertEquals(403, forger.get(APPS).statusCode());
    }

    @Test
    void signingOutEndsTheSession() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        HttpResponse<String> out = browser.submit(APPS, "/emulator/ui/logout");
        assertEquals(200, out.statusCode());
        assertTrue(out.headers().firstValue("Set-Cookie").orElseThrow().startsWith("celonis_emulator_ui=; Path=/emulator/ui; "
                + "Max-Age=0;"));
        assertEquals(403, browser.get(APPS).statusCode(), "the old cookie no longer opens anything");
    }

    // --- CSRF and Origin ------------------------------------------------------------------------------------

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        HttpResponse<String> answer = browser.post(APPS, List.of("name", "forged"), browser.ownOrigin());
        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("The form&#39;s security token is missing or belongs to another sign-in, so "
                + "nothing was changed."), answer.body());
        assertEquals(List.of(), emulator.keys());
    }

    @Test
    void aFormWithAWrongCsrfTokenChangesNothing() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        String csrf = PageBrowser.csrfOf(browser.get(APPS + "/new").body());
        String wrong = (csrf.charAt(0) == 'A' ? "B" : "A") + csrf.substring(1);
        assertEquals(403, browser.post(APPS, List.of("csrf", wrong, "name", "forged"), browser.ownOrigin()).statusCode());
        assertEquals(List.of(), emulator.keys());
    }

    @Test
    void aCsrfTokenOfAnotherSessionChangesNothing() {
        IssuedKey key = emulator.createApplicationKey("kept", List.of());
        PageBrowser mine = PageBrowser.signedIn(emulator);
        PageBrowser other = PageBrowser.signedIn(emulator);
        String othersToken = PageBrowser.csrfOf(other.get(APPS).body());
        assertEquals(403, mine.post(APPS + "/" + key.id() + "/delete", List.of("csrf", othersToken), mine.ownOrigin())
                .statusCode());
        assertEquals(1, emulator.keys().size());
    }

    @Test
    void aFormFromAnotherOriginOrWithoutOriginChangesNothing() {
        IssuedKey key = emulator.createApplicationKey("kept", List.of());
        PageBrowser browser = PageBrowser.signedIn(emulator);
        String csrf = PageBrowser.csrfOf(browser.get(APPS).body());
        for (String origin : new String[] {"http://attacker.example", "http://127.0.0.1:1", "null", null}) {
            HttpResponse<String> answer = browser.post(APPS + "/" + key.id() + "/delete", List.of("csrf", csrf), origin);
            assertEquals(403, answer.statusCode(), String.valueOf(origin));
            assertTrue(answer.body().contains("This form was not sent from the emulator&#39;s own page (its Origin header "
                    + "is missing, repeated, or names another site), so nothing was changed."), answer.body());
        }
        assertEquals(1, emulator.keys().size());
        assertEquals(303, browser.post(APPS + "/" + key.id() + "/delete", List.of("csrf", csrf),
                "http://localhost:" + emulator.port()).statusCode(), "localhost is the same emulator");
    }

    // --- Headers --------------------------------------------------------------------------------------------

    @Test
    void everyPageForbidsInlineScriptFramingSniffingAndCaching() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        for (String path : List.of(APPS, "/emulator/ui/login", "/emulator/ui/nowhere")) {
            HttpResponse<String> page = browser.get(path);
            assertEquals("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'", page.headers().firstValue("Content-Security-Policy")
                    .orElseThrow(), path);
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElseThrow());
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElseThrow());
            assertFalse(page.body().contains("<script>"), "no inline script on " + path);
        }
        HttpResponse<String> script = browser.get("/emulator/ui/static/ui.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript;charset=UTF-8", script.headers().firstValue("Content-Type").orElseThrow());
    }

    // --- Escaping -------------------------------------------------------------------------------------------

    @Test
    void htmlInAnApplicationNameIsShownAsText() {
        String name = "<script>alert(\"x\")</script> & 'quoted' <b>bold</b>";
        String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;b&gt;bold&lt;/b&gt;";
        PageBrowser browser = PageBrowser.signedIn(emulator);
        browser.createApplication(name);
        assertTrue(browser.lastPage().contains("<strong class=\"name\">" + escaped + "</strong>"), browser.lastPage());
        String id = idOf(name);
        for (String path : List.of(APPS, APPS + "/" + id, APPS + "/" + id + "/permissions", APPS + "/" + id + "/delete")) {
            String page = browser.get(path).body();
            assertTrue(page.contains(escaped), path + ":\n" + page);
            assertFalse(page.contains("<script>alert"), path);
            assertFalse(page.contains("<b>bold"), path);
        }
        assertTrue(browser.get(APPS).body().contains("<summary aria-label=\"Actions for " + escaped + "\">"),
                "escaped inside an attribute value too");
    }

    // --- The key, once --------------------------------------------------------------------------------------

    @Test
    void theNewKeyIsShownOnceWithItsAppJsonAndWorksAtOnce() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        HttpResponse<String> created = browser.submit(APPS + "/new", APPS, "name", "notebook-01");
        assertEquals(200, created.statusCode());
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElseThrow());
        String key = PageBrowser.NEW_KEY.matcher(created.body()).results().findFirst().orElseThrow().group(1);
        assertTrue(created.body().contains("Copy the key now: it will not be shown again."), created.body());
        assertTrue(created.body().contains("<pre id=\"app-json\">{&quot;url&quot;: &quot;" + emulator.baseUrl()
                + "&quot;, &quot;api_token&quot;: &quot;" + key + "&quot;}</pre>"), created.body());
        assertEquals(200, ems.get("/api/cloud", "AppKey " + key).statusCode());

        String id = idOf("notebook-01");
        for (String path : List.of(APPS, APPS + "/new", APPS + "/" + id, APPS + "/" + id + "/permissions",
                APPS + "/" + id + "/delete", "/emulator/ui/login")) {
            assertFalse(browser.get(path).body().contains(key), "the key is on " + path);
        }
    }

    @Test
    void aNameIsNeededForANewKey() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        HttpResponse<String> answer = browser.submit(APPS + "/new", APPS, "name", "   ");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("An application key needs a name: type one below."), answer.body());
        assertEquals(List.of(), emulator.keys());
    }

    // --- Permissions ----------------------------------------------------------------------------------------

    @Test
    void aNewKeyHasNoPermissionsFound() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        browser.createApplication("fresh");
        String page = browser.get(APPS + "/" + idOf("fresh")).body();
        assertTrue(page.contains("<p class=\"empty\" id=\"no-permissions\">No permissions found</p>"), page);
    }

    @Test
    void ticksBecomeExactlyWhatTheEmsEndpointsListAtTheNextCall() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        String key = browser.createApplication("notebook-01");
        String id = idOf("notebook-01");
        HttpResponse<String> saved = browser.submit(APPS + "/" + id + "/permissions", APPS + "/" + id + "/permissions",
                "grant", "event-collection:USE_ALL_DATA_MODELS", "grant", "event-collection:EDIT_ALL_DATA_POOLS");
        assertEquals(303, saved.statusCode());
        assertEquals(APPS + "/" + id + "/permissions?saved", saved.headers().firstValue("Location").orElseThrow());
        assertEquals(List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS"),
                namesOf(permissionsSeenBy(key), "event-collection"));

        String view = browser.get(APPS + "/" + id).body();
        assertTrue(view.contains("<td><code>EDIT_ALL_DATA_POOLS</code></td><td>Edit all data pools</td><td><span "
                + "class=\"risk risk-high\">high</span></td>"), view);

        browser.submit(APPS + "/" + id + "/permissions", APPS + "/" + id + "/permissions",
                "grant", "event-collection:pool/" + SANDBOX + ":ADMIN");
        assertEquals(List.of("$ACCESS_CHILD"), namesOf(permissionsSeenBy(key), "event-collection"));
        assertTrue(browser.get(APPS + "/" + id).body().contains("<code>$ACCESS_CHILD</code></td><td>Has grants on single "
                + "data pools</td>"));

        browser.submit(APPS + "/" + id + "/permissions", APPS + "/" + id + "/permissions");
        assertEquals(List.of(), namesOf(permissionsSeenBy(key), "event-collection"));
    }

    @Test
    void theEditPageTicksWhatIsHeldWithWordsAndRiskFromTheCatalogue() {
        IssuedKey key = emulator.createApplicationKey("held", List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS")));
        String page = PageBrowser.signedIn(emulator).get(APPS + "/" + key.id() + "/permissions").body();
        assertTrue(page.contains("<input type=\"checkbox\" name=\"grant\" id=\"grant-event-collection-USE_ALL_DATA_MODELS\" "
                + "value=\"event-collection:USE_ALL_DATA_MODELS\" checked><label for=\"grant-event-collection-"
                + "USE_ALL_DATA_MODELS\"><code>USE_ALL_DATA_MODELS</code> Use all data models</label> <span class=\"risk "
                + "risk-low\">low</span>"), page);
        assertTrue(page.contains("value=\"event-collection:CREATE_DATA_POOL\"><label"), "not ticked: " + page);
        assertTrue(page.contains("<h2>Data Integration <small><code>event-collection</code></small></h2>"), page);
        assertTrue(page.contains("<legend>Data pool &#39;Sandbox&#39; only</legend>"), page);
        assertTrue(page.contains("<span class=\"risk risk-critical\">critical</span>"), "team rights are critical");
    }

    @Test
    void onOnePoolOnlyItsOwnPermissionsAreOfferedAndOneHeldFromElsewhereIsKeptBySaving() {
        String o2c = SeedData.ORDER_TO_CASH_POOL.id();
        Grant held = Grant.parse("event-collection:pool/" + o2c + ":USE_ALL_DATA_MODELS");
        IssuedKey key = emulator.createApplicationKey("api-made", List.of(held));
        PageBrowser browser = PageBrowser.signedIn(emulator);
        String page = browser.get(APPS + "/" + key.id() + "/permissions").body();
        assertTrue(page.contains("value=\"event-collection:pool/" + o2c + ":USE_ALL_DATA_MODELS\" checked>"), page);
        assertFalse(page.contains("value=\"event-collection:pool/" + SANDBOX + ":USE_ALL_DATA_MODELS\""), page);
        assertTrue(page.contains("value=\"event-collection:pool/" + SANDBOX + ":ADMIN\"><label"), page);

        List<String> ticked = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"grant\" id=\"[^\"]+\" value=\"([^\"]+)\" "
                + "checked").matcher(page);
        while (m.find()) {
            ticked.add("grant");
            ticked.add(m.group(1));
        }
        assertEquals(303, browser.submit(APPS + "/" + key.id() + "/permissions", APPS + "/" + key.id() + "/permissions",
                ticked.toArray(String[]::new)).statusCode());
        assertEquals(List.of(held), emulator.keys().get(0).grants());
    }

    @Test
    void aOnePoolGrantBesideAnAllPoolsGrantIsNotedAsWithoutEffect() {
        IssuedKey key = emulator.createApplicationKey("both", List.of(Grant.parse("event-collection:EDIT_ALL_DATA_POOLS"),
                Grant.parse("event-collection:pool/" + SANDBOX + ":DATA_PUSH_API")));
        String page = PageBrowser.signedIn(emulator).get(APPS + "/" + key.id() + "/permissions").body();
        String sandbox = page.substring(page.indexOf("id=\"pool-" + SANDBOX + "\""));
        sandbox = sandbox.substring(0, sandbox.indexOf("</fieldset>"));
        assertTrue(sandbox.contains("<p class=\"note\" role=\"note\">No effect: EDIT_ALL_DATA_POOLS reaches every pool at "
                + "service level, so this one-pool grant changes nothing. Untick it under Whole service to limit the key "
                + "to this pool.</p>"), sandbox);
        assertEquals(1, page.split("class=\"note\"", -1).length - 1, "only next to the pool that has a grant");
    }

    @Test
    void aTamperedGrantIsRefusedAndNothingChanges() {
        IssuedKey key = emulator.createApplicationKey("kept", List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS")));
        PageBrowser browser = PageBrowser.signedIn(emulator);
        HttpResponse<String> answer = browser.submit(APPS + "/" + key.id() + "/permissions",
                APPS + "/" + key.id() + "/permissions", "grant", "event-collection:<b>NOPE</b>");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("Unknown permission &#39;&lt;b&gt;NOPE&lt;/b&gt;&#39; for service "
                + "&#39;event-collection&#39;"), answer.body());
        assertEquals(List.of(Grant.parse("event-collection:USE_ALL_DATA_MODELS")),
                emulator.keys().get(0).grants());
    }

    @Test
    void anUnknownApplicationIs404() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        HttpResponse<String> page = browser.get(APPS + "/no-such-id/permissions");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("No application has the id &#39;no-such-id&#39;; it may have been deleted."),
                page.body());
    }

    @Test
    void aUserKeyIsNotAnApplication() {
        IssuedKey user = emulator.createUserKey("Ada", "ada@example.com", false, List.of());
        PageBrowser browser = PageBrowser.signedIn(emulator);
        assertFalse(browser.get(APPS).body().contains("Ada"));
        assertEquals(404, browser.get(APPS + "/" + user.id()).statusCode());
    }

    // --- Deleting -------------------------------------------------------------------------------------------

    @Test
    void deletingAsksFirstThenTheKeyGets401AtTheNextCall() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        String key = browser.createApplication("leaked");
        String id = idOf("leaked");
        String confirm = browser.get(APPS + "/" + id + "/delete").body();
        assertTrue(confirm.contains("Its key stops working at once: the next call a notebook makes with it is rejected "
                + "with 401. This cannot be undone."), confirm);
        assertEquals(200, ems.get("/api/cloud", "AppKey " + key).statusCode());

        HttpResponse<String> deleted = browser.submit(APPS + "/" + id + "/delete", APPS + "/" + id + "/delete");
        assertEquals(303, deleted.statusCode());
        assertEquals(APPS + "?deleted", deleted.headers().firstValue("Location").orElseThrow());
        assertEquals(401, ems.get("/api/cloud", "AppKey " + key).statusCode());
        List<KeyInfo> left = emulator.keys();
        assertEquals(List.of(), left);
        assertTrue(browser.get(APPS + "?deleted").body().contains("The application was deleted; its key is rejected from "
                + "the next call on."));
    }

    // --- Sending a form twice -------------------------------------------------------------------------------

    @Test
    void sendingTheNewApplicationFormAgainCreatesNothingAndShowsNoKey() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        List<String> form = PageBrowser.formFieldsOf(browser.get(APPS + "/new").body(), "name", "notebook-01");
        HttpResponse<String> first = browser.post(APPS, form, browser.ownOrigin());
        assertEquals(200, first.statusCode(), first.body());
        String key = PageBrowser.NEW_KEY.matcher(first.body()).results().findFirst().orElseThrow().group(1);

        HttpResponse<String> again = browser.post(APPS, form, browser.ownOrigin());
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("<p class=\"problem\" role=\"alert\">This form was already sent: the application "
                + "&#39;notebook-01&#39; was created once and its key was shown then.</p>\n<p>It is in Applications; if "
                + "you did not copy the key, delete the application and create a new one.</p>"), again.body());
        assertFalse(again.body().contains(key));
        assertFalse(again.body().contains("new-key"));
        assertEquals(1, emulator.keys().size());
    }

    @Test
    void aNewApplicationFormWithoutItsFormTokenOrWithAnotherSessionsCreatesNothing() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        PageBrowser other = PageBrowser.signedIn(emulator);
        String othersToken = PageBrowser.FORM_TOKEN.matcher(other.get(APPS + "/new").body()).results().findFirst()
                .orElseThrow().group(1);
        String csrf = PageBrowser.csrfOf(browser.get(APPS + "/new").body());
        for (List<String> form : List.of(List.of("csrf", csrf, "name", "x"),
                List.of("csrf", csrf, "form", othersToken, "name", "x"))) {
            HttpResponse<String> answer = browser.post(APPS, form, browser.ownOrigin());
            assertEquals(403, answer.statusCode());
            assertTrue(answer.body().contains("This New Application form is not one the emulator gave this sign-in (its "
                    + "one-time field is missing or unknown), so nothing was created."), answer.body());
        }
        assertEquals(List.of(), emulator.keys());
    }

    @Test
    void eachLoadOfTheFormHasItsOwnTokenAndARefusedFormCanBeSentAgainOnceCorrected() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        String one = browser.get(APPS + "/new").body();
        String two = browser.get(APPS + "/new").body();
        assertNotEquals(PageBrowser.FORM_TOKEN.matcher(one).results().findFirst().orElseThrow().group(1),
                PageBrowser.FORM_TOKEN.matcher(two).results().findFirst().orElseThrow().group(1));
        HttpResponse<String> blank = browser.post(APPS, PageBrowser.formFieldsOf(one, "name", " "), browser.ownOrigin());
        assertEquals(400, blank.statusCode());
        HttpResponse<String> corrected = browser.post(APPS, PageBrowser.formFieldsOf(blank.body(), "name", "fixed"),
                browser.ownOrigin());
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(200, browser.post(APPS, PageBrowser.formFieldsOf(two, "name", "second"), browser.ownOrigin())
                .statusCode(), "another load of the form is another application");
        assertEquals(List.of("fixed", "second"), emulator.keys().stream().map(KeyInfo::name).toList());
    }

    // --- Names' length ----------------------------------------------------------------------------------------

    @Test
    void aNameOverTwoHundredCharactersIsRefusedOnThePageAndOnTheAdminSurface() {
        PageBrowser browser = PageBrowser.signedIn(emulator);
        HttpResponse<String> page = browser.submit(APPS + "/new", APPS, "name", "n".repeat(60_000));
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("<p class=\"problem\" role=\"alert\">An application name can be at most 200 "
                + "characters; this one has 60000. Choose a shorter one.</p>"), page.body());
        assertTrue(page.body().contains("maxlength=\"200\" autocomplete=\"off\" value=\"" + "n".repeat(200) + "\">"),
                "the form keeps what fits");
        assertFalse(page.body().contains("n".repeat(201)));

        HttpResponse<String> api = ems.send("POST", "/emulator/api/keys", "{\"type\":\"app\",\"name\":\""
                + "n".repeat(201) + "\"}", AdminToken.HEADER, emulator.adminToken().value());
        assertEquals(400, api.statusCode());
        assertEquals("An application name can be at most 200 characters; this one has 201. Choose a shorter one.",
                TestHttp.json(api).path("error").asText());
        assertEquals("A user's name can be at most 200 characters; this one has 300. Choose a shorter one.",
                assertThrows(io.github.celonisnb.emulator.InvalidKeyRequestException.class,
                        () -> emulator.createUserKey("u".repeat(300), "u@example.test", false, List.of())).getMessage());
        assertEquals(List.of(), emulator.keys());
        assertEquals(200, browser.submit(APPS + "/new", APPS, "name", "n".repeat(200)).statusCode(), "200 is allowed");
    }

    // --- Request values are described, not echoed ---------------------------------------------------------------

    @Test
    void aKeyPastedIntoTheAddressIsNotShownOnThe404PageNorInTheEmsAnswer() {
        String key = new KeyGenerator().newKey();
        String raw = key.replace("+", "%2B");
        PageBrowser browser = PageBrowser.signedIn(emulator);
        HttpResponse<String> page = browser.get("/emulator/ui/" + raw);
        assertEquals(404, page.statusCode());
        assertFalse(page.body().contains(key.substring(0, 40)), page.body());
        assertFalse(page.body().contains(raw.substring(0, 40)), page.body());
        assertTrue(page.body().contains("This emulator serves no page at (a " + ("/emulator/ui/" + raw).length()
                + "-character value, not shown)."), page.body());
        assertTrue(browser.get("/emulator/ui/nowhere").body().contains("This emulator serves no page at "
                + "&#39;/emulator/ui/nowhere&#39;."));

        HttpResponse<String> api = ems.get("/api/" + raw, (String) null);
        assertEquals(404, api.statusCode());
        assertEquals("Path (a " + ("/api/" + raw).length() + "-character value, not shown) not found",
                TestHttp.json(api).path("detail").asText());
        assertEquals("Path /api/nowhere not found", TestHttp.json(ems.get("/api/nowhere", (String) null))
                .path("detail").asText());
    }

    @Test
    void aWrongMethodIsNamedQuotedOnThe405Page() {
        HttpResponse<String> page = ems.send("DELETE", APPS, null);
        assertEquals(405, page.statusCode());
        assertEquals("GET, POST", page.headers().firstValue("Allow").orElseThrow());
        assertTrue(page.body().contains("The method &#39;DELETE&#39; is not answered at this address."), page.body());
    }

    // --- HEAD -------------------------------------------------------------------------------------------------

    @Test
    void headIsAnsweredWithoutABodyAndTheServerPrintsNoWarning() {
        Logger jdkServer = Logger.getLogger("com.sun.net.httpserver");
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(String.valueOf(record.getMessage()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jdkServer.addHandler(collect);
        try {
            PageBrowser browser = PageBrowser.signedIn(emulator);
            for (String path : List.of(APPS, "/emulator/ui/login", "/emulator/ui/nowhere", "/emulator/ui/static/ui.css",
                    "/api/cloud", "/api/nowhere", "/emulator/api/keys")) {
                HttpRequest.Builder head = HttpRequest.newBuilder(emulator.baseUrl().resolve(path))
                        .timeout(Duration.ofSeconds(10)).method("HEAD", HttpRequest.BodyPublishers.noBody());
                browser.cookie().ifPresent(c -> head.header("Cookie", c));
                HttpResponse<String> answer = ems.send(head.build());
                assertEquals(path.startsWith("/emulator/ui/nowhere") || path.equals("/api/nowhere") ? 404 : 405,
                        answer.statusCode(), path);
                assertEquals("", answer.body(), path);
            }
        } finally {
            jdkServer.removeHandler(collect);
        }
        assertEquals(List.of(), warnings);
    }

    // --- Sign-in wording ------------------------------------------------------------------------------------

    @Test
    void aSignInThatIsNotAFormPostGetsItsOwnMessage() {
        HttpResponse<String> answer = ems.send("POST", "/emulator/ui/login", "{\"token\":\"x\"}", "Content-Type",
                "application/json", "Origin", "http://127.0.0.1:" + emulator.port());
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("The sign-in was not sent by the login form (it must be a form post, "
                + "application/x-www-form-urlencoded), so you are not signed in. Open the login link in a browser, or "
                + "paste its token below."), answer.body());
        assertTrue(answer.body().contains("id=\"login-form\""), "the login form is shown again");
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void aSpentLinkNamesTheCommandForANewOneWithTheTokenFileWhenKnown() {
        Path tokenFile = Path.of("/home/student/state.json.admin-token");
        try (EmsEmulator named = EmsEmulator.start(EmulatorConfig.builder().ui(true).adminTokenFile(tokenFile).build())) {
            String token = PageBrowser.tokenOf(named.newUiLoginUrl());
            assertEquals(303, new PageBrowser(named).signIn(token).statusCode());
            HttpResponse<String> again = new PageBrowser(named).signIn(token);
            assertEquals(403, again.statusCode());
            assertTrue(again.body().contains("This login token is wrong or was used already: a login link works once. "
                    + "Get a new one in the terminal with: celonis-nb emulator login-link --url " + named.baseUrl()
                    + " --admin-token-file " + tokenFile + "."), again.body());
        }
        emulator.newUiLoginUrl();
        assertTrue(new PageBrowser(emulator).signIn("spent").body().contains("Get a new one in the terminal with: "
                + "celonis-nb emulator login-link --url " + emulator.baseUrl() + " --admin-token-file FILE (FILE: the "
                + "admin token file the emulator named when it started)."));
    }

    // --- Origin, once ---------------------------------------------------------------------------------------

    @Test
    void aPostWithTwoOriginHeadersIsRefusedEvenWhenTheFirstIsOurs() {
        IssuedKey key = emulator.createApplicationKey("kept", List.of());
        PageBrowser browser = PageBrowser.signedIn(emulator);
        String csrf = PageBrowser.csrfOf(browser.get(APPS).body());
        HttpRequest twoOrigins = HttpRequest.newBuilder(emulator.baseUrl().resolve(APPS + "/" + key.id() + "/delete"))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", browser.cookie().orElseThrow())
                .header("Origin", browser.ownOrigin())
                .header("Origin", "http://attacker.example")
                .build();
        HttpResponse<String> answer = ems.send(twoOrigins);
        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("its Origin header is missing, repeated, or names another site"), answer.body());
        assertEquals(1, emulator.keys().size());
    }
}
