package io.github.celonisnb.magics.notebook.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes a few values of a {@link SpanTree} and writes the file back with every other byte as it was: a removed
 * member takes its comma and the blank before it along, a container left empty becomes {@code {}} or {@code []}, a
 * replaced value is written in its place.
 */
public final class SpanEditor {

    private final byte[] bytes;
    private final Map<SpanTree.Node, String> replacements = new IdentityHashMap<>();
    private final Set<Object> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Nodes with an edit at or below them; only these are walked when writing. */
    private final Set<SpanTree.Node> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<SpanTree.Node, SpanTree.Node> parents = new IdentityHashMap<>();

    public SpanEditor(byte[] bytes, SpanTree.ObjectNode root) {
        this.bytes = bytes;
        index(root);
    }

    /** Replaces a value by raw JSON text. */
    public void replace(SpanTree.Node node, String json) {
        replacements.put(node, json);
        markDirty(parents.get(node));
    }

    /** Removes a member from the object that holds it. */
    public void remove(SpanTree.ObjectNode object, SpanTree.Member member) {
        removed.add(member);
        markDirty(object);
    }

    /** Removes an element from the array that holds it. */
    public void remove(SpanTree.ArrayNode array, SpanTree.Node element) {
        removed.add(element);
        markDirty(array);
    }

    /** The edited file; the original array when nothing was edited. */
    public byte[] result() {
        if (dirty.isEmpty()) {
            return bytes;
        }
        SpanTree.Node root = null;
        for (SpanTree.Node node : parents.keySet()) {
            if (parents.get(node) == null) {
                root = node;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, (int) root.start);
        emit(root, out);
        out.write(bytes, (int) root.end, bytes.length - (int) root.end);
        return out.toByteArray();
    }

    private void index(SpanTree.ObjectNode root) {
        List<SpanTree.Node> todo = new ArrayList<>();
        parents.put(root, null);
        todo.add(root);
        while (!todo.isEmpty()) {
            SpanTree.Node node = todo.remove(todo.size() - 1);
            for (SpanTree.Node child : children(node)) {
                parents.put(child, node);
                todo.add(child);
            }
        }
    }

    private static List<SpanTree.Node> children(SpanTree.Node node) {
        if (node instanceof SpanTree.ObjectNode object) {
            return object.members().stream().map(SpanTree.Member::value).toList();
        }
        if (node instanceof SpanTree.ArrayNode array) {
            return array.elements();
        }
        return List.of();
    }

    private void markDirty(SpanTree.Node node) {
        for (SpanTree.Node n = node; n != null && dirty.add(n); n = parents.get(n)) {
            // Walks up until an already dirty ancestor.
        }
    }

    private record Piece(long start, long end, SpanTree.Node node, boolean delete) {
    }

    private void emit(SpanTree.Node node, ByteArrayOutputStream out) {
        String replacement = replacements.get(node);
        if (replacement != null) {
            byte[] json = replacement.getBytes(StandardCharsets.UTF_8);
            out.write(json, 0, json.length);
            return;
        }
        if (!dirty.contains(node)) {
            out.write(bytes, (int) node.start, (int) (node.end - node.start));
            return;
        }
        List<long[]> spans = new ArrayList<>();
        List<SpanTree.Node> values = new ArrayList<>();
        List<Boolean> gone = new ArrayList<>();
        if (node instanceof SpanTree.ObjectNode object) {
            for (SpanTree.Member member : object.members()) {
                spans.add(new long[] {member.start(), member.end()});
                values.add(member.value());
                gone.add(removed.contains(member));
            }
        } else {
            for (SpanTree.Node element : ((SpanTree.ArrayNode) node).elements()) {
                spans.add(new long[] {element.start, element.end});
                values.add(element);
                gone.add(removed.contains(element));
            }
        }
        if (!gone.isEmpty() && !gone.contains(false)) {
            String empty = node instanceof SpanTree.ObjectNode ? "{}" : "[]";
            out.write(empty.getBytes(StandardCharsets.US_ASCII), 0, 2);
            return;
        }
        List<Piece> pieces = new ArrayList<>();
        int n = spans.size();
        for (int i = 0; i < n; i++) {
            if (!gone.get(i)) {
                pieces.add(new Piece(spans.get(i)[0], spans.get(i)[1], values.get(i), false));
                continue;
            }
            int j = i;
            while (j + 1 < n && gone.get(j + 1)) {
                j++;
            }
            if (i > 0) {
                // Drop from the end of the last kept child through the end of the run: its comma goes too.
                pieces.add(new Piece(spans.get(i - 1)[1], spans.get(j)[1], null, true));
            } else {
                // The run starts the container: drop up to the next kept child's start.
                pieces.add(new Piece(spans.get(0)[0], spans.get(j + 1)[0], null, true));
            }
            i = j;
        }
        pieces.sort(Comparator.comparingLong(Piece::start));
        long at = node.start;
        for (Piece piece : pieces) {
            out.write(bytes, (int) at, (int) (piece.start - at));
            if (!piece.delete) {
                // A member's piece starts at its name: copy the name and colon, then write the value.
                out.write(bytes, (int) piece.start, (int) (piece.node.start - piece.start));
                emit(piece.node, out);
            }
            at = piece.end;
        }
        out.write(bytes, (int) at, (int) (node.end - at));
    }
}
