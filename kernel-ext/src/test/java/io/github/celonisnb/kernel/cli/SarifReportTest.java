package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SarifReportTest {

    @Test
    void relativeNamesStayRelativeWithCharactersPercentEncoded() {
        assertEquals("notebooks/nb.ipynb", SarifReport.uri("notebooks/nb.ipynb"));
        assertEquals("my%20notebooks/%C3%BCber.ipynb", SarifReport.uri("my notebooks/über.ipynb"));
    }

    @Test
    void aColonInTheFirstSegmentCannotBeReadAsAScheme() {
        assertEquals("./c:nb.ipynb", SarifReport.uri("c:nb.ipynb"));
    }

    @Test
    void absoluteNamesBecomeFileUris() {
        assertEquals("file:///tmp/a%20b/nb.ipynb", SarifReport.uri("/tmp/a b/nb.ipynb"));
    }
}
