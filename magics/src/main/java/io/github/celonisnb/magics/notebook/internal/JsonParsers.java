package io.github.celonisnb.magics.notebook.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one place where notebook parsers are configured: no string length limit (outputs of 20 million characters and
 * more exist), deep nesting allowed for JSON outputs, source never included in locations, duplicate keys accepted
 * (each one is scanned), the caller's stream left open, and always Jackson's UTF-8 byte parser, whose locations are
 * byte offsets. Parse errors become {@link InvalidNotebookException}s that
 * keep the position and drop Jackson's message, which quotes the input.
 */
public final class JsonParsers {

    /** Nesting depth allowed; real notebooks stay below 30, JSON outputs may go deeper. */
    static final int MAX_NESTING = 10_000;

    private JsonParsers() {
    }

    /**
     * A new factory for every parse: field names are kept in the factory's symbol table, and a field name may hold a
     * secret, so the table must not outlive the parse. (Turning canonicalization off instead would make Jackson
     * decode through a reader and report character offsets, not byte offsets.)
     */
    private static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNestingDepth(MAX_NESTING)
                        .maxDocumentLength(-1)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
    }

    public static JsonParser open(byte[] bytes) throws IOException {
        return factory().createParser(bytes);
    }

    public static JsonParser open(InputStream in) throws IOException {
        return factory().createParser(in);
    }

    /**
     * The exception a user sees for a parse failure: reason and position, no input text.
     *
     * @param inputEnd the total number of input bytes when the whole input has been read, else -1; an error at
     *                 that offset means the input ended too early, whatever Jackson calls it
     */
    public static InvalidNotebookException invalid(JsonProcessingException e, long inputEnd) {
        InvalidNotebookException.Reason reason;
        JsonLocation at = e.getLocation();
        boolean atEnd = inputEnd >= 0 && at != null && at.getByteOffset() >= inputEnd;
        if (e instanceof JsonEOFException || (atEnd && !(e instanceof StreamConstraintsException))) {
            reason = InvalidNotebookException.Reason.TRUNCATED;
        } else if (e instanceof StreamConstraintsException) {
            reason = InvalidNotebookException.Reason.LIMIT_EXCEEDED;
        } else {
            reason = InvalidNotebookException.Reason.MALFORMED_JSON;
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        InvalidNotebookException invalid = new InvalidNotebookException(reason, line, column);
        // The cause is not attached: its message quotes the input.
        return invalid;
    }

    /**
     * Reads on after the top-level value and throws when anything but blanks follows it. Whatever the parser makes of
     * those bytes (another value, a broken one, bytes that are not JSON at all, a file ending inside them), the
     * notebook before them is complete, so the reason is always
     * {@link InvalidNotebookException.Reason#TRAILING_CONTENT}, never truncation, at the first character that is not
     * a blank.
     *
     * @param valueEnd byte offset of the top-level value's closing brace
     */
    static void requireEnd(JsonParser parser, long valueEnd) throws IOException, InvalidNotebookException {
        int line;
        int column;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            line = parser.currentTokenLocation().getLineNr();
            column = parser.currentTokenLocation().getColumnNr();
        } catch (JsonProcessingException e) {
            JsonLocation token = parser.currentTokenLocation();
            JsonLocation read = e.getLocation();
            if (token.getByteOffset() > valueEnd) {
                // The parser had found where the next token starts, then failed to read it.
                line = token.getLineNr();
                column = token.getColumnNr();
            } else if (read != null) {
                // It failed while skipping blanks, on a byte that is none (a control character, a '/' starting a
                // comment): the byte it had just read, one column before where it stopped.
                line = read.getLineNr();
                column = Math.max(1, read.getColumnNr() - 1);
            } else {
                line = -1;
                column = -1;
            }
        }
        throw new InvalidNotebookException(InvalidNotebookException.Reason.TRAILING_CONTENT, line, column);
    }

    /**
     * Rejects UTF-16 and UTF-32 input by its first bytes (a byte order mark, or a zero byte among the first four):
     * the sanitizer copies bytes and finds string ends by byte, which is only right for UTF-8.
     */
    public static void requireUtf8(byte[] head, int length) throws InvalidNotebookException {
        int n = Math.min(length, 4);
        if (n >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
                || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
            throw new InvalidNotebookException(InvalidNotebookException.Reason.NOT_UTF8, 1, 1);
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new InvalidNotebookException(InvalidNotebookException.Reason.NOT_UTF8, 1, 1);
            }
        }
    }
}
