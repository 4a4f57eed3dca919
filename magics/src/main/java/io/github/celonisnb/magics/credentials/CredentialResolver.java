package io.github.celonisnb.magics.credentials;

import io.github.celonisnb.magics.credentials.CredentialsException.Reason;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.InvalidApiKeyException;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.UnknownKeyTypeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the key, the EMS URL and the key type for a login, following PyCelonis 2.x where it has a rule.
 *
 * <p><b>The key</b>, first found wins:
 * <ol>
 *   <li>the key file given with {@code --key-file};</li>
 *   <li>the variable given with {@code --env}, which must then be set;</li>
 *   <li>{@value #TOKEN_VARIABLE}, if set;</li>
 *   <li>the default key file in {@code $}{@value #PROFILE_DIR_VARIABLE}, or else {@code ~/}{@value
 *       #DEFAULT_PROFILE_DIR}: {@value #APP_KEY_FILE} for an application key, {@value #USER_KEY_FILE} for a
 *       user key or bearer token, and when no type is known {@value #APP_KEY_FILE} then {@value
 *       #USER_KEY_FILE}. The type used for this choice is the requested one, else {@value #KEY_TYPE_VARIABLE}.</li>
 * </ol>
 *
 * <p><b>The key type</b>: the requested one, else the key file's {@code key_type}, else {@value
 * #KEY_TYPE_VARIABLE}, else the default file's name ({@value #APP_KEY_FILE} means an application key,
 * {@value #USER_KEY_FILE} a user key), else none (to be detected at login).
 *
 * <p><b>The URL</b>: the requested one, else the key file's {@code url} (or {@code base_url}), else {@value
 * #URL_VARIABLE}. It is passed on as given; the EMS client normalises and checks it.
 *
 * <p>Empty variables count as not set, as in PyCelonis. A path starting with {@code ~/} is taken relative to
 * the user's home directory.
 */
public final class CredentialResolver {

    /** The EMS URL when none is given (PyCelonis 2.x). */
    public static final String URL_VARIABLE = "CELONIS_URL";
    /** The key when none is given (PyCelonis 2.x; set in a Celonis ML Workbench). */
    public static final String TOKEN_VARIABLE = "CELONIS_API_TOKEN";
    /** The key type when none is given: APP_KEY, USER_KEY or BEARER (PyCelonis 2.x). */
    public static final String KEY_TYPE_VARIABLE = "CELONIS_KEY_TYPE";
    /** The directory of the default key files, when not {@code ~/pycelonis-profiles}. */
    public static final String PROFILE_DIR_VARIABLE = "CELONIS_PROFILE_DIR";
    /** The default directory of key files, under the user's home directory. */
    public static final String DEFAULT_PROFILE_DIR = "pycelonis-profiles";
    /** The default key file for an application key. */
    public static final String APP_KEY_FILE = "app.json";
    /** The default key file for a user key or a bearer token. */
    public static final String USER_KEY_FILE = "user.json";

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final Environment environment;
    private final Path userHome;

    /** Resolves against this environment, with {@code ~} meaning {@code userHome}. */
    public CredentialResolver(Environment environment, Path userHome) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.userHome = Objects.requireNonNull(userHome, "userHome");
    }

    /** A resolver for this process: its environment and the {@code user.home} directory. */
    public static CredentialResolver forThisProcess() {
        return new CredentialResolver(Environment.system(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Finds the credentials for this request.
     *
     * @throws CredentialsException when no key or no URL is found, or a named file or variable is missing or
     *     does not hold what it should; the message says which and what to do
     */
    public Credentials resolve(CredentialRequest request) throws CredentialsException {
        Objects.requireNonNull(request, "request");
        FoundKey found = findKey(request);

        KeyType keyType = request.keyType();
        CredentialSource keyTypeSource = keyType == null ? null : CredentialSource.argument(keyType.loginOption());
        if (keyType == null && found.content() != null && found.content().keyType() != null) {
            keyType = found.content().keyType();
            keyTypeSource = CredentialSource.keyFile(found.file());
        }
        if (keyType == null) {
            keyType = keyTypeFromEnvironment();
            keyTypeSource = keyType == null ? null : CredentialSource.environmentVariable(KEY_TYPE_VARIABLE);
        }
        if (keyType == null && found.impliedType() != null) {
            keyType = found.impliedType();
            keyTypeSource = CredentialSource.keyFileName(found.file());
        }
        if (keyTypeSource == null) {
            keyTypeSource = CredentialSource.notSet();
        }

        String url = blankToNull(request.url());
        CredentialSource urlSource = CredentialSource.argument("--url");
        if (url == null && found.content() != null && found.content().url() != null) {
            url = found.content().url();
            urlSource = CredentialSource.keyFile(found.file());
        }
        if (url == null) {
            url = variable(URL_VARIABLE).orElse(null);
            urlSource = CredentialSource.environmentVariable(URL_VARIABLE);
        }
        if (url == null) {
            String inFile = found.file() == null ? "" : ", add \"url\" to key file " + found.file();
            throw new CredentialsException(Reason.NO_URL, "No EMS URL given. Pass --url"
                    + " https://<team>.<realm>.celonis.cloud" + inFile + ", or set " + URL_VARIABLE + ".");
        }
        return new Credentials(url.strip(), found.key(), keyType,
                new CredentialOrigin(found.source(), urlSource, keyTypeSource));
    }

    /**
     * The credentials for a key typed at a masked prompt: the URL from {@code --url}, else {@value #URL_VARIABLE};
     * the key type as requested, else {@value #KEY_TYPE_VARIABLE}, else none (to be detected). Key files and
     * {@value #TOKEN_VARIABLE} are not read.
     *
     * @throws CredentialsException when no URL is given, or {@value #KEY_TYPE_VARIABLE} holds an unknown name
     */
    public Credentials withPromptedKey(CredentialRequest request, ApiKey key) throws CredentialsException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(key, "key");
        String url = blankToNull(request.url());
        CredentialSource urlSource = CredentialSource.argument("--url");
        if (url == null) {
            url = variable(URL_VARIABLE).orElseThrow(() -> new CredentialsException(Reason.NO_URL, "A key typed at the"
                    + " prompt comes without an EMS address. Pass --url https://<team>.<realm>.celonis.cloud, or set "
                    + URL_VARIABLE + "."));
            urlSource = CredentialSource.environmentVariable(URL_VARIABLE);
        }
        KeyType keyType = request.keyType();
        CredentialSource keyTypeSource = keyType == null ? CredentialSource.notSet()
                : CredentialSource.argument(keyType.loginOption());
        if (keyType == null) {
            keyType = keyTypeFromEnvironment();
            if (keyType != null) {
                keyTypeSource = CredentialSource.environmentVariable(KEY_TYPE_VARIABLE);
            }
        }
        return new Credentials(url.strip(), key, keyType,
                new CredentialOrigin(CredentialSource.prompt(), urlSource, keyTypeSource));
    }

    /** A key and where it came from; {@code file} and {@code content} only for a key file. */
    private record FoundKey(ApiKey key, CredentialSource source, Path file, KeyFileContent content,
            KeyType impliedType) {
    }

    private FoundKey findKey(CredentialRequest request) throws CredentialsException {
        if (request.keyFile() != null) {
            Path file = expandHome(request.keyFile());
            KeyFileContent content = KeyFileReader.read(file);
            return new FoundKey(content.key(), CredentialSource.keyFile(file), file, content, null);
        }
        if (request.envVar() != null) {
            String name = request.envVar().strip();
            if (!VARIABLE_NAME.matcher(name).matches()) {
                throw new CredentialsException(Reason.INVALID_VARIABLE_NAME, "--env takes the name of an"
                        + " environment variable (letters, digits and underscores, e.g. " + TOKEN_VARIABLE
                        + "), not a key; the value given does not look like a name.");
            }
            String value = variable(name).orElseThrow(() -> new CredentialsException(Reason.VARIABLE_NOT_SET,
                    "Environment variable " + name + " is not set or is empty; set it to the key, or leave"
                            + " out --env to use " + TOKEN_VARIABLE + " or a key file."));
            return new FoundKey(keyFromVariable(name, value), CredentialSource.environmentVariable(name),
                    null, null, null);
        }
        Optional<String> token = variable(TOKEN_VARIABLE);
        if (token.isPresent()) {
            return new FoundKey(keyFromVariable(TOKEN_VARIABLE, token.get()),
                    CredentialSource.environmentVariable(TOKEN_VARIABLE), null, null, null);
        }
        return findDefaultKeyFile(request);
    }

    private FoundKey findDefaultKeyFile(CredentialRequest request) throws CredentialsException {
        KeyType wanted = request.keyType() != null ? request.keyType() : keyTypeFromEnvironment();
        Path directory = profileDirectory();
        List<Path> candidates = wanted == null
                ? List.of(directory.resolve(APP_KEY_FILE), directory.resolve(USER_KEY_FILE))
                : List.of(directory.resolve(wanted == KeyType.APP_KEY ? APP_KEY_FILE : USER_KEY_FILE));
        for (Path file : candidates) {
            if (Files.exists(file)) {
                KeyFileContent content = KeyFileReader.read(file);
                KeyType implied = file.getFileName().toString().equals(APP_KEY_FILE)
                        ? KeyType.APP_KEY
                        : KeyType.USER_KEY;
                return new FoundKey(content.key(), CredentialSource.keyFile(file), file, content, implied);
            }
        }
        String files = candidates.stream().map(Path::toString).collect(Collectors.joining(" or "));
        throw new CredentialsException(Reason.NO_KEY, "No key found. Give one with --key-file PATH or --env VAR,"
                + " set " + TOKEN_VARIABLE + ", or save it in " + files + " as " + KeyFileReader.EXPECTED_JSON
                + ".");
    }

    private Path profileDirectory() {
        return variable(PROFILE_DIR_VARIABLE)
                .map(value -> expandHome(Path.of(value.strip())))
                .orElse(userHome.resolve(DEFAULT_PROFILE_DIR));
    }

    private KeyType keyTypeFromEnvironment() throws CredentialsException {
        Optional<String> name = variable(KEY_TYPE_VARIABLE);
        if (name.isEmpty()) {
            return null;
        }
        try {
            return KeyType.fromName(name.get());
        } catch (UnknownKeyTypeException e) {
            throw new CredentialsException(Reason.INVALID_KEY_TYPE, "Environment variable " + KEY_TYPE_VARIABLE
                    + " holds an unknown key type " + e.shownValue() + "; the accepted names are "
                    + KeyType.acceptedNames() + ".");
        }
    }

    private static ApiKey keyFromVariable(String name, String value) throws CredentialsException {
        try {
            return ApiKey.of(value);
        } catch (InvalidApiKeyException e) {
            throw new CredentialsException(Reason.INVALID_KEY,
                    "Environment variable " + name + " does not hold a valid key. " + e.getMessage() + ".");
        }
    }

    /** A variable's value; empty when unset or blank. */
    private Optional<String> variable(String name) {
        return environment.get(name).filter(value -> !value.isBlank());
    }

    private Path expandHome(Path path) {
        String text = path.toString();
        if (text.equals("~")) {
            return userHome;
        }
        if (text.startsWith("~/") || text.startsWith("~" + path.getFileSystem().getSeparator())) {
            return userHome.resolve(text.substring(2));
        }
        return path;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
