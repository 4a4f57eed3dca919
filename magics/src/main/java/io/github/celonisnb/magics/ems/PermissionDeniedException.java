package io.github.celonisnb.magics.ems;

import io.github.celonisnb.magics.secrets.KeyType;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * EMS knows the key but it lacks a permission for this request (403). When the client knows what the request
 * needs, e.g. for one data pool, the message names it and {@link #requiredAccess()} holds it.
 */
public final class PermissionDeniedException extends EmsHttpException {

    private final KeyType keyType;
    private final RequiredAccess requiredAccess;

    PermissionDeniedException(String method, HttpUrl url, KeyType keyType) {
        this(method, url, keyType, null);
    }

    private PermissionDeniedException(String method, HttpUrl url, KeyType keyType, RequiredAccess requiredAccess) {
        super(403, method, url, requiredAccess == null
                ? message(method, url, keyType)
                : message(method, url, keyType, requiredAccess));
        this.keyType = keyType;
        this.requiredAccess = requiredAccess;
    }

    /** The same refusal, with what the request needs named in the message. */
    PermissionDeniedException requiring(RequiredAccess access) {
        return new PermissionDeniedException(method(), url(), keyType, access);
    }

    private static String message(String method, HttpUrl url, KeyType keyType, RequiredAccess access) {
        String what = refused(method, url);
        String grant = access.isSinglePermission() ? "grant it" : "grant one";
        if (keyType == KeyType.APP_KEY) {
            return what + "the key is valid but may not read this " + access.objectKind() + ": the application"
                    + " needs " + access.describe() + "; " + grant + " in Admin & Settings → Applications.";
        }
        return what + "the key is valid but its user may not read this " + access.objectKind() + ": the user needs "
                + access.describe() + "; ask a team admin to " + grant + ".";
    }

    private static String refused(String method, HttpUrl url) {
        return "You don't have permission to perform '" + method + "' -> '" + url + "' (403): ";
    }

    private static String message(String method, HttpUrl url, KeyType keyType) {
        String what = refused(method, url);
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

    /** What the request needs, when the client knows it. */
    public Optional<RequiredAccess> requiredAccess() {
        return Optional.ofNullable(requiredAccess);
    }
}
