package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.celonisnb.magics.notebook.NotebookFinding;

class CheckReportTest {

    @Test
    void namesWhereAFindingIsInWordsThatReadAfterTheKind() {
        assertEquals("cell 2, output 0", CheckReport.place(new NotebookFinding(2, 0, "cells[2].outputs[0].text", "jwt", 9)));
        assertEquals("cell 3", CheckReport.place(new NotebookFinding(3, -1, "cells[3].source", "jwt", 12)));
        assertEquals("the notebook outside its cells",
                CheckReport.place(new NotebookFinding(-1, -1, "metadata.widgets.state.t", "celonis-key", 110)));
    }
}
