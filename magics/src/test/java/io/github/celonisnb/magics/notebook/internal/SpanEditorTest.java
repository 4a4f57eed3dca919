package io.github.celonisnb.magics.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpanEditorTest {

    private static String edit(String json, java.util.function.BiConsumer<SpanEditor, SpanTree.ObjectNode> edits)
            throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        SpanTree.ObjectNode root = SpanTree.parse(bytes);
        SpanEditor editor = new SpanEditor(bytes, root);
        edits.accept(editor, root);
        return new String(editor.result(), StandardCharsets.UTF_8);
    }

    @Test
    void removesAMiddleMemberWithTheCommaBeforeIt() throws Exception {
        assertEquals("{\n \"a\": 1,\n \"c\": 3\n}\n", edit("{\n \"a\": 1,\n \"b\": 2,\n \"c\": 3\n}\n",
                (e, r) -> e.remove(r, r.members().get(1))));
    }

    @Test
    void removesTheFirstMemberUpToTheNextOne() throws Exception {
        assertEquals("{\n \"b\": 2\n}", edit("{\n \"a\": 1,\n \"b\": 2\n}", (e, r) -> e.remove(r, r.members().get(0))));
    }

    @Test
    void removesTheLastMemberWithItsComma() throws Exception {
        assertEquals("{\r\n \"a\": 1\r\n}", edit("{\r\n \"a\": 1,\r\n \"b\": 2\r\n}",
                (e, r) -> e.remove(r, r.members().get(1))));
    }

    @Test
    void writesAnEmptyObjectWhenEveryMemberIsRemoved() throws Exception {
        assertEquals("{\"m\": {}, \"x\": 1}", edit("{\"m\": {\n  \"a\": 1,\n  \"b\": 2\n }, \"x\": 1}", (e, r) -> {
            SpanTree.ObjectNode m = (SpanTree.ObjectNode) r.get("m");
            e.remove(m, m.members().get(0));
            e.remove(m, m.members().get(1));
        }));
    }

    @Test
    void replacesValuesAndRemovesArrayElementsAtAnyDepth() throws Exception {
        assertEquals("{\"c\": [{\"n\": null}, {\"n\": 3}], \"k\": 1.0E-5}",
                edit("{\"c\": [{\"n\": 1}, {\"n\": 2}, {\"n\": 3}], \"k\": 1.0E-5}", (e, r) -> {
                    SpanTree.ArrayNode c = (SpanTree.ArrayNode) r.get("c");
                    e.replace(((SpanTree.ObjectNode) c.elements().get(0)).get("n"), "null");
                    e.remove(c, c.elements().get(1));
                }));
    }

    @Test
    void returnsTheInputArrayWhenNothingWasEdited() throws Exception {
        byte[] bytes = "{\"a\": [1, 2]}".getBytes(StandardCharsets.UTF_8);
        SpanEditor editor = new SpanEditor(bytes, SpanTree.parse(bytes));

        org.junit.jupiter.api.Assertions.assertSame(bytes, editor.result());
    }
}
