package io.github.celonisnb.magics.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.magics.secrets.SecretRegistry;

/** Which environment variables the kernel registers at start, by their names and the length of their values. */
class LocalSecretsTest {

    @TempDir
    Path home;

    private final SecretRegistry secrets = new SecretRegistry();

    private String registeredAfter(Map<String, String> environment, String printed) {
        LocalSecrets.registerAll(secrets, environment, home);
        return secrets.redact(printed);
    }

    @Test
    void passwordsUnderTheirUsualNamesAreRegisteredFromEightCharacters() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("MYSQL_PWD", "s3cr3t!Pw");
        environment.put("REDIS_PASS", "hunter2hunter");
        environment.put("DB_PASSWORD", "Tr0ub4d&r");
        environment.put("GPG_PASSPHRASE", "correct horse");

        assertEquals("[REDACTED secret] [REDACTED secret] [REDACTED secret] [REDACTED secret]",
                registeredAfter(environment, "s3cr3t!Pw hunter2hunter Tr0ub4d&r correct horse"));
    }

    @Test
    void tokensNeedTwelveCharactersAndFoldersAndFlagsAreLeftAlone() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("GITHUB_TOKEN", "ghp_0123456789abcdef");
        environment.put("SECRET_MODE", "disabled");
        environment.put("TOKENIZERS_PARALLELISM", "false");
        environment.put("PWD", "/home/analyst/notebooks");
        environment.put("OLDPWD", "/home/analyst/projects");
        environment.put("COMPASS", "north-by-northwest");
        environment.put("DB_PASSWORD", "short");

        assertEquals("[REDACTED secret] disabled false /home/analyst/notebooks /home/analyst/projects"
                        + " north-by-northwest short",
                registeredAfter(environment, "ghp_0123456789abcdef disabled false /home/analyst/notebooks"
                        + " /home/analyst/projects north-by-northwest short"));
    }
}
