package io.github.celonisnb.magics.credentials;

import java.util.Objects;

/**
 * Credentials could not be found or read. The message names the file or variable involved, says what was
 * expected, and never shows the content.
 */
public final class CredentialsException extends Exception {

    /** What went wrong, for callers that react differently to different failures. */
    public enum Reason {
        /** A key file does not exist. */
        KEY_FILE_MISSING,
        /** A key file is a directory or another kind of non-regular file. */
        KEY_FILE_NOT_A_FILE,
        /** A key file exists but cannot be read. */
        KEY_FILE_UNREADABLE,
        /** A key file is far larger than any key file. */
        KEY_FILE_TOO_LARGE,
        /** A key file is not UTF-8 text. */
        KEY_FILE_NOT_TEXT,
        /** A key file is empty or holds only whitespace. */
        KEY_FILE_EMPTY,
        /** A key file looks like JSON but does not parse. */
        KEY_FILE_INVALID_JSON,
        /** A key file is JSON but not an object. */
        KEY_FILE_NOT_AN_OBJECT,
        /** A JSON key file has no {@code api_token}. */
        KEY_FILE_NO_TOKEN,
        /** A field of a JSON key file is not a string. */
        KEY_FILE_FIELD_NOT_A_STRING,
        /** A raw key file holds several whitespace-separated tokens. */
        KEY_FILE_SEVERAL_TOKENS,
        /** The key found is not a valid key (empty, whitespace or control characters inside). */
        INVALID_KEY,
        /** A key type name is not one of APP_KEY, USER_KEY, BEARER. */
        INVALID_KEY_TYPE,
        /** The {@code --env} option does not name an environment variable. */
        INVALID_VARIABLE_NAME,
        /** A variable named explicitly is not set or is empty. */
        VARIABLE_NOT_SET,
        /** No key was given and none was found in the default places. */
        NO_KEY,
        /** No EMS URL was given anywhere. */
        NO_URL
    }

    private final Reason reason;

    CredentialsException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** What went wrong. */
    public Reason reason() {
        return reason;
    }
}
