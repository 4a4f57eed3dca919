package io.github.celonisnb.magics.notebook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A notebook cut into its tokens and the bytes between them, to check that a rewrite touched only the tokens it
 * was meant to. Also lists every decoded string (values and field names) of a file.
 */
public final class RawTokens {

    /** One token: its raw bytes, the bytes before it since the previous token, and its decoded text if a string. */
    public record Token(JsonToken type, byte[] gapBefore, byte[] raw, String text) {
        public boolean sameBytes(Token other) {
            return type == other.type && Arrays.equals(gapBefore, other.gapBefore) && Arrays.equals(raw, other.raw);
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private RawTokens() {
    }

    /** The tokens of {@code json}, plus a final pseudo-token (null type) holding the trailing bytes. */
    public static List<Token> of(byte[] json) {
        List<Token> tokens = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            long previousEnd = 0;
            JsonToken type;
            while ((type = parser.nextToken()) != null) {
                String text = type == JsonToken.VALUE_STRING || type == JsonToken.FIELD_NAME ? parser.getText()
                        : null;
                if (type != JsonToken.VALUE_STRING && type != JsonToken.FIELD_NAME) {
                    parser.getText();
                }
                long start = parser.currentTokenLocation().getByteOffset();
                long end = parser.currentLocation().getByteOffset();
                if (type == JsonToken.FIELD_NAME) {
                    end = stringEnd(json, (int) start);
                }
                tokens.add(new Token(type, Arrays.copyOfRange(json, (int) previousEnd, (int) start),
                        Arrays.copyOfRange(json, (int) start, (int) end), text));
                previousEnd = end;
            }
            tokens.add(new Token(null, Arrays.copyOfRange(json, (int) previousEnd, json.length), new byte[0], null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Every decoded string value and field name, in file order. */
    public static List<String> strings(byte[] json) {
        return of(json).stream().filter(t -> t.text() != null).map(Token::text).toList();
    }

    private static int stringEnd(byte[] json, int start) {
        int i = start + 1;
        while (json[i] != '"') {
            i += json[i] == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
