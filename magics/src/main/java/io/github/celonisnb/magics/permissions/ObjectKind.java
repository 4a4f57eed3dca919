package io.github.celonisnb.magics.permissions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of object EMS grants permissions on one at a time, each with the service-level names that reach
 * every object of the kind. When a key holds one of those, it decides: a grant on one object of the kind has no
 * effect (DESIGN.md §3, "service level overrides object level").
 */
public enum ObjectKind {
    /** A data pool of Data Integration, listed by {@code GET /integration/api/pools}. */
    DATA_POOL(Service.EVENT_COLLECTION, "data pool", "pool", "pools",
            List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS")),
    /** A Studio space, listed by {@code GET /package-manager/api/spaces}. */
    SPACE(Service.PACKAGE_MANAGER, "space", "space", "spaces",
            List.of("EDIT_ALL_SPACES", "DELETE_ALL_SPACES", "MANAGE_PERMISSIONS"));

    private final Service service;
    private final String word;
    private final String shortWord;
    private final String pluralWord;
    private final List<String> coveringNames;

    ObjectKind(Service service, String word, String shortWord, String pluralWord, List<String> coveringNames) {
        this.service = service;
        this.word = word;
        this.shortWord = shortWord;
        this.pluralWord = pluralWord;
        this.coveringNames = coveringNames;
    }

    /** The service the objects belong to. */
    public Service service() {
        return service;
    }

    /** The object in words, e.g. {@code data pool}. */
    public String word() {
        return word;
    }

    /**
     * The short word used in grants and policies, e.g. {@code pool} in {@code event-collection:pool/Sales:ADMIN}
     * and in {@code "pools": {...}} (plural).
     */
    public String shortWord() {
        return shortWord;
    }

    /** The short word in the plural, e.g. {@code pools}: the policy file's key for these objects. */
    public String pluralWord() {
        return pluralWord;
    }

    /** The service-level names that reach every object of this kind, in catalogue order. */
    public List<String> coveringNames() {
        return coveringNames;
    }

    /** Whether {@code name}, held on the whole service, reaches every object of this kind. */
    public boolean coversEveryObject(String name) {
        return coveringNames.contains(name);
    }

    /** The kind of object the service grants on one at a time, if celonis-nb lists such objects. */
    public static Optional<ObjectKind> of(Service service) {
        Objects.requireNonNull(service, "service");
        for (ObjectKind kind : values()) {
            if (kind.service == service) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind whose {@link #shortWord()} is {@code word} ({@code pool}, {@code space}). */
    public static Optional<ObjectKind> byShortWord(String word) {
        for (ObjectKind kind : values()) {
            if (kind.shortWord.equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
