package io.github.celonisnb.magics.credentials;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.celonisnb.magics.credentials.CredentialsException.Reason;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.InvalidApiKeyException;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.UnknownKeyTypeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a key file: either JSON {@code {"url": ..., "api_token": ...}} (also {@code base_url}, and an optional
 * {@code key_type}; other fields are ignored) or a raw token file holding just the key.
 *
 * <p>No error message shows the file's content, and no exception from the JSON parser is passed on or chained,
 * because the parser's messages quote the input.
 */
final class KeyFileReader {

    /** Key files are a few hundred bytes; anything this large is the wrong file. */
    static final int MAX_BYTES = 64 * 1024;

    static final String EXPECTED_JSON =
            "{\"url\": \"https://<team>.<realm>.celonis.cloud\", \"api_token\": \"<key>\"}";

    private static final String EXPECTED = "expected " + EXPECTED_JSON + " or a file holding just the key";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private KeyFileReader() {
    }

    static KeyFileContent read(Path file) throws CredentialsException {
        String text = decode(file, readBytes(file));
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        String content = text.strip();
        if (content.isEmpty()) {
            throw new CredentialsException(Reason.KEY_FILE_EMPTY, "Key file " + file + " is empty; " + EXPECTED + ".");
        }
        char first = content.charAt(0);
        return first == '{' || first == '[' ? readJson(file, content) : readRawToken(file, content);
    }

    private static byte[] readBytes(Path file) throws CredentialsException {
        if (!Files.exists(file)) {
            throw new CredentialsException(Reason.KEY_FILE_MISSING, "Key file " + file + " does not exist; "
                    + "give the path of a JSON file " + EXPECTED_JSON + " or of a file holding just the key.");
        }
        if (Files.isDirectory(file)) {
            throw new CredentialsException(Reason.KEY_FILE_NOT_A_FILE,
                    "Key file " + file + " is a directory; " + EXPECTED + ".");
        }
        if (!Files.isRegularFile(file)) {
            throw new CredentialsException(Reason.KEY_FILE_NOT_A_FILE,
                    "Key file " + file + " is not a regular file; " + EXPECTED + ".");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (AccessDeniedException e) {
            throw new CredentialsException(Reason.KEY_FILE_UNREADABLE,
                    "Key file " + file + " cannot be read (access denied); check its permissions.");
        } catch (IOException e) {
            throw new CredentialsException(Reason.KEY_FILE_UNREADABLE,
                    "Key file " + file + " cannot be read (" + e.getClass().getSimpleName() + ").");
        }
        if (bytes.length > MAX_BYTES) {
            throw new CredentialsException(Reason.KEY_FILE_TOO_LARGE, "Key file " + file + " is larger than "
                    + MAX_BYTES + " bytes, far more than a key file holds; is it the right file?");
        }
        return bytes;
    }

    private static String decode(Path file, byte[] bytes) throws CredentialsException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CredentialsException(Reason.KEY_FILE_NOT_TEXT,
                    "Key file " + file + " is not UTF-8 text; " + EXPECTED + ".");
        }
    }

    private static KeyFileContent readRawToken(Path file, String content) throws CredentialsException {
        if (content.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new CredentialsException(Reason.KEY_FILE_SEVERAL_TOKENS, "Key file " + file
                    + " holds more than one token; a raw key file holds just the key, or use JSON "
                    + EXPECTED_JSON + ".");
        }
        return new KeyFileContent(key(file, content, ""), null, null);
    }

    private static KeyFileContent readJson(Path file, String content) throws CredentialsException {
        JsonNode root = parse(file, content);
        if (!root.isObject()) {
            throw new CredentialsException(Reason.KEY_FILE_NOT_AN_OBJECT, "Key file " + file + " holds "
                    + kindOf(root) + ", not a JSON object; expected " + EXPECTED_JSON + ".");
        }
        if (!root.has("api_token")) {
            throw new CredentialsException(Reason.KEY_FILE_NO_TOKEN, "Key file " + file
                    + " has no \"api_token\" field; expected " + EXPECTED_JSON + ".");
        }
        JsonNode token = root.get("api_token");
        if (!token.isTextual()) {
            throw notAString(file, "api_token", token);
        }
        ApiKey key = key(file, token.textValue(), " in \"api_token\"");
        String url = optionalText(file, root, "url");
        if (url == null) {
            url = optionalText(file, root, "base_url");
        }
        String keyTypeName = optionalText(file, root, "key_type");
        KeyType keyType = null;
        if (keyTypeName != null) {
            try {
                keyType = KeyType.fromName(keyTypeName);
            } catch (UnknownKeyTypeException e) {
                throw new CredentialsException(Reason.INVALID_KEY_TYPE, "Key file " + file
                        + " has an unknown \"key_type\" " + e.shownValue() + "; the accepted names are "
                        + KeyType.acceptedNames() + ".");
            }
        }
        return new KeyFileContent(key, url, keyType);
    }

    private static JsonNode parse(Path file, String content) throws CredentialsException {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? " has a field twice"
                    : " is not valid JSON";
            throw new CredentialsException(Reason.KEY_FILE_INVALID_JSON,
                    "Key file " + file + what + where(e.getLocation()) + "; expected " + EXPECTED_JSON + ".");
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** A string field's value; null when absent, JSON null or blank. */
    private static String optionalText(Path file, JsonNode root, String field) throws CredentialsException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw notAString(file, field, node);
        }
        String value = node.textValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static CredentialsException notAString(Path file, String field, JsonNode node) {
        return new CredentialsException(Reason.KEY_FILE_FIELD_NOT_A_STRING, "Key file " + file + ": \"" + field
                + "\" must be a string, not " + kindOf(node) + "; expected " + EXPECTED_JSON + ".");
    }

    private static ApiKey key(Path file, String value, String where) throws CredentialsException {
        try {
            return ApiKey.of(value);
        } catch (InvalidApiKeyException e) {
            throw new CredentialsException(Reason.INVALID_KEY,
                    "Key file " + file + " does not hold a valid key" + where + ". " + e.getMessage() + ".");
        }
    }

    private static String kindOf(JsonNode node) {
        switch (node.getNodeType()) {
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            case STRING:
                return "a string";
            default:
                return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
