package io.github.celonisnb.magics.ems;

import io.github.celonisnb.magics.secrets.KeyType;
import okhttp3.HttpUrl;

/** EMS knows the key but it lacks a permission for this request (403). */
public final class PermissionDeniedException extends EmsHttpException {

    private final KeyType keyType;

    PermissionDeniedException(String method, HttpUrl url, KeyType keyType) {
        super(403, method, url, message(method, url, keyType));
        this.keyType = keyType;
    }

    private static String message(String method, HttpUrl url, KeyType keyType) {
        String what = "You don't have permission to perform '" + method + "' -> '" + url + "' (403): ";
        if (keyType == KeyType.APP_KEY) {
            return what + "the key is valid but lacks a permission for this; grant it in Admin & Settings →"
                    + " Applications.";
        }
        return what + "the key is valid but its user lacks a permission for this; ask a team admin to grant it.";
    }

    /** The key type the key was sent as. */
    public KeyType keyType() {
        return keyType;
    }
}
