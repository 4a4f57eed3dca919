package io.github.celonisnb.kernel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.celonisnb.magics.credentials.CredentialRequest;
import io.github.celonisnb.magics.credentials.CredentialResolver;
import io.github.celonisnb.magics.credentials.CredentialSource;
import io.github.celonisnb.magics.credentials.Credentials;
import io.github.celonisnb.magics.credentials.CredentialsException;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.detect.KnownSecret;

/**
 * Collects the key values a scan looks for: the keys in the user's default key files ({@code app.json} and
 * {@code user.json} in {@code $CELONIS_PROFILE_DIR} or {@code ~/pycelonis-profiles}), the key in
 * {@code CELONIS_API_TOKEN}, and the keys in key files named on the command line.
 *
 * <p>A default key file that is missing is skipped; one that exists but cannot be read is an error, since
 * scanning without its key could let that very key through.
 */
final class KnownSecretsLoader {

    /** The resolver insists on an EMS URL; scanning needs the key only, so any URL will do. */
    private static final String URL_NOT_NEEDED = "https://url-not-needed.invalid";

    private final CliContext context;
    private final CredentialResolver resolver;

    KnownSecretsLoader(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.resolver = new CredentialResolver(context.credentialsEnvironment(), context.userHome());
    }

    /**
     * The known secrets for these options, each labelled by its key type ({@code celonis-app-key},
     * {@code celonis-user-key}, {@code celonis-bearer-token}, or {@code celonis-key} when the type is unknown).
     *
     * @throws KeySourceException naming the file or variable that does not hold a readable key
     */
    List<KnownSecret> load(KnownSecretOptions options) throws KeySourceException {
        List<KnownSecret> secrets = new ArrayList<>();
        for (Path file : options.keyFiles) {
            Path resolved = context.resolve(file);
            add(secrets, fromFile(resolved), resolved, "key file " + file);
        }
        if (!options.noDefaultKeys) {
            for (Path file : defaultKeyFiles()) {
                if (Files.exists(file)) {
                    add(secrets, fromFile(file), file, "key file " + file);
                }
            }
            String token = context.environment().get(CredentialResolver.TOKEN_VARIABLE);
            if (token != null && !token.isBlank()) {
                add(secrets, fromVariable(CredentialResolver.TOKEN_VARIABLE), null,
                        "environment variable " + CredentialResolver.TOKEN_VARIABLE);
            }
        }
        return List.copyOf(secrets);
    }

    private List<Path> defaultKeyFiles() {
        String configured = context.environment().get(CredentialResolver.PROFILE_DIR_VARIABLE);
        Path directory;
        if (configured != null && !configured.isBlank()) {
            String dir = configured.strip();
            directory = dir.equals("~") || dir.startsWith("~/")
                    ? context.userHome().resolve(dir.substring(Math.min(2, dir.length())))
                    : context.resolve(Path.of(dir));
        } else {
            directory = context.userHome().resolve(CredentialResolver.DEFAULT_PROFILE_DIR);
        }
        return List.of(directory.resolve(CredentialResolver.APP_KEY_FILE),
                directory.resolve(CredentialResolver.USER_KEY_FILE));
    }

    private Credentials fromFile(Path file) throws KeySourceException {
        try {
            return resolver.resolve(new CredentialRequest(null, file, null, URL_NOT_NEEDED));
        } catch (CredentialsException e) {
            throw new KeySourceException(e.getMessage() + " Fix the file, or pass --no-default-keys to scan"
                    + " without the default keys.");
        }
    }

    private Credentials fromVariable(String name) throws KeySourceException {
        try {
            return resolver.resolve(new CredentialRequest(null, null, name, URL_NOT_NEEDED));
        } catch (CredentialsException e) {
            throw new KeySourceException(e.getMessage() + " Unset it, or pass --no-default-keys.");
        }
    }

    private static void add(List<KnownSecret> secrets, Credentials credentials, Path file, String source)
            throws KeySourceException {
        String fileName = file == null ? "" : file.getFileName().toString();
        String value = credentials.key().reveal();
        if (value.length() < KnownSecret.MIN_LENGTH) {
            throw new KeySourceException("The key in " + source + " has fewer than " + KnownSecret.MIN_LENGTH
                    + " characters, too short to look for without false alarms; is it the right file?");
        }
        KnownSecret secret = new KnownSecret(label(credentials, fileName), value);
        if (!secrets.contains(secret)) {
            secrets.add(secret);
        }
    }

    /**
     * The same labels the kernel's redaction marks show. The type a key file states comes first, then a default file's
     * name ({@code app.json}, {@code user.json}), then {@code CELONIS_KEY_TYPE}.
     */
    private static String label(Credentials credentials, String fileName) {
        KeyType type = credentials.keyType();
        boolean statedInFile = credentials.origin().keyType().kind() == CredentialSource.Kind.KEY_FILE;
        if (!statedInFile && fileName.equals(CredentialResolver.APP_KEY_FILE)) {
            type = KeyType.APP_KEY;
        } else if (!statedInFile && fileName.equals(CredentialResolver.USER_KEY_FILE)) {
            type = KeyType.USER_KEY;
        }
        if (type == null) {
            return "celonis-key";
        }
        return switch (type) {
            case APP_KEY -> "celonis-app-key";
            case USER_KEY -> "celonis-user-key";
            case BEARER -> "celonis-bearer-token";
        };
    }
}
