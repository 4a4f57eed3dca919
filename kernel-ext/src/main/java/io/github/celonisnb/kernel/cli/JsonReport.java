package io.github.celonisnb.kernel.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.celonisnb.magics.notebook.NotebookFinding;

/**
 * The JSON report:
 * <pre>{@code
 * {"notebooks": 5,
 *  "findings": [{"file": "nb.ipynb", "line": 14, "cell": 2, "output": 0,
 *                "path": "cells[2].outputs[0].text", "kind": "celonis-app-key"}],
 *  "invalid": [{"file": "bad.ipynb", "line": 3, "column": 7, "message": "Not a valid notebook: ..."}]}
 * }</pre>
 * {@code cell} and {@code output} are null where the finding is not in a cell or not in an output; {@code line} and
 * {@code column} of an invalid file are null when unknown. Cells and outputs count from 0, as in the path.
 */
final class JsonReport {

    static final ObjectMapper JSON = new ObjectMapper();

    private JsonReport() {
    }

    static void write(CheckReport report, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("notebooks", report.fileCount());
        ArrayNode findings = root.putArray("findings");
        for (CheckReport.Checked notebook : report.notebooks()) {
            for (NotebookFinding finding : notebook.findings()) {
                ObjectNode f = findings.addObject();
                f.put("file", notebook.file());
                f.put("line", finding.line());
                putIndex(f, "cell", finding.cell());
                putIndex(f, "output", finding.output());
                f.put("path", finding.path());
                f.put("kind", finding.kind());
            }
        }
        ArrayNode invalid = root.putArray("invalid");
        for (CheckReport.Unreadable file : report.unreadable()) {
            ObjectNode i = invalid.addObject();
            i.put("file", file.file());
            putIndex(i, "line", file.line());
            putIndex(i, "column", file.column());
            i.put("message", file.message());
        }
        out.println(pretty(root));
        out.flush();
    }

    private static void putIndex(ObjectNode node, String name, int value) {
        if (value < 0) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    static String pretty(ObjectNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report tree could not be written as JSON", e);
        }
    }
}
