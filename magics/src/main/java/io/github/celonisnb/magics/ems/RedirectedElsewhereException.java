package io.github.celonisnb.magics.ems;

import okhttp3.HttpUrl;

/**
 * The team's address redirected the request to another host, which refused it (401 or 403). The key is never
 * sent to another host, so the refusal says nothing about the key: usually the EMS URL is not the team's current
 * address. Only the other host's origin is shown, never its path or query.
 */
public final class RedirectedElsewhereException extends EmsHttpException {

    private final String redirectedTo;

    RedirectedElsewhereException(int status, String method, HttpUrl url, HttpUrl answeredBy) {
        this(status, method, url, originOf(answeredBy));
    }

    private RedirectedElsewhereException(int status, String method, HttpUrl url, String redirectedTo) {
        super(status, method, url, method + " " + url + " was redirected to another host, " + redirectedTo
                + ", which answered " + status + ": the key is never sent to another host. Check the EMS URL; if the"
                + " team's address is now " + redirectedTo + ", log in with that.");
        this.redirectedTo = redirectedTo;
    }

    /** The scheme, host and port the request ended at, e.g. {@code https://acme.eu-1.celonis.cloud}. */
    public String redirectedTo() {
        return redirectedTo;
    }

    static boolean sameOrigin(HttpUrl one, HttpUrl other) {
        return one.scheme().equals(other.scheme()) && one.host().equals(other.host()) && one.port() == other.port();
    }

    private static String originOf(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
        return url.scheme() + "://" + host + (defaultPort ? "" : ":" + url.port());
    }
}
