package io.github.celonisnb.emulator;

/** The two static key types of EMS, each with the Authorization prefix it must be sent with. */
public enum KeyKind {
    /** An application key: sent as {@code Authorization: AppKey <key>}, starts without permissions. */
    APP("AppKey", "application key"),
    /** A user API key: sent as {@code Authorization: Bearer <key>}, carries its owner's permissions. */
    USER("Bearer", "user key");

    private final String headerPrefix;
    private final String words;

    KeyKind(String headerPrefix, String words) {
        this.headerPrefix = headerPrefix;
        this.words = words;
    }

    /** The Authorization scheme word for this kind, {@code AppKey} or {@code Bearer}. */
    public String headerPrefix() {
        return headerPrefix;
    }

    /** The kind in words, e.g. {@code application key}, for messages. */
    public String words() {
        return words;
    }

    /** The lower-case short name used on the command line and in the state file: {@code app} or {@code user}. */
    public String shortName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
