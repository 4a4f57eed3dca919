package io.github.celonisnb.emulator.internal.http.ui;

import static io.github.celonisnb.emulator.internal.http.ui.Html.escape;

import java.util.Optional;

/** Signing in, and the pages that say what went wrong and what to do. */
final class NoticePages {

    /** The name of the login form's field that carries the one-time token. */
    static final String TOKEN_FIELD = "token";

    private NoticePages() {
    }

    /**
     * The login form. The login link carries the token in its fragment, which browsers never send; the
     * page's script moves it into this form, removes it from the address bar and history, and submits.
     */
    static String login(Optional<String> problem) {
        String main = "<h1>Sign in to Admin &amp; Settings</h1>\n"
                + problem.map(p -> "<p class=\"problem\" role=\"alert\">" + escape(p) + "</p>\n").orElse("")
                + "<p>Open the login link the emulator printed when it started; it signs you in by itself. Or paste the "
                + "token from that link (the part after <code>#token=</code>) here. A link works once.</p>\n"
                + "<form method=\"post\" action=\"" + Layout.LOGIN + "\" id=\"login-form\" class=\"stacked\">"
                + "<label for=\"token\">Login token</label><input type=\"password\" id=\"token\" name=\"" + TOKEN_FIELD
                + "\" autocomplete=\"off\" required>"
                + "<p><button type=\"submit\" class=\"primary\">Sign in</button></p></form>";
        return Layout.page("Sign in", Optional.empty(), main);
    }

    /** A page for a refused or failed request: what happened, then what to do. */
    static String problem(String title, String whatHappened, String whatToDo, Optional<UiSession> session) {
        String main = "<h1>" + escape(title) + "</h1>\n<p class=\"problem\" role=\"alert\">" + escape(whatHappened)
                + "</p>\n<p>" + escape(whatToDo) + "</p>\n<p><a href=\"" + Layout.APPLICATIONS
                + "\">Back to Applications</a></p>";
        return Layout.page(title, session, main);
    }
}
