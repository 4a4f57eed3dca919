package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.kernel.testing.TestKeys;
import io.github.celonisnb.magics.secrets.detect.KnownSecret;

class KnownSecretsLoaderTest {

    @TempDir
    Path home;

    private List<KnownSecret> load(Map<String, String> env, KnownSecretOptions options) throws Exception {
        CliContext context = new CliContext(env, home, home, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), false);
        return new KnownSecretsLoader(context).load(options);
    }

    @Test
    void labelsTheKeysOfBothDefaultFilesByTheirNamesAndTheVariableByItsType() throws Exception {
        String app = TestKeys.newKey();
        String user = TestKeys.newKey();
        String token = TestKeys.newKey();
        KeyFileWriter.write(home.resolve("pycelonis-profiles/app.json"), "https://t.eu-1.celonis.cloud", app);
        KeyFileWriter.write(home.resolve("pycelonis-profiles/user.json"), "https://t.eu-1.celonis.cloud", user);

        List<KnownSecret> secrets = load(Map.of("CELONIS_API_TOKEN", token, "CELONIS_KEY_TYPE", "BEARER"),
                new KnownSecretOptions());

        assertEquals(List.of(new KnownSecret("celonis-app-key", app), new KnownSecret("celonis-user-key", user),
                new KnownSecret("celonis-bearer-token", token)), secrets);
    }

    @Test
    void theTypeAKeyFileStatesWinsOverItsName() throws Exception {
        String key = TestKeys.newKey();
        Files.createDirectories(home.resolve("pycelonis-profiles"));
        Files.writeString(home.resolve("pycelonis-profiles/app.json"), "{\"url\": \"https://t.eu-1.celonis.cloud\","
                + " \"api_token\": \"" + key + "\", \"key_type\": \"USER_KEY\"}");

        assertEquals(List.of(new KnownSecret("celonis-user-key", key)), load(Map.of(), new KnownSecretOptions()));
    }

    @Test
    void readsTheProfileFolderFromCelonisProfileDirWithATilde() throws Exception {
        String app = TestKeys.newKey();
        KeyFileWriter.write(home.resolve("keys/app.json"), "https://t.eu-1.celonis.cloud", app);

        List<KnownSecret> secrets = load(Map.of("CELONIS_PROFILE_DIR", "~/keys"), new KnownSecretOptions());

        assertEquals(List.of(new KnownSecret("celonis-app-key", app)), secrets);
    }

    @Test
    void noDefaultKeysKeepsOnlyTheKeyFilesGiven() throws Exception {
        KeyFileWriter.write(home.resolve("pycelonis-profiles/app.json"), "https://t.eu-1.celonis.cloud",
                TestKeys.newKey());
        String other = TestKeys.newKey();
        Files.writeString(home.resolve("token"), other);
        KnownSecretOptions options = new KnownSecretOptions();
        options.noDefaultKeys = true;
        options.keyFiles.add(Path.of("token"));

        List<KnownSecret> secrets = load(new HashMap<>(Map.of("CELONIS_API_TOKEN", TestKeys.newKey())), options);

        assertEquals(List.of(new KnownSecret("celonis-key", other)), secrets);
    }

    @Test
    void aKeyTooShortToLookForIsRefusedWithoutShowingIt() throws Exception {
        Files.writeString(home.resolve("short"), "abc12");
        KnownSecretOptions options = new KnownSecretOptions();
        options.keyFiles.add(Path.of("short"));

        KeySourceException e = assertThrows(KeySourceException.class, () -> load(Map.of(), options));

        assertEquals("The key in key file short has fewer than 8 characters, too short to look for without false"
                + " alarms; is it the right file?", e.getMessage());
    }

    @Test
    void aMissingKeyFileGivenExplicitlyIsAnError() {
        KnownSecretOptions options = new KnownSecretOptions();
        options.keyFiles.add(Path.of("nope.json"));

        KeySourceException e = assertThrows(KeySourceException.class, () -> load(Map.of(), options));

        assertEquals(true, e.getMessage().startsWith("Key file " + home.resolve("nope.json") + " does not exist;"),
                e.getMessage());
    }
}
