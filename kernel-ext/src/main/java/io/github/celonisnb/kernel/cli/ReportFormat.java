package io.github.celonisnb.kernel.cli;

import java.io.PrintWriter;

/** The formats {@code check --format} writes its findings in. */
enum ReportFormat {
    /** One line per finding, {@code file:line: kind in cell 2, output 0 (path)}. */
    TEXT {
        @Override
        void write(CheckReport report, PrintWriter out) {
            TextReport.write(report, out);
        }
    },
    /** One JSON document with every finding and every file that could not be checked. */
    JSON {
        @Override
        void write(CheckReport report, PrintWriter out) {
            JsonReport.write(report, out);
        }
    },
    /** SARIF 2.1.0, for code scanning. */
    SARIF {
        @Override
        void write(CheckReport report, PrintWriter out) {
            SarifReport.write(report, out);
        }
    };

    /** Writes the report to stdout. */
    abstract void write(CheckReport report, PrintWriter out);
}
