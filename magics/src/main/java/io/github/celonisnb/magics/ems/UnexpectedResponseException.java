package io.github.celonisnb.magics.ems;

import okhttp3.HttpUrl;

/** A successful JSON answer of the wrong shape, e.g. an object where a list was expected. */
public final class UnexpectedResponseException extends EmsHttpException {

    private final String expected;

    UnexpectedResponseException(int status, String method, HttpUrl url, String expected) {
        super(status, method, url, "The response of " + method + " " + url + " is JSON but not " + expected
                + ": the URL may not point at EMS, or this EMS answers differently than expected.");
        this.expected = expected;
    }

    /** What the answer should have been, in words, e.g. {@code a JSON array of service permissions}. */
    public String expected() {
        return expected;
    }
}
