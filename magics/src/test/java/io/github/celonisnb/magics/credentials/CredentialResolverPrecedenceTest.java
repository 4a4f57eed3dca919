package io.github.celonisnb.magics.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The precedence rules as a case table. A layout lists what exists, each holding a key of its own:
 * {@code custom} (a JSON key file with a url), {@code custom-raw} (a raw token file), {@code custom-typed}
 * (JSON with {@code base_url} and {@code "key_type": "user_key"}), the default files {@code app} and
 * {@code user}, the variables {@code MY_KEY}, {@code CELONIS_API_TOKEN}, {@code CELONIS_URL},
 * {@code CELONIS_PROFILE_DIR} (the default files then live there, and decoys in {@code ~/pycelonis-profiles}),
 * and {@code CELONIS_KEY_TYPE=<value>}. A request lists {@code --key-file} (the custom file), {@code --env}
 * ({@code MY_KEY}), {@code --url} and a key type option.
 */
class CredentialResolverPrecedenceTest {

    private static final String CUSTOM_URL = "https://custom.eu-1.celonis.cloud";
    private static final String APP_URL = "https://app.eu-1.celonis.cloud";
    private static final String USER_URL = "https://user.eu-1.celonis.cloud";
    private static final String ENV_URL = "https://env.eu-1.celonis.cloud";
    private static final String ARG_URL = "https://arg.eu-1.celonis.cloud";

    @TempDir
    Path home;

    static Stream<Arguments> cases() {
        return Stream.of(
            row("an explicit key file beats --env, CELONIS_API_TOKEN and the default files",
                "custom app user MY_KEY CELONIS_API_TOKEN CELONIS_URL", "--key-file --env",
                "custom", null, CUSTOM_URL,
                "key from key file {custom}, URL from key file {custom}, key type not set"),
            row("--env beats CELONIS_API_TOKEN and the default files",
                "app MY_KEY CELONIS_API_TOKEN CELONIS_URL", "--env",
                "MY_KEY", null, ENV_URL,
                "key from environment variable MY_KEY, URL from environment variable CELONIS_URL,"
                    + " key type not set"),
            row("CELONIS_API_TOKEN beats the default files",
                "app user CELONIS_API_TOKEN CELONIS_URL", "",
                "CELONIS_API_TOKEN", null, ENV_URL,
                "key from environment variable CELONIS_API_TOKEN, URL from environment variable CELONIS_URL,"
                    + " key type not set"),
            row("app.json comes first when no type is given",
                "app user CELONIS_URL", "",
                "app", KeyType.APP_KEY, APP_URL,
                "key from key file {app}, URL from key file {app}, key type from the name of key file {app}"),
            row("user.json is used when it is the only default file",
                "user", "",
                "user", KeyType.USER_KEY, USER_URL,
                "key from key file {user}, URL from key file {user}, key type from the name of key file {user}"),
            row("--user-key reads user.json",
                "app user", "--user-key",
                "user", KeyType.USER_KEY, USER_URL,
                "key from key file {user}, URL from key file {user}, key type from argument --user-key"),
            row("a bearer token is read from user.json",
                "app user", "--bearer",
                "user", KeyType.BEARER, USER_URL,
                "key from key file {user}, URL from key file {user}, key type from argument --bearer"),
            row("--app-key reads app.json",
                "app user", "--app-key",
                "app", KeyType.APP_KEY, APP_URL,
                "key from key file {app}, URL from key file {app}, key type from argument --app-key"),
            row("CELONIS_KEY_TYPE chooses the default file",
                "app user CELONIS_KEY_TYPE=USER_KEY", "",
                "user", KeyType.USER_KEY, USER_URL,
                "key from key file {user}, URL from key file {user}, key type from environment variable"
                    + " CELONIS_KEY_TYPE"),
            row("CELONIS_KEY_TYPE beats the default file's name",
                "user CELONIS_KEY_TYPE=BEARER", "",
                "user", KeyType.BEARER, USER_URL,
                "key from key file {user}, URL from key file {user}, key type from environment variable"
                    + " CELONIS_KEY_TYPE"),
            row("a key file's key_type beats CELONIS_KEY_TYPE",
                "custom-typed CELONIS_KEY_TYPE=APP_KEY", "--key-file",
                "custom", KeyType.USER_KEY, CUSTOM_URL,
                "key from key file {custom}, URL from key file {custom}, key type from key file {custom}"),
            row("the requested type beats a key file's key_type",
                "custom-typed", "--key-file --app-key",
                "custom", KeyType.APP_KEY, CUSTOM_URL,
                "key from key file {custom}, URL from key file {custom}, key type from argument --app-key"),
            row("CELONIS_KEY_TYPE applies to a key from CELONIS_API_TOKEN, case and spaces aside",
                "CELONIS_API_TOKEN CELONIS_URL CELONIS_KEY_TYPE=bearer", "",
                "CELONIS_API_TOKEN", KeyType.BEARER, ENV_URL,
                "key from environment variable CELONIS_API_TOKEN, URL from environment variable CELONIS_URL,"
                    + " key type from environment variable CELONIS_KEY_TYPE"),
            row("--url beats the key file's url",
                "app CELONIS_URL", "--url",
                "app", KeyType.APP_KEY, ARG_URL,
                "key from key file {app}, URL from argument --url, key type from the name of key file {app}"),
            row("a key file's base_url is its url and beats CELONIS_URL",
                "custom-typed CELONIS_URL", "--key-file",
                "custom", KeyType.USER_KEY, CUSTOM_URL,
                "key from key file {custom}, URL from key file {custom}, key type from key file {custom}"),
            row("CELONIS_URL serves a raw token file",
                "custom-raw CELONIS_URL", "--key-file",
                "custom", null, ENV_URL,
                "key from key file {custom}, URL from environment variable CELONIS_URL, key type not set"),
            row("CELONIS_PROFILE_DIR replaces ~/pycelonis-profiles",
                "app CELONIS_PROFILE_DIR", "",
                "app", KeyType.APP_KEY, APP_URL,
                "key from key file {app}, URL from key file {app}, key type from the name of key file {app}")
        );
    }

    private static Arguments row(String name, String layout, String request, String expectedKey,
            KeyType expectedType, String expectedUrl, String expectedOrigin) {
        return Arguments.of(name, words(layout), words(request), expectedKey, expectedType, expectedUrl,
                expectedOrigin);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" +"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesByPrecedence(String name, List<String> layout, List<String> request, String expectedKey,
            KeyType expectedType, String expectedUrl, String expectedOrigin) throws IOException, CredentialsException {
        Map<String, ApiKey> keys = new HashMap<>();
        Map<String, Path> files = new HashMap<>();
        Map<String, String> env = new HashMap<>();
        Path defaultDirectory = Files.createDirectories(home.resolve("pycelonis-profiles"));
        Path keyDirectory = defaultDirectory;
        if (layout.contains("CELONIS_PROFILE_DIR")) {
            keyDirectory = Files.createDirectories(home.resolve("elsewhere"));
            env.put("CELONIS_PROFILE_DIR", keyDirectory.toString());
            Files.writeString(defaultDirectory.resolve("app.json"), json(APP_URL, TestKeys.newKeyValue(), ""));
        }
        for (String item : layout) {
            switch (item) {
                case "custom":
                    files.put("custom", write(home.resolve("custom-key"),
                            json(CUSTOM_URL, newKey(keys, "custom"), "")));
                    break;
                case "custom-raw":
                    files.put("custom", write(home.resolve("custom-key"), newKey(keys, "custom") + "\n"));
                    break;
                case "custom-typed":
                    files.put("custom", write(home.resolve("custom-key"), "{\"base_url\": \"" + CUSTOM_URL
                            + "\", \"api_token\": \"" + newKey(keys, "custom") + "\", \"key_type\": \"user_key\"}"));
                    break;
                case "app":
                    files.put("app", write(keyDirectory.resolve("app.json"), json(APP_URL, newKey(keys, "app"), "")));
                    break;
                case "user":
                    files.put("user", write(keyDirectory.resolve("user.json"),
                            json(USER_URL, newKey(keys, "user"), ", \"comment\": [\"ignored\"]")));
                    break;
                case "CELONIS_URL":
                    env.put("CELONIS_URL", ENV_URL);
                    break;
                case "CELONIS_PROFILE_DIR":
                    break;
                default:
                    if (item.startsWith("CELONIS_KEY_TYPE=")) {
                        env.put("CELONIS_KEY_TYPE", " " + item.substring("CELONIS_KEY_TYPE=".length()) + " ");
                    } else {
                        env.put(item, newKey(keys, item));
                    }
            }
        }
        KeyType requestedType = request.contains("--app-key") ? KeyType.APP_KEY
                : request.contains("--user-key") ? KeyType.USER_KEY
                : request.contains("--bearer") ? KeyType.BEARER
                : null;
        CredentialRequest credentialRequest = new CredentialRequest(requestedType,
                request.contains("--key-file") ? files.get("custom") : null,
                request.contains("--env") ? "MY_KEY" : null,
                request.contains("--url") ? ARG_URL : null);

        Credentials credentials = new CredentialResolver(Environment.of(env), home).resolve(credentialRequest);

        assertEquals(keys.get(expectedKey), credentials.key(), "key");
        assertEquals(expectedType, credentials.keyType(), "key type");
        assertEquals(expectedUrl, credentials.url(), "url");
        String origin = expectedOrigin;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            origin = origin.replace("{" + file.getKey() + "}", file.getValue().toString());
        }
        assertEquals(origin, credentials.origin().describe(), "origin");
    }

    private static String json(String url, String key, String more) {
        return "{\"url\": \"" + url + "\", \"api_token\": \"" + key + "\"" + more + "}";
    }

    private static String newKey(Map<String, ApiKey> keys, String name) {
        ApiKey key = TestKeys.newKey();
        keys.put(name, key);
        return key.reveal();
    }

    private static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        return file;
    }
}
