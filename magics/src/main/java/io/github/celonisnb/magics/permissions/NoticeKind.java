package io.github.celonisnb.magics.permissions;

import java.util.Locale;

/** What a notice of the permission report is about. */
public enum NoticeKind {
    /** A user key: it carries every right of its user. */
    USER_KEY(true),
    /** An application key with a critical permission. */
    CRITICAL_PERMISSIONS(true),
    /** Names the catalogue does not know; shown and flagged, never dropped. */
    UNKNOWN_PERMISSIONS(true),
    /** The key holds nothing at all. */
    NO_PERMISSIONS(false),
    /** A grant on one object that a service-level grant makes pointless. */
    NO_EFFECT(false),
    /** A listing failed, so the one-object grants of that kind are not shown. */
    LISTING_FAILED(true),
    /** A policy requires what the key does not hold. */
    MISSING(true),
    /** The key holds more than a policy needs. */
    EXCESS(true),
    /** The key matches the policy exactly. */
    POLICY_MET(false);

    private final boolean warning;

    NoticeKind(boolean warning) {
        this.warning = warning;
    }

    /** Whether the notice warns ({@code Warning:}) rather than informs ({@code Note:}). */
    public boolean isWarning() {
        return warning;
    }

    /** The kind in JSON, e.g. {@code user-key}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
