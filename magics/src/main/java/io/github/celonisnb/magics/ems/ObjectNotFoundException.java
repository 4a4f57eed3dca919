package io.github.celonisnb.magics.ems;

import okhttp3.HttpUrl;

/**
 * Nothing at this URL (404). For the login calls this means the URL is not an EMS team's address; for one
 * object asked for by its id, that no such object exists or that the key may not see it.
 */
public final class ObjectNotFoundException extends EmsHttpException {

    ObjectNotFoundException(String method, HttpUrl url) {
        super(404, method, url, "Object at '" + url + "' not found (404): check the EMS URL; it should be the"
                + " team's address, e.g. " + EXAMPLE_URL + ".");
    }

    private ObjectNotFoundException(String method, HttpUrl url, String objectKind) {
        super(404, method, url, "Object at '" + url + "' not found (404): there is no " + objectKind + " with"
                + " this id, or the key may not see it; check the id against the " + objectKind + "s the key lists.");
    }

    /** The same answer, explained for one {@code objectKind} (e.g. {@code data pool}) asked for by its id. */
    ObjectNotFoundException forObject(String objectKind) {
        return new ObjectNotFoundException(method(), url(), objectKind);
    }
}
