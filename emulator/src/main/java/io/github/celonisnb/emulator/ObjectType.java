package io.github.celonisnb.emulator;

import io.github.celonisnb.magics.permissions.Service;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of object a grant can be limited to, each with the service it belongs to. */
public enum ObjectType {
    /** A data pool of Data Integration. */
    POOL("pool", Service.EVENT_COLLECTION),
    /** A space of Studio. */
    SPACE("space", Service.PACKAGE_MANAGER);

    private final String word;
    private final Service service;

    ObjectType(String word, Service service) {
        this.word = word;
        this.service = service;
    }

    /** The word used in a grant's text, e.g. {@code pool} in {@code event-collection:pool/ID:ADMIN}. */
    public String word() {
        return word;
    }

    /** The service objects of this type belong to. */
    public Service service() {
        return service;
    }

    /** The type with this word, ignoring letter case. */
    public static Optional<ObjectType> byWord(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equalsIgnoreCase(word)).findFirst();
    }
}
