package io.github.celonisnb.magics.permissions;

/** What a row of the permission report means for the key. */
public enum Effect {
    /** The key holds the permission and may use it. */
    EFFECTIVE("effective"),
    /** The key holds the permission on one object, but a service-level grant decides for every such object. */
    NO_EFFECT("no effect"),
    /** {@code $ACCESS_CHILD}: not a grant, a sign that some object of the service has one. */
    MARKER("not a grant"),
    /** A policy requires the permission and the key does not hold it: the notebook will fail where it uses it. */
    MISSING("missing");

    private final String word;

    Effect(String word) {
        this.word = word;
    }

    /** The word shown in reports, e.g. {@code no effect}. */
    public String word() {
        return word;
    }
}
