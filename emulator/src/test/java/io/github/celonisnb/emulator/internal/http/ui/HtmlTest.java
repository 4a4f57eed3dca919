package io.github.celonisnb.emulator.internal.http.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveCharactersThatEndTextOrAnAttribute() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>&amp;</a>"));
    }

    @Test
    void leavesOtherTextAsItIsAndReadsNullAsEmpty() {
        assertEquals("Data Integration → pools, ü", Html.escape("Data Integration → pools, ü"));
        assertEquals("", Html.escape(null));
    }
}
