package io.github.celonisnb.magics.credentials;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one part of the credentials (the key, the URL or the key type) came from.
 *
 * @param kind the kind of place
 * @param location the option, file or variable name; empty for {@link Kind#NOT_SET}
 */
public record CredentialSource(Kind kind, String location) {

    /** The kinds of place a part of the credentials can come from. */
    public enum Kind {
        /** An option of the login command, e.g. {@code --url}. */
        ARGUMENT,
        /** The content of a key file. */
        KEY_FILE,
        /** The name of a default key file: {@code app.json} means an application key. */
        KEY_FILE_NAME,
        /** An environment variable. */
        ENVIRONMENT_VARIABLE,
        /** A masked prompt, typed by the person at the notebook. */
        PROMPT,
        /** Nowhere: the part was not given (only the key type may be missing). */
        NOT_SET
    }

    public CredentialSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
    }

    /** An option of the login command, e.g. {@code --url}. */
    public static CredentialSource argument(String option) {
        return new CredentialSource(Kind.ARGUMENT, option);
    }

    /** The content of this key file. */
    public static CredentialSource keyFile(Path file) {
        return new CredentialSource(Kind.KEY_FILE, file.toString());
    }

    /** The name of this default key file. */
    public static CredentialSource keyFileName(Path file) {
        return new CredentialSource(Kind.KEY_FILE_NAME, file.toString());
    }

    /** This environment variable. */
    public static CredentialSource environmentVariable(String name) {
        return new CredentialSource(Kind.ENVIRONMENT_VARIABLE, name);
    }

    /** A masked prompt. */
    public static CredentialSource prompt() {
        return new CredentialSource(Kind.PROMPT, "");
    }

    /** Not given anywhere. */
    public static CredentialSource notSet() {
        return new CredentialSource(Kind.NOT_SET, "");
    }

    /** In words, e.g. {@code key file /home/u/pycelonis-profiles/app.json}. */
    public String describe() {
        switch (kind) {
            case ARGUMENT:
                return "argument " + location;
            case KEY_FILE:
                return "key file " + location;
            case KEY_FILE_NAME:
                return "the name of key file " + location;
            case ENVIRONMENT_VARIABLE:
                return "environment variable " + location;
            case PROMPT:
                return "a masked prompt";
            default:
                return "not set";
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
