package io.github.celonisnb.magics.ems;

import okhttp3.HttpUrl;

/**
 * EMS answered with a status this client has no specific meaning for: a server error, rate limiting, a
 * redirect not followed, a rejected request. The message holds a short, redacted excerpt of what the server
 * said, never the request headers.
 */
public final class UnexpectedStatusException extends EmsHttpException {

    private final String serverMessage;

    UnexpectedStatusException(int status, String method, HttpUrl url, String serverMessage) {
        super(status, method, url, "EMS answered " + status + " for " + method + " " + url + ": " + advice(status)
                + (serverMessage.isEmpty() ? "." : ". The server said: \"" + serverMessage + "\"."));
        this.serverMessage = serverMessage;
    }

    private static String advice(int status) {
        if (status == 429) {
            return "too many requests; wait a minute and try again";
        }
        if (status >= 500) {
            return "the server had a problem; try again later";
        }
        if (status >= 300 && status < 400) {
            return "a redirect that was not followed (to another scheme); check the EMS URL, it should be the"
                    + " team's address, e.g. " + EXAMPLE_URL;
        }
        if (status >= 400) {
            return "the request was not accepted";
        }
        return "an answer this client does not expect";
    }

    /** The excerpt of the server's answer shown in the message (redacted), or empty. */
    public String serverMessage() {
        return serverMessage;
    }
}
