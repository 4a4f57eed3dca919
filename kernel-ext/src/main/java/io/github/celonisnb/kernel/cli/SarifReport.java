package io.github.celonisnb.kernel.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.celonisnb.magics.ProductVersion;
import io.github.celonisnb.magics.notebook.NotebookFinding;

/**
 * The SARIF 2.1.0 report for code scanning: one run of the tool {@code celonis-nb}, one rule per kind found, one
 * result per finding with the file, the start line and the JSON path as a logical location. Files that could not be
 * checked become tool notifications with {@code executionSuccessful} false.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static void write(CheckReport report, PrintWriter out) {
        ObjectNode root = JsonReport.JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "celonis-nb");
        driver.put("version", ProductVersion.get());
        ArrayNode rules = driver.putArray("rules");
        List<String> ruleIds = new ArrayList<>();
        ArrayNode results = run.putArray("results");
        for (CheckReport.Checked notebook : report.notebooks()) {
            for (NotebookFinding finding : notebook.findings()) {
                int ruleIndex = ruleIds.indexOf(finding.kind());
                if (ruleIndex < 0) {
                    ruleIndex = ruleIds.size();
                    ruleIds.add(finding.kind());
                    addRule(rules, finding.kind());
                }
                addResult(results, notebook.file(), finding, ruleIndex);
            }
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.unreadable().isEmpty());
        if (!report.unreadable().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (CheckReport.Unreadable file : report.unreadable()) {
                ObjectNode notification = notifications.addObject();
                notification.put("level", "error");
                notification.putObject("message").put("text", file.message());
                ObjectNode physical = notification.putArray("locations").addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri(file.file()));
                if (file.line() > 0) {
                    ObjectNode region = physical.putObject("region");
                    region.put("startLine", file.line());
                    if (file.column() > 0) {
                        region.put("startColumn", file.column());
                    }
                }
            }
        }
        out.println(JsonReport.pretty(root));
        out.flush();
    }

    private static void addRule(ArrayNode rules, String kind) {
        ObjectNode rule = rules.addObject();
        rule.put("id", kind);
        rule.put("name", kind);
        rule.putObject("shortDescription").put("text", SecretKinds.describe(kind));
        rule.putObject("help").put("text", "Remove the secret from the notebook with: celonis-nb sanitize FILE."
                + " Then revoke the key: it may already have been copied.");
        rule.putObject("defaultConfiguration").put("level", "error");
    }

    private static void addResult(ArrayNode results, String file, NotebookFinding finding, int ruleIndex) {
        ObjectNode result = results.addObject();
        result.put("ruleId", finding.kind());
        result.put("ruleIndex", ruleIndex);
        result.put("level", "error");
        result.putObject("message").put("text", "A secret (" + finding.kind() + ") in " + CheckReport.place(finding)
                + ", at " + finding.path() + ".");
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(file));
        physical.putObject("region").put("startLine", finding.line());
        location.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.path());
    }

    /**
     * A URI reference for a shown file name: relative names stay relative (code scanning resolves them against the
     * repository root), absolute ones become {@code file:} URIs; characters such as spaces are percent-encoded.
     */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toASCIIString();
        }
        String slashed = file.replace('\\', '/');
        int colon = slashed.indexOf(':');
        if (colon >= 0 && (slashed.indexOf('/') < 0 || colon < slashed.indexOf('/'))) {
            // Otherwise "c:nb.ipynb" would read as a URI with the scheme "c".
            slashed = "./" + slashed;
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The file name " + file + " cannot be written as a URI", e);
        }
    }
}
