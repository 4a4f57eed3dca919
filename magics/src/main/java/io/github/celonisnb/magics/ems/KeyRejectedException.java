package io.github.celonisnb.magics.ems;

import io.github.celonisnb.magics.secrets.KeyType;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * EMS does not know the key (401): it is wrong, deleted, or of the other key type. EMS knows a key only
 * under its own Authorization prefix, so a user key sent as an application key is rejected the same way.
 */
public final class KeyRejectedException extends EmsHttpException {

    private final List<KeyType> keyTypesTried;

    /** The key was rejected as {@code keyType}. */
    KeyRejectedException(String method, HttpUrl url, KeyType keyType) {
        this(method, url, List.of(keyType));
    }

    /** The key was rejected as each of {@code keyTypesTried}, in that order (key-type detection). */
    KeyRejectedException(String method, HttpUrl url, List<KeyType> keyTypesTried) {
        super(401, method, url, message(method, url, keyTypesTried));
        this.keyTypesTried = List.copyOf(keyTypesTried);
    }

    private static String message(String method, HttpUrl url, List<KeyType> tried) {
        String request = "The key was rejected (401) for " + method + " " + url;
        if (tried.size() == 1) {
            return request + ": it may be wrong, deleted, or of the other key type; try "
                    + tried.get(0).other().loginOption() + ".";
        }
        return request + " both " + tried.stream().map(KeyRejectedException::asType)
                .collect(Collectors.joining(" and ")) + ": it may be wrong or deleted; check it, or create a new"
                + " key.";
    }

    private static String asType(KeyType type) {
        return (type == KeyType.APP_KEY ? "as an " : "as a ") + type.description();
    }

    /** The key type the key was sent as (the last one, when several were tried). */
    public KeyType keyType() {
        return keyTypesTried.get(keyTypesTried.size() - 1);
    }

    /** Every key type the key was sent as, in order. */
    public List<KeyType> keyTypesTried() {
        return keyTypesTried;
    }
}
