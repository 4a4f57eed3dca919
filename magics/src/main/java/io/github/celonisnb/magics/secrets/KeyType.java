package io.github.celonisnb.magics.secrets;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of EMS key, named as PyCelonis names them, with the Authorization prefix each is sent with.
 *
 * <p>EMS reads the prefix case-insensitively and knows a key only under its own prefix: a user key sent as
 * {@code AppKey} is an unknown key (401), and so is an application key sent as {@code Bearer}.
 */
public enum KeyType {
    /** An application key from Admin &amp; Settings → Applications; sent as {@code AppKey <key>}. */
    APP_KEY("AppKey", "Application Key", "--app-key"),
    /** A user's API key from Edit Profile → API Keys; sent as {@code Bearer <key>}. */
    USER_KEY("Bearer", "User Key", "--user-key"),
    /** An OAuth access token; sent as {@code Bearer <token>}. */
    BEARER("Bearer", "Bearer token", "--bearer");

    private static final String ACCEPTED_NAMES = Arrays.stream(values())
            .map(Enum::name)
            .collect(Collectors.joining(", "));

    private final String authorizationPrefix;
    private final String description;
    private final String loginOption;

    KeyType(String authorizationPrefix, String description, String loginOption) {
        this.authorizationPrefix = authorizationPrefix;
        this.description = description;
        this.loginOption = loginOption;
    }

    /** The word before the key in the Authorization header: {@code AppKey} or {@code Bearer}. */
    public String authorizationPrefix() {
        return authorizationPrefix;
    }

    /** The name a user knows, e.g. {@code Application Key}. */
    public String description() {
        return description;
    }

    /** The option of the login magic that selects this key type, e.g. {@code --app-key}. */
    public String loginOption() {
        return loginOption;
    }

    /**
     * The key type to suggest when a key of this type is rejected: an application key for a user key or a
     * bearer token, a user key for an application key.
     */
    public KeyType other() {
        return this == APP_KEY ? USER_KEY : APP_KEY;
    }

    /** The accepted names, for messages: {@code APP_KEY, USER_KEY, BEARER}. */
    public static String acceptedNames() {
        return ACCEPTED_NAMES;
    }

    /**
     * The key type with this PyCelonis name ({@code APP_KEY}, {@code USER_KEY} or {@code BEARER}), ignoring case
     * and surrounding whitespace.
     *
     * @throws UnknownKeyTypeException when the name is none of these; the message lists the accepted names
     */
    public static KeyType fromName(String name) {
        if (name != null) {
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            for (KeyType type : values()) {
                if (type.name().equals(wanted)) {
                    return type;
                }
            }
        }
        throw new UnknownKeyTypeException(name);
    }
}
