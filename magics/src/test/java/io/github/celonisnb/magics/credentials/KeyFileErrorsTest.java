package io.github.celonisnb.magics.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.credentials.CredentialsException.Reason;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a key file can be wrong, each with its exact message; none shows the file's content. */
class KeyFileErrorsTest {

    private static final String EXPECTED_JSON =
            "{\"url\": \"https://<team>.<realm>.celonis.cloud\", \"api_token\": \"<key>\"}";
    private static final String KEY = TestKeys.newKeyValue();

    @TempDir
    Path home;

    private Credentials resolve(Path keyFile) throws CredentialsException {
        return new CredentialResolver(Environment.of(Map.of("CELONIS_URL", "https://t.eu-1.celonis.cloud")), home)
                .resolve(new CredentialRequest(null, keyFile, null, null));
    }

    private CredentialsException failure(Path keyFile) {
        CredentialsException e = assertThrows(CredentialsException.class, () -> resolve(keyFile));
        assertFalse(e.getMessage().contains(KEY.substring(0, 12)), "the message shows the key");
        assertNull(e.getCause(), "a parser's exception quotes its input, so none is chained");
        return e;
    }

    /** Locations are Jackson's: where it noticed the problem, which for a bare word is just after it. */
    static Stream<Arguments> badContents() {
        return Stream.of(
            Arguments.of("an empty file", "", Reason.KEY_FILE_EMPTY,
                " is empty; expected " + EXPECTED_JSON + " or a file holding just the key."),
            Arguments.of("only whitespace", " \n\t\n", Reason.KEY_FILE_EMPTY,
                " is empty; expected " + EXPECTED_JSON + " or a file holding just the key."),
            Arguments.of("invalid JSON", "{\n  \"url\": \"x\",\n  \"api_token\": " + KEY + "\n}",
                Reason.KEY_FILE_INVALID_JSON,
                " is not valid JSON (line 3, column " + (16 + KEY.length()) + "); expected " + EXPECTED_JSON + "."),
            Arguments.of("a truncated object", "{\"api_token\": \"" + KEY + "\"", Reason.KEY_FILE_INVALID_JSON,
                " is not valid JSON (line 1, column 125); expected " + EXPECTED_JSON + "."),
            Arguments.of("trailing content", "{\"api_token\": \"" + KEY + "\"} " + KEY, Reason.KEY_FILE_INVALID_JSON,
                " is not valid JSON (line 1, column " + (127 + KEY.length()) + "); expected " + EXPECTED_JSON + "."),
            Arguments.of("a duplicate field", "{\"api_token\": \"" + KEY + "\", \"api_token\": \"x\"}",
                Reason.KEY_FILE_INVALID_JSON,
                " has a field twice (line 1, column 138); expected " + EXPECTED_JSON + "."),
            Arguments.of("a JSON array", "[\"" + KEY + "\"]", Reason.KEY_FILE_NOT_AN_OBJECT,
                " holds an array, not a JSON object; expected " + EXPECTED_JSON + "."),
            Arguments.of("JSON without api_token",
                "{\"url\": \"https://t.eu-1.celonis.cloud\", \"token\": \"" + KEY + "\"}",
                Reason.KEY_FILE_NO_TOKEN, " has no \"api_token\" field; expected " + EXPECTED_JSON + "."),
            Arguments.of("an api_token that is a number", "{\"api_token\": 12345}", Reason.KEY_FILE_FIELD_NOT_A_STRING,
                ": \"api_token\" must be a string, not a number; expected " + EXPECTED_JSON + "."),
            Arguments.of("an api_token that is null", "{\"api_token\": null}", Reason.KEY_FILE_FIELD_NOT_A_STRING,
                ": \"api_token\" must be a string, not null; expected " + EXPECTED_JSON + "."),
            Arguments.of("an api_token that is an object", "{\"api_token\": {\"value\": \"" + KEY + "\"}}",
                Reason.KEY_FILE_FIELD_NOT_A_STRING,
                ": \"api_token\" must be a string, not an object; expected " + EXPECTED_JSON + "."),
            Arguments.of("an empty api_token", "{\"api_token\": \" \"}", Reason.INVALID_KEY,
                " does not hold a valid key in \"api_token\". The key is empty."),
            Arguments.of("an api_token with a space inside", "{\"api_token\": \"" + KEY.substring(0, 9) + " "
                    + KEY.substring(9) + "\"}", Reason.INVALID_KEY,
                " does not hold a valid key in \"api_token\". The key contains whitespace at position 10; a Celonis"
                    + " key is one unbroken token."),
            Arguments.of("a url that is not a string", "{\"url\": true, \"api_token\": \"" + KEY + "\"}",
                Reason.KEY_FILE_FIELD_NOT_A_STRING,
                ": \"url\" must be a string, not a boolean; expected " + EXPECTED_JSON + "."),
            Arguments.of("a key_type that is not a string", "{\"key_type\": 1, \"api_token\": \"" + KEY + "\"}",
                Reason.KEY_FILE_FIELD_NOT_A_STRING,
                ": \"key_type\" must be a string, not a number; expected " + EXPECTED_JSON + "."),
            Arguments.of("an unknown key_type", "{\"key_type\": \"AppKey\", \"api_token\": \"" + KEY + "\"}",
                Reason.INVALID_KEY_TYPE,
                " has an unknown \"key_type\" 'AppKey'; the accepted names are APP_KEY, USER_KEY, BEARER."),
            Arguments.of("a raw file with several tokens", KEY + "\n" + KEY + "\n", Reason.KEY_FILE_SEVERAL_TOKENS,
                " holds more than one token; a raw key file holds just the key, or use JSON " + EXPECTED_JSON + "."),
            Arguments.of("a raw file with a control character", KEY.substring(0, 5) + "\u0007" + KEY.substring(5),
                Reason.INVALID_KEY,
                " does not hold a valid key. The key contains a control character at position 6; a Celonis key is"
                    + " one unbroken token.")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badContents")
    void rejectsABadKeyFileNamingItWithoutShowingTheContent(String what, String content, Reason reason,
            String messageAfterName) throws IOException {
        Path file = Files.writeString(home.resolve("key.json"), content);
        CredentialsException e = failure(file);
        assertEquals("Key file " + file + messageAfterName, e.getMessage());
        assertEquals(reason, e.reason());
    }

    @Test
    void rejectsAMissingKeyFile() {
        Path file = home.resolve("nope.json");
        CredentialsException e = failure(file);
        assertEquals("Key file " + file + " does not exist; give the path of a JSON file " + EXPECTED_JSON
                + " or of a file holding just the key.", e.getMessage());
        assertEquals(Reason.KEY_FILE_MISSING, e.reason());
    }

    @Test
    void rejectsADirectory() throws IOException {
        Path directory = Files.createDirectory(home.resolve("keys"));
        CredentialsException e = failure(directory);
        assertEquals("Key file " + directory + " is a directory; expected " + EXPECTED_JSON
                + " or a file holding just the key.", e.getMessage());
        assertEquals(Reason.KEY_FILE_NOT_A_FILE, e.reason());
    }

    @Test
    void rejectsAFileItCannotRead() throws IOException {
        Path file = Files.writeString(home.resolve("locked.json"), "{\"api_token\": \"" + KEY + "\"}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file),
                "skipped: this user can read a file without read permission (it is root)");
        CredentialsException e = failure(file);
        assertEquals("Key file " + file + " cannot be read (access denied); check its permissions.", e.getMessage());
        assertEquals(Reason.KEY_FILE_UNREADABLE, e.reason());
    }

    @Test
    void rejectsAFileTooLargeToBeAKeyFile() throws IOException {
        Path file = Files.writeString(home.resolve("big.json"), " ".repeat(70_000) + KEY);
        CredentialsException e = failure(file);
        assertEquals("Key file " + file + " is larger than 65536 bytes, far more than a key file holds; is it the"
                + " right file?", e.getMessage());
        assertEquals(Reason.KEY_FILE_TOO_LARGE, e.reason());
    }

    @Test
    void rejectsAFileThatIsNotUtf8() throws IOException {
        Path file = Files.write(home.resolve("latin1.json"), "{\"api_token\": \"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1));
        CredentialsException e = failure(file);
        assertEquals("Key file " + file + " is not UTF-8 text; expected " + EXPECTED_JSON
                + " or a file holding just the key.", e.getMessage());
        assertEquals(Reason.KEY_FILE_NOT_TEXT, e.reason());
    }

    @Test
    void readsARawTokenFileWithSurroundingWhitespace() throws IOException, CredentialsException {
        Path file = Files.writeString(home.resolve("token"), "\n  " + KEY + "\r\n");
        assertEquals(KEY, resolve(file).key().reveal());
    }

    @Test
    void readsAJsonKeyFileWithAByteOrderMarkAndUnknownFields() throws IOException, CredentialsException {
        Path file = Files.writeString(home.resolve("app.json"), "\ufeff{\"name\": \"demo\", \"api_token\": \""
                + KEY + "\", \"key_type\": \"APP_KEY\", \"extra\": {\"nested\": [1, 2]}}");
        Credentials credentials = resolve(file);
        assertEquals(KEY, credentials.key().reveal());
        assertEquals(KeyType.APP_KEY, credentials.keyType());
    }

    @Test
    void readsAKeyFileGivenRelativeToTheHomeDirectory() throws IOException, CredentialsException {
        Files.writeString(home.resolve("my.json"), "{\"api_token\": \"" + KEY + "\"}");
        assertEquals(KEY, resolve(Path.of("~/my.json")).key().reveal());
    }

    @Test
    void reportsABrokenDefaultFileRatherThanFallingBackToTheNext() throws IOException {
        Path profiles = Files.createDirectories(home.resolve("pycelonis-profiles"));
        Path app = Files.writeString(profiles.resolve("app.json"), "{");
        Files.writeString(profiles.resolve("user.json"), "{\"api_token\": \"" + KEY + "\"}");
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> new CredentialResolver(Environment.of(Map.of()), home).resolve(CredentialRequest.defaults()));
        assertEquals("Key file " + app + " is not valid JSON (line 1, column 2); expected " + EXPECTED_JSON + ".",
                e.getMessage());
    }
}
