package io.github.celonisnb.magics.notebook.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.celonisnb.magics.notebook.InputShape;
import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A notebook parsed into a tree that remembers where every value sits in the file, so that a transformation can
 * change a few values and copy the rest of the bytes ({@link SpanEditor}). Strings keep their decoded text up to
 * {@value #KEPT_TEXT} characters, and always their length in code points and whether they are blank.
 */
public final class SpanTree {

    /** Longer strings keep only their length and blankness: nothing reads their text. */
    static final int KEPT_TEXT = 1 << 16;

    /** Any JSON value with its byte range {@code [start, end)} in the file. */
    public abstract static sealed class Node permits ObjectNode, ArrayNode, ScalarNode {
        long start;
        long end;

        public long start() {
            return start;
        }

        public long end() {
            return end;
        }
    }

    /** A member of an object; its range runs from the name's opening quote to the end of the value. */
    public record Member(String name, long nameStart, Node value) {
        public long start() {
            return nameStart;
        }

        public long end() {
            return value.end;
        }
    }

    public static final class ObjectNode extends Node {
        final List<Member> members = new ArrayList<>();

        public List<Member> members() {
            return members;
        }

        /** The last member with this name (what a JSON reader that keeps the last duplicate sees), or null. */
        public Node get(String name) {
            for (int i = members.size() - 1; i >= 0; i--) {
                if (members.get(i).name().equals(name)) {
                    return members.get(i).value();
                }
            }
            return null;
        }

        public boolean has(String name) {
            return get(name) != null;
        }
    }

    public static final class ArrayNode extends Node {
        final List<Node> elements = new ArrayList<>();

        public List<Node> elements() {
            return elements;
        }
    }

    public static final class ScalarNode extends Node {
        final JsonToken type;
        final String text;
        final long length;
        final boolean blank;

        ScalarNode(JsonToken type, String text, long length, boolean blank) {
            this.type = type;
            this.text = text;
            this.length = length;
            this.blank = blank;
        }

        public JsonToken type() {
            return type;
        }

        /** Decoded text of a string (null when longer than kept), raw text of a number or literal. */
        public String text() {
            return text;
        }

        /** Length in code points of a string, or of the raw text of a number or literal. */
        public long length() {
            return length;
        }

        /** Whether a string holds only whitespace. */
        public boolean blank() {
            return blank;
        }

        public boolean isString() {
            return type == JsonToken.VALUE_STRING;
        }

        public boolean isNull() {
            return type == JsonToken.VALUE_NULL;
        }
    }

    private SpanTree() {
    }

    /** Parses any JSON object. */
    public static ObjectNode parse(byte[] bytes) throws InvalidNotebookException {
        return parse(bytes, null);
    }

    /** Parses a whole notebook, refusing JSON that is not laid out as one ({@link InputShape#NOTEBOOK}). */
    public static ObjectNode parseNotebook(byte[] bytes) throws InvalidNotebookException {
        return parse(bytes, new NotebookShape());
    }

    private static ObjectNode parse(byte[] bytes, NotebookShape shape) throws InvalidNotebookException {
        JsonParsers.requireUtf8(bytes, bytes.length);
        try (JsonParser parser = JsonParsers.open(bytes)) {
            return parse(parser, bytes, shape);
        } catch (JsonProcessingException e) {
            throw JsonParsers.invalid(e, bytes.length);
        } catch (IOException e) {
            throw new IllegalStateException("Reading a byte array failed", e);
        }
    }

    private static ObjectNode parse(JsonParser parser, byte[] bytes, NotebookShape shape)
            throws IOException, InvalidNotebookException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new InvalidNotebookException(InvalidNotebookException.Reason.EMPTY, -1, -1);
        }
        if (first != JsonToken.START_OBJECT) {
            throw NotebookShape.notAnObject(first, parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr());
        }
        if (shape != null) {
            shape.token(first, parser);
        }
        ObjectNode root = new ObjectNode();
        root.start = parser.currentTokenLocation().getByteOffset();
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        String pendingName = null;
        long pendingNameStart = -1;
        while (!stack.isEmpty()) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new InvalidNotebookException(InvalidNotebookException.Reason.TRUNCATED,
                        parser.currentLocation().getLineNr(), -1);
            }
            if (shape != null) {
                shape.token(token, parser);
            }
            long at = parser.currentTokenLocation().getByteOffset();
            Node top = stack.get(stack.size() - 1);
            if (token == JsonToken.FIELD_NAME) {
                pendingName = parser.currentName();
                pendingNameStart = at;
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                top.end = at + 1;
                stack.remove(stack.size() - 1);
                continue;
            }
            Node node = switch (token) {
                case START_OBJECT -> new ObjectNode();
                case START_ARRAY -> new ArrayNode();
                case VALUE_STRING -> string(parser.getText());
                default -> new ScalarNode(token, parser.getText(), parser.getText().length(), false);
            };
            node.start = at;
            if (node instanceof ScalarNode scalar) {
                node.end = scalar.isString() ? stringEnd(bytes, at) : at + parser.getText().length();
            }
            if (top instanceof ObjectNode object) {
                object.members.add(new Member(pendingName, pendingNameStart, node));
            } else {
                ((ArrayNode) top).elements.add(node);
            }
            if (node instanceof ObjectNode || node instanceof ArrayNode) {
                stack.add(node);
            }
        }
        JsonParsers.requireEnd(parser, root.end - 1);
        if (shape != null) {
            shape.end();
        }
        return root;
    }

    private static ScalarNode string(String text) {
        boolean blank = text.isBlank();
        long length = text.codePointCount(0, text.length());
        return new ScalarNode(JsonToken.VALUE_STRING, text.length() <= KEPT_TEXT ? text : null, length, blank);
    }

    private static long stringEnd(byte[] bytes, long start) {
        int i = Math.toIntExact(start) + 1;
        while (bytes[i] != '"') {
            i += bytes[i] == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
