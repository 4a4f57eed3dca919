package io.github.celonisnb.magics.ems;

import okhttp3.HttpUrl;

/**
 * A successful answer that is not JSON, typically an HTML page: the URL points at some web server, not at EMS.
 * The body is not quoted.
 */
public final class ResponseNotJsonException extends EmsHttpException {

    private final String contentType;

    ResponseNotJsonException(int status, String method, HttpUrl url, String contentType) {
        super(status, method, url, "Cannot parse the response of " + method + " " + url + " as JSON (" + status
                + ", " + (contentType.isEmpty() ? "no content type" : contentType) + "): the URL probably does not"
                + " point at EMS; it should be the team's address, e.g. " + EXAMPLE_URL + ".");
        this.contentType = contentType;
    }

    /** The media type the server declared, e.g. {@code text/html}; empty when it declared none. */
    public String contentType() {
        return contentType;
    }
}
