package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.jupyter.JupyterCommand;

/**
 * The permission report as a person sees it: notebook 02 executed by real Jupyter, rendered with
 * {@code jupyter nbconvert --to html}, opened in headless Chromium. A script added to the page reads each table's
 * caption and the text of its cells as the browser lays them out ({@code innerText}), so double escaping, lost
 * markup or hidden tables show. A screenshot stays in {@code target/e2e-artifacts/}.
 */
class RenderedReportIT {

    /** Where artifacts a person may want to look at are kept after the run. */
    static final Path ARTIFACTS = Path.of("target", "e2e-artifacts");

    private static final String READER = """
            <script>
            window.addEventListener('load', function () {
              var seen = [];
              document.querySelectorAll('table').forEach(function (table) {
                var caption = table.querySelector('caption');
                var box = table.getBoundingClientRect();
                var rows = Array.from(table.querySelectorAll('tbody tr')).map(function (tr) {
                  return Array.from(tr.children).map(function (td) { return td.innerText; }).join(' | ');
                });
                var notes = [];
                var next = table.nextElementSibling;
                if (next && next.tagName === 'UL') {
                  notes = Array.from(next.querySelectorAll('li')).map(function (li) { return li.innerText; });
                }
                seen.push({caption: caption ? caption.innerText : '', visible: box.width > 0 && box.height > 0,
                  rows: rows, notes: notes});
              });
              var out = document.createElement('pre');
              out.id = 'celonis-seen';
              out.textContent = JSON.stringify({height: document.documentElement.scrollHeight, tables: seen});
              document.body.appendChild(out);
            });
            </script>
            """;

    @TempDir
    static Path work;

    static JsonNode seen;
    static Path screenshot;

    @BeforeAll
    static void render() throws Exception {
        JupyterHarness jupyter = new JupyterHarness(work);
        JupyterHarness.Executed nb = jupyter.run(JupyterHarness.repoNotebook("02-least-privilege.ipynb"), Map.of(), false);
        assertTrue(nb.run().succeeded(), nb.run().log());
        Path executed = work.resolve("02-least-privilege.executed.ipynb");
        Files.write(executed, nb.bytes());
        Path html = toHtml(executed);
        Files.createDirectories(ARTIFACTS);
        Files.copy(html, ARTIFACTS.resolve("02-least-privilege.html"), StandardCopyOption.REPLACE_EXISTING);

        HeadlessChromium chromium = HeadlessChromium.find(work);
        Path withReader = work.resolve("02-least-privilege.seen.html");
        Files.writeString(withReader, Files.readString(html).replace("</body>", READER + "</body>"));
        seen = JupyterHarness.JSON.readTree(seenJson(chromium.dumpDom(withReader)));
        screenshot = ARTIFACTS.resolve("02-least-privilege.png");
        chromium.screenshot(html, screenshot, 1400, Math.min(16000, seen.path("height").asInt(4000)));
    }

    private static Path toHtml(Path notebook) throws Exception {
        Path jupyter = JupyterCommand.find().orElseThrow().executable();
        Process p = new ProcessBuilder(jupyter.toString(), "nbconvert", "--to", "html", notebook.toString(),
                "--output", "02-least-privilege", "--output-dir", work.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "nbconvert --to html failed:\n" + log);
        return work.resolve("02-least-privilege.html");
    }

    /** The reader's JSON from the serialised DOM, whose text nodes escape {@code & < >}. */
    private static String seenJson(String dom) {
        Matcher m = Pattern.compile("<pre id=\"celonis-seen\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertTrue(m.find(), "the page's reader did not run; the DOM was:\n" + dom.substring(0, Math.min(2000, dom.length())));
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The first visible table with this caption, as seen. */
    private static JsonNode table(String caption) {
        for (JsonNode t : seen.path("tables")) {
            if (t.path("caption").asText().equals(caption) && t.path("visible").asBoolean()) {
                return t;
            }
        }
        throw new AssertionError("no visible table captioned " + caption + " in " + seen);
    }

    private static List<String> rows(JsonNode table) {
        List<String> rows = new ArrayList<>();
        table.path("rows").forEach(r -> rows.add(r.asText()));
        return rows;
    }

    private static List<String> notes(JsonNode table) {
        List<String> notes = new ArrayList<>();
        table.path("notes").forEach(n -> notes.add(n.asText()));
        return notes;
    }

    @Test
    void theOnePoolGrantWithoutEffectReadsAsTheReportWroteIt() {
        JsonNode both = table("Permissions of the Application Key 'both-grants'");
        assertEquals(List.of(
                "Data Integration | EDIT_ALL_DATA_POOLS | Edit all data pools | high | whole service | effective: reaches"
                        + " every data pool",
                "Data Integration | DATA_PUSH_API | Push data into the pool | high | data pool 'SAP ECC - Order to Cash' |"
                        + " no effect: EDIT_ALL_DATA_POOLS covers every pool"), rows(both));
        assertEquals(List.of("Note: The one-pool grant on 'SAP ECC - Order to Cash' (DATA_PUSH_API) has no effect:"
                + " EDIT_ALL_DATA_POOLS covers every pool."), notes(both));
    }

    @Test
    void theAdminsRightsShowWithTheirAmpersandEscapedOnceAndTheWarningBelow() {
        JsonNode admin = table("Permissions of the User Key of 'Ada Admin'");
        List<String> rows = rows(admin);
        assertEquals(11, rows.size());
        assertEquals("Admin & Settings | MANAGE_APPLICATIONS | Create and manage application keys | critical | whole"
                + " service | effective", rows.get(7));
        assertEquals(List.of("Warning: This key carries every right of its user, here 11 critical ones; create an"
                + " application key with only what this notebook needs: Admin & Settings → Applications."), notes(admin));
    }

    @Test
    void theNewKeysEmptyReportShowsNoneAndWhatThatMeans() {
        JsonNode empty = table("Permissions of the Application Key 'notebook-02'");
        assertEquals(List.of("(none)"), rows(empty));
        assertEquals(List.of("Note: This key has no permissions: it can log in but sees no data. Grant only what this"
                + " notebook needs: Admin & Settings → Applications → Permissions."), notes(empty));
    }

    @Test
    void theStrictReportShowsThePolicyColumn() {
        List<JsonNode> adminTables = new ArrayList<>();
        seen.path("tables").forEach(t -> {
            if (t.path("caption").asText().equals("Permissions of the User Key of 'Ada Admin'")) {
                adminTables.add(t);
            }
        });
        assertEquals(2, adminTables.size(), "the plain report, then the one measured against the policy");
        List<String> rows = rows(adminTables.get(1));
        assertEquals("Data Integration | USE_ALL_DATA_MODELS | Use all data models | low | whole service | missing:"
                + " required by the policy; the notebook will fail where it uses it | MISSING", rows.get(rows.size() - 1));
        assertTrue(rows.get(0).endsWith(" | EXCESS"), rows.get(0));
    }

    @Test
    void aScreenshotIsKeptForPeopleToLookAt() throws Exception {
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 10_000, "a screenshot of " + png.length + " bytes is too small to show the report");
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
    }
}
