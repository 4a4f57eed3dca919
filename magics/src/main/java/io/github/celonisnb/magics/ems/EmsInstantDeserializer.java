package io.github.celonisnb.magics.ems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an EMS date as an {@link Instant}: epoch milliseconds (a number or a string of digits), or ISO-8601
 * text with or without an offset (without one, UTC). PyCelonis accepts the same forms.
 *
 * <p>A value of another shape fails the mapping; the client turns that into an
 * {@link UnexpectedResponseException}, so the value itself is never quoted.
 */
final class EmsInstantDeserializer extends StdDeserializer<Instant> {

    EmsInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochMilli(parser.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return Instant.ofEpochMilli((long) parser.getDoubleValue());
        }
        if (token == JsonToken.VALUE_STRING) {
            Instant parsed = parse(parser.getText().strip());
            if (parsed != null) {
                return parsed;
            }
        }
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }

    private static Instant parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 18) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
