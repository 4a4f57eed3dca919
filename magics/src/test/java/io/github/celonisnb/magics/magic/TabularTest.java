package io.github.celonisnb.magics.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TabularTest {

    /** A table given by its parts. */
    record Table(String title, List<String> columns, List<List<String>> rows) implements Tabular {
    }

    private static final Table POOLS = new Table("Data pools (2)", List.of("id", "name", "permissions"), List.of(
            List.of("p-1", "Sales", "USE_ALL_DATA_MODELS, ADMIN"),
            List.of("p-22", "Ops", "")));

    @Test
    void textAlignsEveryColumnToItsWidestCellAndEndsNoLineWithSpaces() {
        assertEquals("""
                Data pools (2)
                id    name   permissions
                ----  -----  --------------------------
                p-1   Sales  USE_ALL_DATA_MODELS, ADMIN
                p-22  Ops""", POOLS.toText());
    }

    @Test
    void htmlIsATableWithTheTitleAsCaption() {
        assertEquals("""
                <table>
                <caption>Data pools (2)</caption>
                <thead><tr><th>id</th><th>name</th><th>permissions</th></tr></thead>
                <tbody>
                <tr><td>p-1</td><td>Sales</td><td>USE_ALL_DATA_MODELS, ADMIN</td></tr>
                <tr><td>p-22</td><td>Ops</td><td></td></tr>
                </tbody>
                </table>""", POOLS.toHtml());
    }

    @Test
    void htmlEscapesEveryCellHeaderAndTheCaption() {
        Table table = new Table("<b>Pools</b>", List.of("<i>name</i>"), List.of(
                List.of("<script>alert('x')</script>"), List.of("Tom & \"Jerry\"")));
        assertEquals("""
                <table>
                <caption>&lt;b&gt;Pools&lt;/b&gt;</caption>
                <thead><tr><th>&lt;i&gt;name&lt;/i&gt;</th></tr></thead>
                <tbody>
                <tr><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td></tr>
                <tr><td>Tom &amp; &quot;Jerry&quot;</td></tr>
                </tbody>
                </table>""", table.toHtml());
    }

    @Test
    void anEmptyTableSaysSoInBothForms() {
        Table empty = new Table("Spaces (0)", List.of("id", "name"), List.of());
        assertEquals("Spaces (0)\n(none)", empty.toText());
        assertEquals("""
                <table>
                <caption>Spaces (0)</caption>
                <thead><tr><th>id</th><th>name</th></tr></thead>
                <tbody>
                <tr><td colspan="2">(none)</td></tr>
                </tbody>
                </table>""", empty.toHtml());
    }

    @Test
    void lineBreaksAndTabsInACellShowAsSpacesInText() {
        Table table = new Table("Odd\nnames", List.of("name", "n"), List.of(
                List.of("two\nlines", "1"), List.of("tab\there", "2")));
        assertEquals("""
                Odd names
                name       n
                ---------  -
                two lines  1
                tab here   2""", table.toText());
    }

    @Test
    void aNullCellShowsAsEmpty() {
        Table table = new Table("T", List.of("a", "b"), List.of(Arrays.asList(null, "x")));
        assertEquals("T\na  b\n-  -\n   x", table.toText());
        assertEquals("<tr><td></td><td>x</td></tr>", table.toHtml().lines().toList().get(4));
    }

    @Test
    void widthsCountCharactersNotUtf16Units() {
        Table table = new Table("T", List.of("name", "n"), List.of(List.of("\uD83D\uDE00", "1"), List.of("abc", "2")));
        assertEquals("T\nname  n\n----  -\n\uD83D\uDE00     1\nabc   2", table.toText());
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedNamingTheRowAndTheTable() {
        Table table = new Table("Spaces (1)", List.of("id", "name"), List.of(List.of("s-1")));
        IllegalStateException e = assertThrows(IllegalStateException.class, table::toText);
        assertEquals("Row 1 of the table 'Spaces (1)' has 1 cell, but the table has 2 columns", e.getMessage());
        assertThrows(IllegalStateException.class, table::toHtml);
    }
}
