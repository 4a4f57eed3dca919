package io.github.celonisnb.magics.permissions;

/** What a policy says about one row of the permission report. */
public enum Verdict {
    /** No policy was applied. */
    NOT_AUDITED(""),
    /** The policy requires it. */
    REQUIRED("required"),
    /** The policy allows it without requiring it. */
    ALLOWED("allowed"),
    /** The policy neither requires nor allows it: the key can do more than the notebook needs. */
    EXCESS("EXCESS"),
    /** The policy requires it and the key does not hold it. */
    MISSING("MISSING"),
    /** The row is no grant that counts (a marker, or a grant without effect). */
    NOT_COUNTED("-");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    /** The word shown in the report's policy column; upper case for what fails a policy. */
    public String word() {
        return word;
    }

    /** Whether this row fails the policy. */
    public boolean fails() {
        return this == EXCESS || this == MISSING;
    }
}
