package io.github.celonisnb.magics.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.credentials.CredentialsException.Reason;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialResolverErrorsTest {

    private static final String EXPECTED_JSON =
            "{\"url\": \"https://<team>.<realm>.celonis.cloud\", \"api_token\": \"<key>\"}";
    private static final String URL = "https://t.eu-1.celonis.cloud";

    @TempDir
    Path home;

    private CredentialsException failure(Map<String, String> env, CredentialRequest request) {
        return assertThrows(CredentialsException.class,
                () -> new CredentialResolver(Environment.of(env), home).resolve(request));
    }

    private static CredentialRequest env(String name) {
        return new CredentialRequest(null, null, name, null);
    }

    @Test
    void requiresAnExplicitlyNamedVariableToBeSet() {
        CredentialsException e = failure(Map.of("CELONIS_API_TOKEN", TestKeys.newKeyValue()), env("MY_KEY"));
        assertEquals("Environment variable MY_KEY is not set or is empty; set it to the key, or leave out --env to"
                + " use CELONIS_API_TOKEN or a key file.", e.getMessage());
        assertEquals(Reason.VARIABLE_NOT_SET, e.reason());
    }

    @Test
    void treatsAnEmptyExplicitVariableAsNotSet() {
        CredentialsException e = failure(Map.of("MY_KEY", "  "), env("MY_KEY"));
        assertEquals(Reason.VARIABLE_NOT_SET, e.reason());
    }

    @Test
    void refusesAKeyGivenWhereAVariableNameBelongs() {
        String key = TestKeys.newKeyValue();
        CredentialsException e = failure(Map.of(), env(key));
        assertEquals("--env takes the name of an environment variable (letters, digits and underscores, e.g."
                + " CELONIS_API_TOKEN), not a key; the value given does not look like a name.", e.getMessage());
        assertEquals(Reason.INVALID_VARIABLE_NAME, e.reason());
        assertFalse(e.getMessage().contains(key.substring(0, 12)));
    }

    @Test
    void saysWhereToPutAKeyWhenNoneIsFound() {
        Path profiles = home.resolve("pycelonis-profiles");
        CredentialsException e = failure(Map.of("CELONIS_API_TOKEN", ""), CredentialRequest.defaults());
        assertEquals("No key found. Give one with --key-file PATH or --env VAR, set CELONIS_API_TOKEN, or save it"
                + " in " + profiles.resolve("app.json") + " or " + profiles.resolve("user.json") + " as "
                + EXPECTED_JSON + ".", e.getMessage());
        assertEquals(Reason.NO_KEY, e.reason());
    }

    @Test
    void namesOnlyTheDefaultFileOfTheRequestedType() throws IOException {
        Path profiles = Files.createDirectories(home.resolve("pycelonis-profiles"));
        Files.writeString(profiles.resolve("app.json"), "{\"api_token\": \"" + TestKeys.newKeyValue() + "\"}");
        CredentialsException e = failure(Map.of(), new CredentialRequest(KeyType.USER_KEY, null, null, null));
        assertEquals("No key found. Give one with --key-file PATH or --env VAR, set CELONIS_API_TOKEN, or save it"
                + " in " + profiles.resolve("user.json") + " as " + EXPECTED_JSON + ".", e.getMessage());
    }

    @Test
    void looksForDefaultFilesInTheProfileDirectoryVariable() {
        Path elsewhere = home.resolve("elsewhere");
        CredentialsException e = failure(Map.of("CELONIS_PROFILE_DIR", elsewhere.toString()),
                new CredentialRequest(KeyType.APP_KEY, null, null, null));
        assertEquals("No key found. Give one with --key-file PATH or --env VAR, set CELONIS_API_TOKEN, or save it"
                + " in " + elsewhere.resolve("app.json") + " as " + EXPECTED_JSON + ".", e.getMessage());
    }

    @Test
    void saysHowToGiveAUrlWhenNoneIsFound() {
        CredentialsException e = failure(Map.of("CELONIS_API_TOKEN", TestKeys.newKeyValue(), "CELONIS_URL", " "),
                CredentialRequest.defaults());
        assertEquals("No EMS URL given. Pass --url https://<team>.<realm>.celonis.cloud, or set CELONIS_URL.",
                e.getMessage());
        assertEquals(Reason.NO_URL, e.reason());
    }

    @Test
    void suggestsAddingTheUrlToTheKeyFileTheKeyCameFrom() throws IOException {
        Path file = Files.writeString(home.resolve("key.json"), "{\"api_token\": \"" + TestKeys.newKeyValue() + "\"}");
        CredentialsException e = failure(Map.of(), new CredentialRequest(null, file, null, null));
        assertEquals("No EMS URL given. Pass --url https://<team>.<realm>.celonis.cloud, add \"url\" to key file "
                + file + ", or set CELONIS_URL.", e.getMessage());
    }

    @Test
    void rejectsAnUnknownKeyTypeInTheEnvironment() {
        CredentialsException e = failure(Map.of("CELONIS_API_TOKEN", TestKeys.newKeyValue(), "CELONIS_URL", URL,
                "CELONIS_KEY_TYPE", "AppKey"), CredentialRequest.defaults());
        assertEquals("Environment variable CELONIS_KEY_TYPE holds an unknown key type 'AppKey'; the accepted names"
                + " are APP_KEY, USER_KEY, BEARER.", e.getMessage());
        assertEquals(Reason.INVALID_KEY_TYPE, e.reason());
    }

    @Test
    void describesRatherThanShowsAKeyPutIntoTheKeyTypeVariable() {
        String key = TestKeys.newKeyValue();
        CredentialsException e = failure(Map.of("CELONIS_API_TOKEN", key, "CELONIS_URL", URL,
                "CELONIS_KEY_TYPE", key), CredentialRequest.defaults());
        assertEquals("Environment variable CELONIS_KEY_TYPE holds an unknown key type (a value of 108 characters);"
                + " the accepted names are APP_KEY, USER_KEY, BEARER.", e.getMessage());
    }

    @Test
    void rejectsAnInvalidKeyInTheTokenVariable() {
        String key = TestKeys.newKeyValue();
        CredentialsException e = failure(Map.of("CELONIS_API_TOKEN", key.substring(0, 50) + " " + key.substring(50),
                "CELONIS_URL", URL), CredentialRequest.defaults());
        assertEquals("Environment variable CELONIS_API_TOKEN does not hold a valid key. The key contains whitespace"
                + " at position 51; a Celonis key is one unbroken token.", e.getMessage());
        assertEquals(Reason.INVALID_KEY, e.reason());
    }

    @Test
    void showsNoKeyInTheCredentialsToString() throws CredentialsException {
        String key = TestKeys.newKeyValue();
        Credentials credentials = new CredentialResolver(Environment.of(Map.of("CELONIS_API_TOKEN", key,
                "CELONIS_URL", URL, "CELONIS_KEY_TYPE", "APP_KEY")), home).resolve(CredentialRequest.defaults());
        assertEquals("Credentials[url=https://t.eu-1.celonis.cloud, keyType=APP_KEY, key=redacted (108 chars), key"
                + " from environment variable CELONIS_API_TOKEN, URL from environment variable CELONIS_URL, key type"
                + " from environment variable CELONIS_KEY_TYPE]", credentials.toString());
    }
}
