package io.github.celonisnb.emulator.internal.http.ui;

import io.github.celonisnb.emulator.internal.http.Response;

/** The answers the web page sends: HTML with the status it needs, and redirects after a change. */
final class Pages {

    /** The content type of every page. */
    static final String HTML = "text/html;charset=UTF-8";

    private Pages() {
    }

    /** A page with this status. */
    static Response html(int status, String page) {
        return Response.text(status, HTML, page);
    }

    /** 303 See Other: after a POST the browser loads the result with GET, so a reload sends nothing again. */
    static Response seeOther(String location) {
        return Response.empty(303).withHeader("Location", location);
    }
}
