package io.github.celonisnb.magics.ems;

import okhttp3.HttpUrl;

/** EMS answered, but not with what was asked for. Carries the status, the method and the URL. */
public abstract class EmsHttpException extends EmsException {

    private final int status;
    private final String method;
    private final HttpUrl url;

    EmsHttpException(int status, String method, HttpUrl url, String message) {
        super(message);
        this.status = status;
        this.method = method;
        this.url = url;
    }

    /** The HTTP status code, e.g. 401. */
    public int status() {
        return status;
    }

    /** The request method, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The URL requested. */
    public HttpUrl url() {
        return url;
    }
}
