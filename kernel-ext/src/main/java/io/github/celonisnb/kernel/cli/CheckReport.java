package io.github.celonisnb.kernel.cli;

import java.util.List;
import java.util.Objects;

import io.github.celonisnb.magics.notebook.NotebookFinding;

/**
 * What {@code check} found, for the report writers: every notebook checked with its findings, and the files that
 * could not be checked.
 *
 * @param notebooks the notebooks that were read, in the order given, each with its findings (possibly none)
 * @param unreadable the files that are not valid notebooks or could not be read
 */
record CheckReport(List<Checked> notebooks, List<Unreadable> unreadable) {

    CheckReport {
        notebooks = List.copyOf(notebooks);
        unreadable = List.copyOf(unreadable);
    }

    /** One notebook and what was found in it, in file order. */
    record Checked(String file, List<NotebookFinding> findings) {
        Checked {
            Objects.requireNonNull(file, "file");
            findings = List.copyOf(findings);
        }
    }

    /**
     * A file that could not be checked.
     *
     * @param file    the name shown
     * @param message what is wrong and what to do, without the file's content
     * @param line    1-based line of the problem, or -1
     * @param column  1-based column, or -1
     */
    record Unreadable(String file, String message, int line, int column) {
        Unreadable {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(message, "message");
        }
    }

    /** How many files were given: those read and those that could not be. */
    int fileCount() {
        return notebooks.size() + unreadable.size();
    }

    /** All findings, across notebooks. */
    int findingCount() {
        return notebooks.stream().mapToInt(n -> n.findings().size()).sum();
    }

    /** Notebooks with at least one finding. */
    int notebooksWithFindings() {
        return (int) notebooks.stream().filter(n -> !n.findings().isEmpty()).count();
    }

    /** The exit code: invalid input first (nothing can be vouched for), then findings. */
    int exitCode() {
        if (!unreadable.isEmpty()) {
            return ExitCodes.USAGE;
        }
        return findingCount() > 0 ? ExitCodes.FOUND_PROBLEM : ExitCodes.OK;
    }

    /**
     * The summary line for stderr, e.g. {@code found 3 secrets in 2 of 5 notebooks}, or with files that could not be
     * checked {@code no secrets in 4 notebooks checked; 1 could not be checked}.
     */
    String summary() {
        String checked = Plural.of(notebooks.size(), "notebook") + (unreadable.isEmpty() ? "" : " checked");
        String line = findingCount() == 0
                ? "no secrets in " + checked
                : "found " + Plural.of(findingCount(), "secret") + " in " + notebooksWithFindings() + " of " + checked;
        if (!unreadable.isEmpty()) {
            line += "; " + unreadable.size() + " could not be checked";
        }
        return line;
    }

    /** Where a finding is, in words: {@code cell 2, output 0}, {@code cell 2}, or {@code the notebook outside its cells}. */
    static String place(NotebookFinding finding) {
        if (finding.cell() < 0) {
            return "the notebook outside its cells";
        }
        return finding.output() < 0 ? "cell " + finding.cell()
                : "cell " + finding.cell() + ", output " + finding.output();
    }
}
