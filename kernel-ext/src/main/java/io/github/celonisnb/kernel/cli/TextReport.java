package io.github.celonisnb.kernel.cli;

import java.io.PrintWriter;

import io.github.celonisnb.magics.notebook.NotebookFinding;

/**
 * The plain-text report: one line per finding, in the {@code file:line:} form editors and CI logs link to, e.g.
 * {@code nb.ipynb:14: celonis-app-key in cell 2, output 0 (cells[2].outputs[0].text)}. Files that could not be
 * checked are reported on stderr by the command, not here.
 */
final class TextReport {

    private TextReport() {
    }

    static void write(CheckReport report, PrintWriter out) {
        for (CheckReport.Checked notebook : report.notebooks()) {
            for (NotebookFinding finding : notebook.findings()) {
                out.println(line(notebook.file(), finding));
            }
        }
        out.flush();
    }

    static String line(String file, NotebookFinding finding) {
        return file + ":" + finding.line() + ": " + finding.kind() + " in " + CheckReport.place(finding) + " ("
                + finding.path() + ")";
    }
}
