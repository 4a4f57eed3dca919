package io.github.celonisnb.emulator.internal;

import java.util.regex.Pattern;

/**
 * Quotes user-supplied values for messages without risking a secret. A value that holds a long
 * run of base64 or base64url characters (a key is one run of 108, the admin token one of 64) is
 * described instead of shown; so is anything very long. Ids, names and grants are broken up by
 * {@code :}, {@code ,} or {@code .} long before that and are shown as they are.
 */
public final class SafeText {

    /** Runs of this many base64/base64url characters are taken for secrets. */
    public static final int SECRET_RUN = 48;

    /** Values longer than this are never echoed, whatever they hold. */
    public static final int MAX_ECHOED_LENGTH = 200;

    private static final Pattern SECRET_LIKE = Pattern.compile("[A-Za-z0-9+/=_-]{" + SECRET_RUN + ",}");

    private SafeText() {
    }

    /** {@code 'value'}, or a description of the value when it may be a secret. */
    public static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        return mayBeSecret(value) ? described(value) : "'" + value + "'";
    }

    /**
     * The value as it is, without quotes, or the same description as {@link #quote} when it may be a
     * secret: for messages whose wording is fixed elsewhere, e.g. EMS's {@code Path /x not found}.
     */
    public static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        return mayBeSecret(value) ? described(value) : value;
    }

    private static boolean mayBeSecret(String value) {
        return value.length() > MAX_ECHOED_LENGTH || SECRET_LIKE.matcher(value).find();
    }

    private static String described(String value) {
        return "(a " + value.length() + "-character value, not shown)";
    }
}
