package io.github.celonisnb.emulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.TestHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does with the emulator's web page, over real sockets: keeps the session cookie, sends
 * forms with the page's own Origin, and reads the CSRF token from the last page it loaded.
 */
final class PageBrowser {

    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    static final Pattern FORM_TOKEN = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");
    static final Pattern NEW_KEY = Pattern.compile("<code id=\"new-key\">([^<]+)</code>");

    private final EmsEmulator emulator;
    private final TestHttp http;
    private Optional<String> cookie = Optional.empty();
    private String lastPage = "";

    PageBrowser(EmsEmulator emulator) {
        this.emulator = emulator;
        this.http = new TestHttp(emulator.baseUrl());
    }

    /** Signs in with a fresh login link, as opening it in a browser does. */
    static PageBrowser signedIn(EmsEmulator emulator) {
        PageBrowser browser = new PageBrowser(emulator);
        HttpResponse<String> answer = browser.signIn(tokenOf(emulator.newUiLoginUrl()));
        assertEquals(303, answer.statusCode(), answer.body());
        return browser;
    }

    /** The token in a login link's fragment. */
    static String tokenOf(URI loginUrl) {
        return loginUrl.getFragment().substring("token=".length());
    }

    /** Posts the token to the login form; keeps the cookie when one is set. */
    HttpResponse<String> signIn(String token) {
        HttpResponse<String> answer = post("/emulator/ui/login", List.of("token", token), ownOrigin());
        answer.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = Optional.of(c.substring(0, c.indexOf(';'))));
        return answer;
    }

    /** GET with the session cookie; remembers the page for its CSRF token. */
    HttpResponse<String> get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.baseUrl().resolve(path))
                .timeout(Duration.ofSeconds(10)).GET();
        cookie.ifPresent(c -> request.header("Cookie", c));
        HttpResponse<String> answer = http.send(request.build());
        lastPage = answer.body();
        return answer;
    }

    /** Loads a page, then submits its form with the page's CSRF token (and form token, if any) and these fields. */
    HttpResponse<String> submit(String formPage, String action, String... fields) {
        HttpResponse<String> page = get(formPage);
        assertEquals(200, page.statusCode(), page.body());
        return post(action, formFieldsOf(page.body(), fields), ownOrigin());
    }

    /** The hidden fields of a page's form, then these fields: what a browser sends when the form is submitted. */
    static List<String> formFieldsOf(String page, String... fields) {
        List<String> all = new ArrayList<>(List.of("csrf", csrfOf(page)));
        Matcher formToken = FORM_TOKEN.matcher(page);
        if (formToken.find()) {
            all.addAll(List.of("form", formToken.group(1)));
        }
        all.addAll(List.of(fields));
        return all;
    }

    /** POST of a form with exactly these name, value pairs and this Origin ({@code null}: none). */
    HttpResponse<String> post(String path, List<String> fields, String origin) {
        String body = formOf(fields);
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.baseUrl().resolve(path))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        cookie.ifPresent(c -> request.header("Cookie", c));
        if (origin != null) {
            request.header("Origin", origin);
        }
        HttpResponse<String> answer = http.send(request.build());
        lastPage = answer.body();
        return answer;
    }

    /** Creates an application through the page and returns the key shown on the answer. */
    String createApplication(String name) {
        HttpResponse<String> created = submit("/emulator/ui/applications/new", "/emulator/ui/applications", "name", name);
        assertEquals(200, created.statusCode(), created.body());
        Matcher m = NEW_KEY.matcher(created.body());
        assertTrue(m.find(), created.body());
        return m.group(1);
    }

    String ownOrigin() {
        return "http://127.0.0.1:" + emulator.port();
    }

    Optional<String> cookie() {
        return cookie;
    }

    void useCookie(String value) {
        cookie = Optional.of(value);
    }

    String lastPage() {
        return lastPage;
    }

    static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        assertTrue(m.find(), "no CSRF field on the page:\n" + page);
        return m.group(1);
    }

    private static String formOf(List<String> fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i += 2) {
            pairs.add(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return pairs.stream().collect(Collectors.joining("&"));
    }
}
