package io.github.celonisnb.magics.credentials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.celonisnb.magics.secrets.SecretRegistry;

/**
 * Registers, before any cell runs, the secrets a notebook on this machine can reach: the keys in the
 * default key files, {@code CELONIS_API_TOKEN}, and every environment variable whose name says it
 * holds a secret. A cell that prints one of them by mistake, even before a login, shows a mark.
 */
public final class LocalSecrets {

    /** Names of environment variables that hold secrets by convention. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|APP_?KEY|PRIVATE_?KEY|CREDENTIAL).*");
    /**
     * Names of variables that hold passwords: {@code DB_PASSWORD}, and {@code MYSQL_PWD} or {@code REDIS_PASS} (a
     * separator before {@code PWD}, so that the shell's {@code PWD} and {@code OLDPWD}, which hold folders, are not).
     */
    private static final Pattern PASSWORD_NAME =
            Pattern.compile("(?i).*(PASSWORD|PASSWD|PASSPHRASE).*|.*[_-](PWD|PASS)");
    /** Shorter values are flags and counts, not secrets; registering them would hide ordinary words. */
    private static final int MIN_VALUE_LENGTH = 12;
    /** Passwords are often shorter than tokens, and a value under a password's name is one. */
    private static final int MIN_PASSWORD_LENGTH = 8;

    private LocalSecrets() {
    }

    /**
     * Registers what it finds and returns how many values that was. Unreadable or malformed key files
     * are skipped: {@code %celonis_login} reports them when it is asked to use them.
     */
    public static int registerAll(SecretRegistry secrets, Map<String, String> environment, Path userHome) {
        int count = 0;
        for (Map.Entry<String, String> e : environment.entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue().strip();
            boolean password = PASSWORD_NAME.matcher(e.getKey()).matches();
            boolean secret = password || SECRET_NAME.matcher(e.getKey()).matches();
            if (secret && value.length() >= (password ? MIN_PASSWORD_LENGTH : MIN_VALUE_LENGTH)) {
                secrets.registerValue(value, e.getKey().equals(CredentialResolver.TOKEN_VARIABLE)
                        ? "celonis-key" : "secret");
                count++;
            }
        }
        Path profiles = profileDir(environment, userHome);
        count += registerKeyFile(secrets, profiles.resolve(CredentialResolver.APP_KEY_FILE), "celonis-app-key");
        count += registerKeyFile(secrets, profiles.resolve(CredentialResolver.USER_KEY_FILE), "celonis-user-key");
        return count;
    }

    private static int registerKeyFile(SecretRegistry secrets, Path file, String label) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try {
            secrets.register(KeyFiles.readKey(file), label);
            return 1;
        } catch (CredentialsException | IllegalArgumentException unusable) {
            return 0;
        }
    }

    /** {@code $CELONIS_PROFILE_DIR} (with {@code ~} expanded) or {@code ~/pycelonis-profiles}. */
    static Path profileDir(Map<String, String> environment, Path userHome) {
        String dir = environment.get(CredentialResolver.PROFILE_DIR_VARIABLE);
        if (dir == null || dir.isBlank()) {
            return userHome.resolve(CredentialResolver.DEFAULT_PROFILE_DIR);
        }
        String trimmed = dir.strip();
        if (trimmed.equals("~") || trimmed.startsWith("~/")) {
            return userHome.resolve(trimmed.substring(Math.min(2, trimmed.length())));
        }
        return Path.of(trimmed);
    }

    /** The user's home: {@code $HOME} when set, as shells and PyCelonis use it, else Java's {@code user.home}. */
    public static Path userHome(Map<String, String> environment) {
        String home = environment.get("HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
    }
}
