package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.github.celonisnb.kernel.demo.KeyLeakCheck;
import io.github.celonisnb.magics.permissions.Service;

/**
 * The least-privilege lesson as a student clicks it: {@code celonis-nb emulator --ui} prints a link, the student
 * opens it in Chromium (Debian's, driven through Debian's chromedriver), creates an application key, copies its
 * {@code app.json}, grants Data Integration without CREATE_DATA_POOL, runs the teaching notebook through real
 * Jupyter, limits the key to one pool, and deletes it. Each step leaves a screenshot under
 * {@code target/e2e-artifacts/emulator-ui/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmulatorPageBrowserIT {

    static final Path ARTIFACTS = RenderedReportIT.ARTIFACTS.resolve("emulator-ui");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL_HINT = "apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver";

    private static final String NOTEBOOK = "01-login-with-application-key.ipynb";
    private static final String SANDBOX_POOL = "Sandbox";

    @TempDir
    static Path work;

    static Process emulator;
    static String baseUrl;
    static String loginUrl;
    static ChromeDriver browser;
    static JupyterHarness jupyter;
    static Path profile;
    static String key;
    static final List<String> driverFinderLog = new ArrayList<>();
    /** Held here because java.util.logging keeps loggers weakly, and a collected one forgets its level and handler. */
    static final Logger DRIVER_FINDER = Logger.getLogger("org.openqa.selenium.remote.service.DriverFinder");
    static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    static final Map<String, Long> stepMillis = new LinkedHashMap<>();
    static long started;

    @BeforeAll
    static void start() throws Exception {
        started = System.nanoTime();
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test drives " + CHROMIUM + " through " + CHROMEDRIVER + "; one is missing. bin/test installs "
                    + "both (as root); or run: " + INSTALL_HINT);
        }
        Files.createDirectories(ARTIFACTS);
        startEmulator();
        jupyter = new JupyterHarness(work);
        profile = Files.createDirectories(work.resolve("pycelonis-profiles"));
        browser = chromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (emulator != null) {
            emulator.destroy();
            emulator.waitFor(10, TimeUnit.SECONDS);
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[emulator-ui] " + total + " ms in all; steps: " + stepMillis);
    }

    /** {@code celonis-nb emulator --ui} from the real jar, read until it says how to stop it. */
    private static void startEmulator() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("celonisnb.jar"), "emulator", "--ui").redirectErrorStream(true);
        emulator = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
        List<String> printed = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            printed.add(line);
            if (line.equals("Press Ctrl+C to stop.")) {
                break;
            }
        }
        String text = String.join("\n", printed);
        Matcher listening = Pattern.compile("^EMS emulator listening on (http://127\\.0\\.0\\.1:\\d+)$", Pattern.MULTILINE)
                .matcher(text);
        assertTrue(listening.find(), text);
        baseUrl = listening.group(1);
        assertEquals("Admin & Settings page: open this link in your browser. It signs you in once; the browser then stays "
                + "signed in for 8 hours:", printed.get(printed.size() - 4), text);
        loginUrl = printed.get(printed.size() - 3).strip();
        assertTrue(printed.get(printed.size() - 2).startsWith("Signed out, or the link used already? A new link: "
                + "celonis-nb emulator login-link --url " + baseUrl + " --admin-token-file "), text);
        assertTrue(loginUrl.matches(Pattern.quote(baseUrl + "/emulator/ui/login#token=") + "[A-Za-z0-9_-]{43}"), text);
        // The rest of its output is drained so that it can never block on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException ignored) {
                // The emulator has stopped.
            }
        }, "emulator-output");
        drain.setDaemon(true);
        drain.start();
    }

    /**
     * Debian's Chromium through Debian's chromedriver, both by path: with the driver named in the service,
     * Selenium skips Selenium Manager, so nothing looks for or downloads a browser or driver. The log line that
     * says so is kept and checked.
     */
    private static ChromeDriver chromium() {
        // The test talks to Chromium through chromedriver only, never through Selenium's DevTools bindings, so their
        // warning that none matches Chromium 156 says nothing about this test.
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        DRIVER_FINDER.setLevel(Level.FINE);
        DRIVER_FINDER.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                driverFinderLog.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--no-first-run", "--disable-background-networking",
                "--user-data-dir=" + work.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(work.resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    // --- Steps, in the order of the lesson --------------------------------------------------------------------

    @Test
    @Order(1)
    void theStudentOpensThePrintedLinkAndLandsOnApplicationsWithTheTokenGoneFromTheAddress() throws Exception {
        long t = System.nanoTime();
        // What a student answers when the browser asks whether the page may use the clipboard.
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", baseUrl,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.get(loginUrl);
        browser.findElement(By.id("new-application-key"));
        assertEquals(baseUrl + "/emulator/ui/applications", browser.getCurrentUrl());
        assertEquals("No applications yet.", browser.findElement(By.id("no-applications")).getText());
        assertEquals("", script("return document.cookie;"), "the session cookie is HttpOnly");
        assertTrue(driverFinderLog.stream().anyMatch(m -> m.startsWith("Skipping Selenium Manager, path to chromedriver "
                + "specified in Service class: ")), driverFinderLog.toString());
        screenshot("01-applications.png");
        step("sign in", t);
    }

    @Test
    @Order(2)
    void aNewApplicationKeyIsShownOnceWithTheWarningAndItsAppJsonIsCopied() throws Exception {
        long t = System.nanoTime();
        follow(By.id("new-application-key"));
        browser.findElement(By.id("name")).sendKeys("notebook-01");
        follow(By.id("create"));
        key = browser.findElement(By.id("new-key")).getText();
        assertTrue(key.length() > 100, "an application key is long");
        assertEquals("Copy the key now: it will not be shown again. Keep it safe: whoever holds it can do everything its "
                + "permissions allow. Never paste it into a notebook; if it leaks, delete the application.",
                browser.findElement(By.cssSelector(".warning p")).getText());
        String appJson = browser.findElement(By.id("app-json")).getText();
        // Compared without assertEquals: a failure message must not print the key.
        assertTrue(appJson.equals("{\"url\": \"" + baseUrl + "\", \"api_token\": \"" + key + "\"}"),
                "the app.json text names this emulator and holds the key");

        WebElement copy = browser.findElement(By.id("copy-app-json"));
        copy.click();
        // The button says so once the clipboard has taken the text, which the page waits for.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "Copied".equals(copy.getText()));
        assertEquals("Copied", copy.getText());
        String clipboard = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('refused: ' + e));");
        assertTrue(appJson.equals(clipboard), "the clipboard holds the app.json text; it held "
                + (clipboard.startsWith("refused") ? clipboard : clipboard.length() + " other characters"));
        Path keyFile = profile.resolve("app.json");
        Files.writeString(keyFile, clipboard);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        screenshot("02-new-key.png");

        follow(By.linkText("Back to Applications"));
        assertFalse(browser.getPageSource().contains(key), "the list does not show the key");
        browser.navigate().back();
        assertFalse(browser.getPageSource().contains(key), "going back does not bring the key page back");
        step("new key", t);
    }

    @Test
    @Order(3)
    void viewPermissionsSaysNoPermissionsFound() throws Exception {
        long t = System.nanoTime();
        openMenuItem("View Permissions");
        assertEquals("No permissions found", browser.findElement(By.id("no-permissions")).getText());
        screenshot("03-no-permissions-found.png");
        step("view: none", t);
    }

    @Test
    @Order(4)
    void dataIntegrationIsGrantedWithoutCreateDataPool() throws Exception {
        long t = System.nanoTime();
        openMenuItem("Permissions");
        browser.findElement(By.linkText("Data Integration")).click();
        tick("grant-event-collection-USE_ALL_DATA_MODELS");
        tick("grant-event-collection-EDIT_ALL_DATA_POOLS");
        assertFalse(browser.findElement(By.id("grant-event-collection-CREATE_DATA_POOL")).isSelected());
        assertEquals("CREATE_DATA_POOL Create data pools HIGH", browser.findElement(
                By.id("grant-event-collection-CREATE_DATA_POOL")).findElement(By.xpath("..")).getText());
        follow(By.id("save"));
        assertEquals("Saved. A notebook sees the change at its next call.", browser.findElement(By.className("flash")).getText());
        scrollTo(By.id("service-event-collection"));
        screenshot("04-data-integration-granted.png");

        follow(By.linkText("View Permissions"));
        assertEquals(List.of(
                "Data Integration event-collection USE_ALL_DATA_MODELS Use all data models LOW",
                "Data Integration event-collection EDIT_ALL_DATA_POOLS Edit all data pools HIGH"), listedRows());
        screenshot("05-view-permissions.png");
        step("grant DI", t);
    }

    @Test
    @Order(5)
    void theTeachingNotebookLogsInWithTheCopiedKeyAndSeesExactlyThosePermissions() throws Exception {
        long t = System.nanoTime();
        JupyterHarness.Executed nb = runNotebook(false);
        assertTrue(nb.run().succeeded(), nb.run().log());
        assertEquals(expectedListing(List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS")),
                listingOf(nb.stream(0, "stdout")));
        assertEquals("notebook-01", nb.text(1).strip());
        assertEquals(List.of(), KeyLeakCheck.occurrences(nb.bytes(), key));
        step("notebook: DI", t);
    }

    @Test
    @Order(6)
    void aOnePoolGrantBesideTheAllPoolsGrantsIsNotedAsWithoutEffect() throws Exception {
        long t = System.nanoTime();
        follow(By.id("edit-permissions"));
        WebElement sandbox = poolFieldset(SANDBOX_POOL);
        tick(sandbox.findElement(By.cssSelector("input[value$=':ADMIN']")).getAttribute("id"));
        follow(By.id("save"));
        sandbox = poolFieldset(SANDBOX_POOL);
        assertEquals("No effect: USE_ALL_DATA_MODELS and EDIT_ALL_DATA_POOLS reach every pool at service level, so this "
                + "one-pool grant changes nothing. Untick them under Whole service to limit the key to this pool.",
                sandbox.findElement(By.className("note")).getText());
        assertEquals(1, browser.findElements(By.className("note")).size());
        assertEquals(List.of("ADMIN Administer the data pool HIGH", "DATA_PUSH_API Push data into the pool HIGH",
                "CONTINUOUS_DATA_PUSH_API Push data continuously into the pool HIGH"), ticksOf(sandbox));
        scrollTo(By.id("service-event-collection"));
        screenshot("06-one-pool-grant-without-effect.png");
        step("pool + note", t);
    }

    @Test
    @Order(7)
    void withTheAllPoolsGrantsUntickedTheKeyListsAccessChildOnPageAndInTheNotebook() throws Exception {
        long t = System.nanoTime();
        untick("grant-event-collection-USE_ALL_DATA_MODELS");
        untick("grant-event-collection-EDIT_ALL_DATA_POOLS");
        follow(By.id("save"));
        assertEquals(0, browser.findElements(By.className("note")).size());
        follow(By.linkText("View Permissions"));
        assertEquals(List.of("Data Integration event-collection $ACCESS_CHILD Has grants on single data pools LOW"),
                listedRows());
        assertEquals("Data pool 'Sandbox': ADMIN", browser.findElement(By.cssSelector(".object-grants li")).getText());
        screenshot("07-access-child.png");

        JupyterHarness.Executed nb = runNotebook(false);
        assertTrue(nb.run().succeeded(), nb.run().log());
        assertEquals(expectedListing(List.of("$ACCESS_CHILD")), listingOf(nb.stream(0, "stdout")));
        step("one pool only", t);
    }

    @Test
    @Order(8)
    void deletingTheLeakedKeyMakesTheNotebooksNextCallFailWithTheClear401Message() throws Exception {
        long t = System.nanoTime();
        follow(By.linkText("Back to Applications"));
        openMenuItem("Delete");
        assertEquals("Delete notebook-01? Its key stops working at once: the next call a notebook makes with it is "
                + "rejected with 401. This cannot be undone.", browser.findElement(By.cssSelector("main p")).getText());
        screenshot("08-delete-confirmation.png");
        follow(By.id("confirm-delete"));
        assertEquals("The application was deleted; its key is rejected from the next call on.",
                browser.findElement(By.className("flash")).getText());
        assertEquals("No applications yet.", browser.findElement(By.id("no-applications")).getText());
        screenshot("09-deleted.png");

        JupyterHarness.Executed nb = runNotebook(true);
        JsonNode error = nb.error(0);
        assertEquals("KeyRejectedException", error.path("ename").asText(), error.toString());
        assertEquals("The key was rejected (401) for GET " + baseUrl + "/api/cloud: it may be wrong, deleted, or of the "
                + "other key type; try --user-key.", error.path("evalue").asText());
        assertEquals(List.of(), KeyLeakCheck.occurrences(nb.bytes(), key));
        step("delete + 401", t);
    }

    // --- Helpers ---------------------------------------------------------------------------------------------

    private static JupyterHarness.Executed runNotebook(boolean allowErrors) throws Exception {
        return jupyter.run(JupyterHarness.repoNotebook(NOTEBOOK), Map.of("CELONIS_PROFILE_DIR", profile.toString()),
                allowErrors);
    }

    /** Opens the row's menu of the only application and follows one of its items. */
    private static void openMenuItem(String item) {
        if (!browser.getCurrentUrl().endsWith("/emulator/ui/applications")) {
            follow(By.linkText("Applications"));
        }
        WebElement row = browser.findElement(By.cssSelector("table.applications tbody tr"));
        row.findElement(By.cssSelector("details.menu summary")).click();
        follow(row.findElement(By.linkText(item)));
    }

    /** Clicks what leads to another page and waits until that page has replaced this one. */
    private static void follow(By what) {
        follow(browser.findElement(what));
    }

    /**
     * A click that submits a form or follows a link returns before the browser has left the page, so the next look
     * could still see the old one (a note that the save removes, say). The old page's window gets a mark before the
     * click; a new document starts with a new window, so the wait ends once the mark is gone and the new page has
     * finished loading. Asking the old element whether it went stale instead is racy: while the page is being torn
     * down, Chrome answers that question with a generic error rather than a stale-element one.
     */
    private static void follow(WebElement link) {
        browser.executeScript("window.celonisNbLeftBehind = true;");
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class) // scripts can fail while one document replaces the other
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.celonisNbLeftBehind === undefined && document.readyState === 'complete';")));
    }

    private static WebElement poolFieldset(String name) {
        for (WebElement fieldset : browser.findElements(By.cssSelector("fieldset.object"))) {
            if (fieldset.findElement(By.tagName("legend")).getText().equals("Data pool '" + name + "' only")) {
                return fieldset;
            }
        }
        throw new AssertionError("no fieldset for data pool " + name);
    }

    private static List<String> ticksOf(WebElement fieldset) {
        List<String> ticks = new ArrayList<>();
        fieldset.findElements(By.className("tick")).forEach(t -> ticks.add(t.getText()));
        return ticks;
    }

    private static void tick(String id) {
        WebElement box = browser.findElement(By.id(id));
        scrollTo(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
        assertTrue(box.isSelected(), id);
    }

    private static void untick(String id) {
        WebElement box = browser.findElement(By.id(id));
        scrollTo(By.id(id));
        if (box.isSelected()) {
            box.click();
        }
        assertFalse(box.isSelected(), id);
    }

    private static void scrollTo(By what) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(what));
    }

    private static List<String> listedRows() {
        List<String> rows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#listed-permissions tbody tr"))) {
            rows.add(row.getText().replace('\n', ' '));
        }
        return rows;
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(ARTIFACTS.resolve(name), png);
    }

    private static void step(String name, long startNanos) {
        stepMillis.put(name, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** Every service in server order with these names for Data Integration and none elsewhere. */
    private static Map<String, List<String>> expectedListing(List<String> dataIntegration) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Service service : Service.inServerOrder()) {
            expected.put(service.serviceName(), service == Service.EVENT_COLLECTION ? dataIntegration : List.of());
        }
        return expected;
    }

    /** The permissions JSON the notebook's login log printed, as service → names. */
    private static Map<String, List<String>> listingOf(String log) throws Exception {
        Matcher m = Pattern.compile("(?s)following permissions:\n(\\[.*?\n\\])\n").matcher(log);
        assertTrue(m.find(), log);
        Map<String, List<String>> listing = new LinkedHashMap<>();
        for (JsonNode entry : JupyterHarness.JSON.readTree(m.group(1))) {
            List<String> names = new ArrayList<>();
            entry.path("permissions").forEach(n -> names.add(n.asText()));
            listing.put(entry.path("serviceName").asText(), names);
        }
        return listing;
    }
}
