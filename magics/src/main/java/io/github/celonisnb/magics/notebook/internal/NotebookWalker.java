package io.github.celonisnb.magics.notebook.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.celonisnb.magics.notebook.InputShape;
import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import io.github.celonisnb.magics.notebook.NotebookFinding;
import io.github.celonisnb.magics.secrets.detect.Finding;
import io.github.celonisnb.magics.secrets.detect.RedactionMark;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One pass over a notebook's tokens: tracks the JSON path of every string, scans its decoded value (a list of
 * strings joined, with matches mapped back to the elements), and, when rewriting, sends a replacement for each string
 * token that changes to the {@link PatchSink}. Every other byte is left to the sink to copy.
 *
 * <p>Places: every string anywhere is scanned (sources, outputs, tracebacks, metadata at any depth, attachments,
 * field names, duplicate keys), except base64 image and PDF payloads. Widget state gets one rule of its own: the
 * {@code value} of a {@code PasswordModel} is a secret whatever it looks like.
 *
 * <p>A cell's {@code id} that holds a secret is not given a redaction mark, which nbformat 4.5 would reject (ids are 1
 * to 64 letters, digits, '-' and '_', unique in the notebook): it is replaced whole by {@code redacted-1},
 * {@code redacted-2}, ... in file order, skipping every id the notebook has. Those ids are known only at the end, so
 * the first such id is held until then: when streaming, the rest of the file stays in memory.
 */
final class NotebookWalker {

    /** The kind reported for the value of a password widget. */
    static final String WIDGET_PASSWORD_KIND = "widget-password";

    private static final String PASSWORD_MODEL = "PasswordModel";

    /** How a cell id holding a secret is replaced, followed by a number. */
    static final String REDACTED_ID_PREFIX = "redacted-";

    private record Element(long start, String text, int line) {
    }

    /** One open object or array, with what the walk needs to know about it. */
    private static final class Frame {
        final boolean array;
        final Frame parent;
        /** Member name in the parent object, or null. */
        final String name;
        /** Index in the parent array, or -1. */
        final int index;
        /** Objects: the current member name. */
        String field;
        /** Arrays: index of the next element. */
        int nextIndex;
        /** Arrays: consecutive string elements waiting to be scanned together. */
        List<Element> group = new ArrayList<>();
        /** Objects: the {@code _model_name} member, when seen. */
        String modelName;
        /** Objects: {@code value} members seen before {@code _model_name}. */
        List<Element> deferred = new ArrayList<>();

        Frame(boolean array, Frame parent, String name, int index) {
            this.array = array;
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        boolean isElementOfOutputs() {
            return parent != null && parent.array && "outputs".equals(parent.name);
        }
    }

    private final SecretScanner scanner;
    private final JsonParser parser;
    /** Null when only checking. */
    private final ByteSource raw;
    /** Null when only checking. */
    private final PatchSink sink;
    /** Total input bytes once the input is exhausted, else -1. */
    private final LongSupplier inputEnd;
    /** Checks that the input is laid out as a notebook; null when any JSON object will do. */
    private final NotebookShape shape;
    private final List<NotebookFinding> findings = new ArrayList<>();
    private final List<Frame> stack = new ArrayList<>();
    /** Every cell id of the notebook, for choosing replacements that collide with none. */
    private final Set<String> cellIds = new HashSet<>();
    /** The cell ids holding a secret, in file order; held in the sink until replaced at the end. */
    private final List<Element> secretCellIds = new ArrayList<>();
    private boolean skipNext;
    private long tokenStart;
    private int tokenLine;

    NotebookWalker(SecretScanner scanner, JsonParser parser, ByteSource raw, PatchSink sink,
            LongSupplier inputEnd, InputShape required) {
        this.scanner = scanner;
        this.parser = parser;
        this.raw = raw;
        this.sink = sink;
        this.inputEnd = inputEnd;
        this.shape = required == InputShape.NOTEBOOK ? new NotebookShape() : null;
    }

    /** Walks the whole notebook and returns what was found, in file order. */
    List<NotebookFinding> run() throws IOException, InvalidNotebookException {
        JsonToken first = next();
        if (first == null) {
            throw new InvalidNotebookException(InvalidNotebookException.Reason.EMPTY, -1, -1);
        }
        if (first != JsonToken.START_OBJECT) {
            throw NotebookShape.notAnObject(first, tokenLine, column());
        }
        checkShape(first);
        stack.add(new Frame(false, null, null, -1));
        while (!stack.isEmpty()) {
            JsonToken token = next();
            if (token == null) {
                throw new InvalidNotebookException(InvalidNotebookException.Reason.TRUNCATED, tokenLine, -1);
            }
            checkShape(token);
            handle(token);
        }
        replaceSecretCellIds();
        JsonParsers.requireEnd(parser, tokenStart);
        if (shape != null) {
            shape.end();
        }
        return findings;
    }

    private JsonToken next() throws IOException, InvalidNotebookException {
        boolean skip = skipNext;
        skipNext = false;
        JsonToken token;
        if (skip && sink != null) {
            sink.skipping(true);
        }
        try {
            token = parser.nextToken();
        } catch (JsonProcessingException e) {
            throw JsonParsers.invalid(e, inputEnd.getAsLong());
        } finally {
            if (skip && sink != null) {
                sink.skipping(false);
            }
        }
        if (token != null) {
            JsonLocation location = parser.currentTokenLocation();
            tokenStart = location.getByteOffset();
            tokenLine = location.getLineNr();
            if (sink != null) {
                sink.advance(tokenStart);
            }
        }
        return token;
    }

    private void checkShape(JsonToken token) throws IOException, InvalidNotebookException {
        if (shape == null) {
            return;
        }
        try {
            shape.token(token, parser);
        } catch (JsonProcessingException e) {
            throw JsonParsers.invalid(e, inputEnd.getAsLong());
        }
    }

    private int column() {
        return parser.currentTokenLocation().getColumnNr();
    }

    private String text() throws IOException, InvalidNotebookException {
        try {
            return parser.getText();
        } catch (JsonProcessingException e) {
            throw JsonParsers.invalid(e, inputEnd.getAsLong());
        }
    }

    private void handle(JsonToken token) throws IOException, InvalidNotebookException {
        Frame top = stack.get(stack.size() - 1);
        switch (token) {
            case FIELD_NAME -> {
                String name = parser.currentName();
                top.field = name;
                onFieldName(top, name);
            }
            case START_OBJECT, START_ARRAY -> {
                boolean array = token == JsonToken.START_ARRAY;
                if (top.array) {
                    closeGroup(top);
                    stack.add(new Frame(array, top, null, top.nextIndex++));
                } else {
                    stack.add(new Frame(array, top, top.field, -1));
                }
            }
            case END_OBJECT -> {
                resolveDeferred(top, top.modelName);
                stack.remove(stack.size() - 1);
            }
            case END_ARRAY -> {
                closeGroup(top);
                stack.remove(stack.size() - 1);
            }
            case VALUE_STRING -> onString(top);
            default -> {
                if (top.array) {
                    closeGroup(top);
                    top.nextIndex++;
                }
            }
        }
    }

    private void onFieldName(Frame top, String name) throws IOException {
        List<Finding> found = scanner.scan(name);
        if (found.isEmpty()) {
            return;
        }
        for (Finding finding : found) {
            report(top, name, finding.kind(), tokenLine);
        }
        patch(new Element(tokenStart, name, tokenLine), found);
    }

    private void onString(Frame top) throws IOException, InvalidNotebookException {
        if (top.array) {
            top.nextIndex++;
            if (NotebookPlaces.isBinaryPayload(top.name, top.parent != null && top.parent.isElementOfOutputs())) {
                skipNext = true;
                return;
            }
            if (top.group.isEmpty() && sink != null) {
                sink.hold(tokenStart);
            }
            top.group.add(new Element(tokenStart, text(), tokenLine));
            return;
        }
        String field = top.field;
        if (NotebookPlaces.isBinaryPayload(field, top.isElementOfOutputs())) {
            skipNext = true;
            return;
        }
        Element element = new Element(tokenStart, text(), tokenLine);
        if ("id".equals(field) && isCell(top)) {
            cellId(top, element);
        } else if ("_model_name".equals(field)) {
            top.modelName = element.text;
            scanValue(top, field, element);
            resolveDeferred(top, element.text);
        } else if ("value".equals(field) && PASSWORD_MODEL.equals(top.modelName)) {
            passwordValue(top, element);
        } else if ("value".equals(field) && top.modelName == null) {
            top.deferred.add(element);
            if (sink != null) {
                sink.hold(element.start);
            }
        } else {
            scanValue(top, field, element);
        }
    }

    /** Whether an object is a cell: an element of the top-level {@code cells}, or of a worksheet's (nbformat 3). */
    private static boolean isCell(Frame frame) {
        Frame list = frame.parent;
        if (frame.array || list == null || !list.array || !"cells".equals(list.name)) {
            return false;
        }
        Frame holder = list.parent;
        if (holder.parent == null) {
            return true;
        }
        Frame worksheets = holder.parent;
        return worksheets.array && "worksheets".equals(worksheets.name) && worksheets.parent != null
                && worksheets.parent.parent == null;
    }

    /** Notes a cell's id; one holding a secret is reported now and replaced once every id is known. */
    private void cellId(Frame cell, Element element) {
        cellIds.add(element.text);
        List<Finding> found = scanner.scanField("id", element.text);
        if (found.isEmpty()) {
            return;
        }
        for (Finding finding : found) {
            report(cell, "id", finding.kind(), element.line);
        }
        secretCellIds.add(element);
        if (sink != null) {
            sink.hold(element.start);
        }
    }

    /**
     * Gives each cell id that held a secret the next {@code redacted-N} that is no id of the notebook: valid for
     * nbformat, unique, and the same however often the notebook is sanitized.
     */
    private void replaceSecretCellIds() {
        int number = 0;
        for (Element element : secretCellIds) {
            String id;
            do {
                number++;
                id = REDACTED_ID_PREFIX + number;
            } while (cellIds.contains(id));
            if (sink != null) {
                long end = RawStringToken.tokenEnd(raw, element.start);
                sink.replace(element.start, end, ("\"" + id + "\"").getBytes(StandardCharsets.US_ASCII));
                sink.release(element.start);
            }
        }
    }

    private void resolveDeferred(Frame top, String modelName) throws IOException {
        for (Element element : top.deferred) {
            if (PASSWORD_MODEL.equals(modelName)) {
                passwordValue(top, element);
            } else {
                scanValue(top, "value", element);
            }
            if (sink != null) {
                sink.release(element.start);
            }
        }
        top.deferred.clear();
    }

    private void passwordValue(Frame top, Element element) throws IOException {
        if (element.text.isEmpty() || element.text.startsWith(RedactionMark.PREFIX)) {
            scanValue(top, "value", element);
            return;
        }
        List<Finding> whole = List.of(new Finding(0, element.text.length(), WIDGET_PASSWORD_KIND));
        report(top, "value", WIDGET_PASSWORD_KIND, element.line);
        patch(element, whole);
    }

    private void scanValue(Frame top, String field, Element element) throws IOException {
        List<Finding> found = scanner.scanField(field, element.text);
        if (found.isEmpty()) {
            return;
        }
        for (Finding finding : found) {
            report(top, field, finding.kind(), element.line);
        }
        patch(element, found);
    }

    /**
     * The arrays that are one text cut into lines, as nbformat writes multiline strings: cell sources (v4
     * {@code source}, v3 {@code input}), stream text, and output and attachment data by MIME type (v4 names like
     * {@code text/plain}, v3 {@code html}, {@code latex}, ...). Their elements are joined as they are, so a value
     * split across elements is found whole. Every other array of strings (tags, traceback lines, lists in JSON
     * data or metadata) is a list of separate texts: its elements are scanned with a line break between them, so
     * one element's token does not swallow the next element's first word, and two tokens side by side are two.
     */
    private static boolean isMultilineString(Frame frame) {
        String name = frame.name;
        return name != null && (name.indexOf('/') >= 0 || switch (name) {
            case "source", "input", "text", "html", "latex", "svg", "javascript", "json", "markdown" -> true;
            default -> false;
        });
    }

    /** Scans the pending string elements of an array as one joined value. */
    private void closeGroup(Frame frame) throws IOException {
        List<Element> elements = frame.group;
        if (elements.isEmpty()) {
            return;
        }
        frame.group = new ArrayList<>();
        String separator = isMultilineString(frame) ? "" : "\n";
        int[] starts = new int[elements.size()];
        int[] ends = new int[elements.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                joined.append(separator);
            }
            starts[i] = joined.length();
            joined.append(elements.get(i).text);
            ends[i] = joined.length();
        }
        List<Finding> found = scanner.scanField(frame.name == null ? "" : frame.name, joined.toString());
        for (Finding finding : found) {
            int holder = elementAt(starts, finding.start());
            report(frame, null, finding.kind(), elements.get(holder).line);
        }
        for (int i = 0; i < elements.size() && !found.isEmpty(); i++) {
            List<Finding> local = new ArrayList<>();
            List<Boolean> marked = new ArrayList<>();
            for (Finding finding : found) {
                int from = Math.max(finding.start(), starts[i]);
                int to = Math.min(finding.end(), ends[i]);
                if (from < to) {
                    local.add(new Finding(from - starts[i], to - starts[i], finding.kind()));
                    // The element that holds the finding's first character carries its mark (a finding never
                    // starts inside a separator, but if it did, the element after it would).
                    marked.add(finding.start() >= (i == 0 ? 0 : ends[i - 1]));
                }
            }
            if (!local.isEmpty()) {
                patch(elements.get(i), local, marked);
            }
        }
        if (sink != null) {
            sink.release(elements.get(0).start);
        }
    }

    /** The element a position of the joined text belongs to (a separator to the element after it). */
    private static int elementAt(int[] starts, int position) {
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= position) {
            i++;
        }
        return i;
    }

    private void patch(Element element, List<Finding> spans) throws IOException {
        List<Boolean> marked = new ArrayList<>();
        spans.forEach(s -> marked.add(true));
        patch(element, spans, marked);
    }

    /**
     * Sends the element's token with each span replaced: by the redaction mark where {@code marked}, by nothing where
     * the span continues a secret that started in an earlier element.
     */
    private void patch(Element element, List<Finding> spans, List<Boolean> marked) throws IOException {
        if (sink == null) {
            return;
        }
        long end = RawStringToken.tokenEnd(raw, element.start);
        RawStringToken token = RawStringToken.decode(raw.slice(element.start, end));
        if (!token.text().equals(element.text)) {
            throw new IllegalStateException("The string token at byte " + element.start
                    + " decodes differently from the parser's value");
        }
        String text = element.text;
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        byte[][] replacements = new byte[spans.size()][];
        JsonEscapeStyle style = sink.style();
        for (int k = 0; k < spans.size(); k++) {
            Finding span = spans.get(k);
            starts[k] = widenStart(text, span.start());
            ends[k] = widenEnd(text, span.end());
            if (k > 0 && starts[k] < ends[k - 1]) {
                starts[k] = ends[k - 1];
            }
            replacements[k] = marked.get(k) ? style.encode(RedactionMark.of(span.kind())) : new byte[0];
        }
        sink.replace(element.start, end, token.replace(starts, ends, replacements));
    }

    /** Never split a surrogate pair: a range starting on a low surrogate starts at its high surrogate. */
    private static int widenStart(String text, int start) {
        return start > 0 && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1)) ? start - 1 : start;
    }

    private static int widenEnd(String text, int end) {
        return end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1)) ? end + 1 : end;
    }

    private void report(Frame frame, String field, String kind, int line) {
        List<Object> segments = new ArrayList<>();
        for (Frame f = frame; f != null && f.parent != null; f = f.parent) {
            segments.add(0, f.name != null ? f.name : (Object) f.index);
        }
        if (field != null) {
            segments.add(field);
        }
        int cellAt = -1;
        if (segments.size() >= 2 && "cells".equals(segments.get(0)) && segments.get(1) instanceof Integer) {
            cellAt = 1;
        } else if (segments.size() >= 4 && "worksheets".equals(segments.get(0)) && segments.get(1) instanceof Integer
                && "cells".equals(segments.get(2)) && segments.get(3) instanceof Integer) {
            cellAt = 3;
        }
        int cell = -1;
        int output = -1;
        if (cellAt >= 0) {
            cell = (Integer) segments.get(cellAt);
            if (segments.size() > cellAt + 2 && "outputs".equals(segments.get(cellAt + 1))
                    && segments.get(cellAt + 2) instanceof Integer) {
                output = (Integer) segments.get(cellAt + 2);
            }
        }
        findings.add(new NotebookFinding(cell, output, JsonPathText.render(segments, scanner), kind, line));
    }
}
