package io.github.celonisnb.magics.magic;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.github.celonisnb.magics.ProductVersion;
import io.github.celonisnb.magics.credentials.CredentialRequest;
import io.github.celonisnb.magics.credentials.CredentialResolver;
import io.github.celonisnb.magics.credentials.CredentialSource;
import io.github.celonisnb.magics.credentials.Credentials;
import io.github.celonisnb.magics.credentials.KeyFileSafety;
import io.github.celonisnb.magics.credentials.KeyFileWarning;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.permissions.InvalidPolicyException;
import io.github.celonisnb.magics.permissions.PermissionReport;
import io.github.celonisnb.magics.permissions.Policy;
import io.github.celonisnb.magics.permissions.PolicyAudit;
import io.github.celonisnb.magics.permissions.PolicyLocator;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.InvalidApiKeyException;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import picocli.CommandLine;

/**
 * {@code %celonis_login}: finds the key, registers it for redaction, checks where its key file lies, logs in,
 * prints the login log and the key's permissions as PyCelonis does, leaves the session in {@code celonis}, and
 * ends with a short summary of the permission report (and of the notebook's policy, when
 * {@code celonis-policy.json} lies in the working folder).
 *
 * <p>The key is registered with the redactor before the first request, so even an error that
 * somehow quoted it would reach the notebook redacted. A key file git tracks is refused; one git does not
 * ignore, or others may read, is warned about with the fix.
 */
public final class LoginMagic {

    /** The variable the session is bound to in the notebook. */
    public static final String SESSION_VARIABLE = "celonis";

    private final CredentialResolver resolver;
    private final Function<Credentials, LoginResult> login;
    private final SecretRegistry secrets;
    private final SessionBinder binder;
    private final MagicOutput out;
    private final Clock clock;
    private final Prompt prompt;
    private final Path workingDirectory;

    /**
     * A login magic without a masked prompt, whose policy file is looked for in the process's working folder.
     *
     * @param login performs the EMS login sequence, e.g. {@code c -> EmsLogin.login(c, options)}
     */
    public LoginMagic(CredentialResolver resolver, Function<Credentials, LoginResult> login, SecretRegistry secrets,
                      SessionBinder binder, MagicOutput out, Clock clock) {
        this(resolver, login, secrets, binder, out, clock, Prompt.unavailable(), Path.of("").toAbsolutePath());
    }

    /**
     * @param login            performs the EMS login sequence, e.g. {@code c -> EmsLogin.login(c, options)}
     * @param prompt           asks for the key with {@code --prompt}
     * @param workingDirectory where {@code celonis-policy.json} is looked for (the notebook's folder)
     */
    public LoginMagic(CredentialResolver resolver, Function<Credentials, LoginResult> login, SecretRegistry secrets,
                      SessionBinder binder, MagicOutput out, Clock clock, Prompt prompt, Path workingDirectory) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.login = Objects.requireNonNull(login, "login");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.binder = Objects.requireNonNull(binder, "binder");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /**
     * Runs the magic.
     *
     * @param args the magic's arguments, as the kernel split them
     * @return always {@code null}: the output is printed, the session bound to {@value #SESSION_VARIABLE}
     * @throws MagicUsageException for arguments it does not take, or an option value that looks like a key
     * @throws PromptUnavailableException for {@code --prompt} where the front end takes no input
     * @throws io.github.celonisnb.magics.credentials.KeyFileTrackedException when git tracks the key file
     * @throws Exception           a {@code CredentialsException} or {@code EmsException} whose message says what to do
     */
    public Object run(List<String> args) throws Exception {
        LoginArguments parsed = parse(args);
        if (parsed.help) {
            out.info(usage());
            return null;
        }
        if (parsed.unexpected != null && !parsed.unexpected.isEmpty()) {
            boolean keyLike = false;
            for (String value : parsed.unexpected) {
                if (looksLikeAKey(value)) {
                    secrets.registerValue(value, "secret");
                    keyLike = true;
                }
            }
            throw new MagicUsageException("%celonis_login takes no positional arguments (the one given is not shown, "
                    + "in case it is a key). A key never belongs in a notebook: put it in "
                    + "~/pycelonis-profiles/app.json or the CELONIS_API_TOKEN environment variable, "
                    + "then run %celonis_login --app-key."
                    + (keyLike ? " If that was a real key, it is now in this cell's source: delete the cell, and "
                    + "replace the key (Admin & Settings → Applications), since the notebook file may have been saved." : ""));
        }
        if (parsed.keyFile != null && parsed.envVar != null) {
            throw new MagicUsageException("%celonis_login takes one key source: --key-file or --env, not both.");
        }
        KeyShapedValues.refuse("--url", parsed.url, secrets);
        KeyShapedValues.refuse("--env", parsed.envVar, secrets);
        KeyShapedValues.refuse("--key-file", parsed.keyFile == null ? null
                : parsed.keyFile.toString(), secrets);
        LoginLog log = new LoginLog(clock, out);
        CredentialRequest request = new CredentialRequest(keyType(parsed), parsed.keyFile, parsed.envVar, parsed.url);
        Credentials credentials = parsed.prompt ? prompted(request) : resolver.resolve(request);
        secrets.register(credentials.key(), redactionLabel(credentials.keyType()));
        log.info("Using the key from " + credentials.origin().key().describe() + " (not shown).");
        if (credentials.origin().key().kind() == CredentialSource.Kind.KEY_FILE) {
            for (KeyFileWarning warning : KeyFileSafety.check(Path.of(credentials.origin().key().location()))) {
                log.warning(warning.message());
            }
        }

        LoginResult result;
        try {
            result = login.apply(credentials);
        } catch (RuntimeException e) {
            // A failed login must not leave an older session in 'celonis', looking like this key's.
            CelonisSessions.forget().ifPresent(old -> log.warning("The previous session (" + old.url()
                    + ", " + old.keyType().description() + ") is logged out, since this login failed."));
            throw e;
        }
        result.keyTypeWarning().ifPresent(log::warning);
        secrets.register(credentials.key(), redactionLabel(result.keyType()));
        log.info("Initial connect successful! " + greeting(result) + " celonis-nb Version: " + ProductVersion.get());
        log.info("Your key has following permissions:");
        out.info(PermissionJson.format(result.permissions()));

        CelonisSessions.set(new CelonisSession(result));
        if (binder.bind(SESSION_VARIABLE)) {
            log.info("The session is in the variable '" + SESSION_VARIABLE + "': try "
                    + SESSION_VARIABLE + ".whoami() or " + SESSION_VARIABLE + ".permissions().");
        } else {
            log.info("Get the session with: var " + SESSION_VARIABLE + " = "
                    + CelonisSessions.class.getName() + ".current();");
        }
        summarise(result, log);
        return null;
    }

    /** A stray argument worth hiding: long and unbroken, as keys and tokens are; "true" or "please" are not. */
    static boolean looksLikeAKey(String value) {
        return value.length() >= 16 && value.chars().noneMatch(Character::isWhitespace);
    }

    /** The key from the masked prompt, with the URL and type from the options or the environment. */
    private Credentials prompted(CredentialRequest request) throws Exception {
        String kind = request.keyType() == KeyType.APP_KEY ? "application key"
                : request.keyType() == KeyType.USER_KEY ? "user key" : "key";
        String typed;
        try {
            typed = prompt.askSecret("Celonis EMS " + kind + " (the input is hidden): ");
        } catch (PromptUnavailableException e) {
            throw new PromptUnavailableException("%celonis_login --prompt needs a front end that takes input, and this"
                    + " run has none (" + e.getMessage() + "; nbconvert, papermill and other headless runs never"
                    + " allow input). Give the key a non-interactive source instead: a key file (run `celonis-nb key"
                    + " save --app-key` once to write ~/pycelonis-profiles/app.json, then %celonis_login --app-key;"
                    + " or --key-file PATH), or the environment variable CELONIS_API_TOKEN with CELONIS_URL.");
        }
        if (typed == null || typed.isBlank()) {
            throw new MagicUsageException("No key was typed at the prompt, so there is nothing to log in with. Run"
                    + " the cell again and paste the key, or use a key file.");
        }
        secrets.registerValue(typed.strip(), redactionLabel(request.keyType()));
        ApiKey key;
        try {
            key = ApiKey.of(typed);
        } catch (InvalidApiKeyException e) {
            throw new MagicUsageException("What was typed at the prompt is not a key. " + e.getMessage() + ".");
        }
        return resolver.withPromptedKey(request, key);
    }

    /** The short permission report (and policy audit) after the login lines; a policy problem only warns. */
    private void summarise(LoginResult result, LoginLog log) {
        PermissionReport report = PermissionReport.of(SessionAccess.read(result.client(), result.keyType(),
                result.user(), result.permissions()));
        try {
            Optional<Policy> policy = PolicyLocator.find(workingDirectory, null, List.of(), List.of());
            if (policy.isPresent()) {
                report = PolicyAudit.audit(report, policy.get());
            }
        } catch (InvalidPolicyException e) {
            log.warning("The notebook's policy was not applied: " + e.getMessage() + ".");
        }
        for (LoginSummary.Line line : LoginSummary.of(report)) {
            if (line.warning()) {
                log.warning(line.text());
            } else {
                log.info(line.text());
            }
        }
    }

    private static String greeting(LoginResult result) {
        if (result.keyType() == KeyType.APP_KEY) {
            return "You are using an Application Key.";
        }
        String who = result.user().displayName();
        return "Hello " + (who.isBlank() ? "there" : who) + ".";
    }

    static String redactionLabel(KeyType type) {
        if (type == null) {
            return "celonis-key";
        }
        return switch (type) {
            case APP_KEY -> "celonis-app-key";
            case USER_KEY -> "celonis-user-key";
            case BEARER -> "celonis-bearer-token";
        };
    }

    private static KeyType keyType(LoginArguments parsed) {
        if (parsed.keyType == null) {
            return null;
        }
        return parsed.keyType.appKey ? KeyType.APP_KEY : parsed.keyType.userKey ? KeyType.USER_KEY : null;
    }

    private LoginArguments parse(List<String> args) throws MagicUsageException {
        LoginArguments parsed = new LoginArguments();
        CommandLine cli = new CommandLine(parsed);
        try {
            cli.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new MagicUsageException(withoutValues(e.getMessage(), args)
                    + "\nRun %celonis_login --help for the options.");
        }
        return parsed;
    }

    /**
     * picocli quotes the values it could not place; one of them may be a key. Every argument that
     * is not an option name is replaced by {@code <value>} before the message is shown.
     */
    static String withoutValues(String message, List<String> args) {
        List<String> values = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                values.add(arg.substring(arg.indexOf('=') + 1));
            } else if (!arg.startsWith("-")) {
                values.add(arg);
            }
        }
        values.sort((a, b) -> b.length() - a.length());
        String clean = message;
        for (String value : values) {
            if (!value.isEmpty()) {
                clean = clean.replace(value, "<value>");
            }
        }
        return clean;
    }

    /** The help text, in picocli's layout. */
    public static String usage() {
        StringWriter text = new StringWriter();
        new CommandLine(new LoginArguments()).usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString().stripTrailing();
    }
}
