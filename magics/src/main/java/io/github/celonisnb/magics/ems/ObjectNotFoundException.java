package io.github.celonisnb.magics.ems;

import okhttp3.HttpUrl;

/** Nothing at this URL (404); for the login calls this means the URL is not an EMS team's address. */
public final class ObjectNotFoundException extends EmsHttpException {

    ObjectNotFoundException(String method, HttpUrl url) {
        super(404, method, url, "Object at '" + url + "' not found (404): check the EMS URL; it should be the"
                + " team's address, e.g. " + EXAMPLE_URL + ".");
    }
}
