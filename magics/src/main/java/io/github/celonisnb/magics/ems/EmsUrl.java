package io.github.celonisnb.magics.ems;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The address of an EMS team, normalised: scheme, host and port only, e.g.
 * {@code https://acme.eu-1.celonis.cloud}.
 *
 * <p>As in PyCelonis 2.x, anything after the host (path, query, fragment) is dropped and a missing scheme
 * becomes {@code https://}. Plain {@code http://} is refused except for loopback hosts ({@code localhost},
 * {@code 127.0.0.0/8}, {@code [::1]}), where the emulator runs, because the key would otherwise cross the
 * network in clear text.
 */
public final class EmsUrl {

    private static final String EXPECTED = "expected " + EmsException.EXAMPLE_URL;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]{0,15}");
    /** A run this long of base64 characters is a key, not part of a URL; such input is never echoed. */
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9+/=]{40,}");

    private final HttpUrl base;
    private final String text;

    private EmsUrl(HttpUrl base) {
        this.base = base;
        String host = base.host().contains(":") ? "[" + base.host() + "]" : base.host();
        boolean defaultPort = base.port() == HttpUrl.defaultPort(base.scheme());
        this.text = base.scheme() + "://" + host + (defaultPort ? "" : ":" + base.port());
    }

    /**
     * Normalises a team URL as a user gave it.
     *
     * @throws InvalidEmsUrlException when the URL is empty, garbled, has a user name or password, a host
     *     without a domain, a scheme other than https, or http for a host that is not loopback; the message
     *     says what is expected
     */
    public static EmsUrl parse(String raw) throws InvalidEmsUrlException {
        if (raw == null || raw.isBlank()) {
            throw new InvalidEmsUrlException(InvalidEmsUrlException.Problem.EMPTY, "The EMS URL is empty; "
                    + EXPECTED + ".");
        }
        String input = raw.strip();
        String scheme = "https";
        String rest = input;
        int separator = input.indexOf("://");
        if (separator >= 0) {
            scheme = input.substring(0, separator).toLowerCase(Locale.ROOT);
            rest = input.substring(separator + 3);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                String shown = SCHEME.matcher(scheme).matches() ? " (not " + scheme + "://)" : "";
                throw new InvalidEmsUrlException(InvalidEmsUrlException.Problem.UNSUPPORTED_SCHEME,
                        "The EMS URL must start with https://" + shown + "; " + EXPECTED + ".");
            }
        }
        boolean pastedKey = KEY_LIKE.matcher(rest).lookingAt();
        String authority = rest.split("[/?#\\\\]", 2)[0];
        if (authority.contains("@")) {
            throw new InvalidEmsUrlException(InvalidEmsUrlException.Problem.USER_INFO, "The EMS URL must not hold a"
                    + " user name or password before the host; give the key separately and the URL as "
                    + EmsException.EXAMPLE_URL + ".");
        }
        HttpUrl url = authority.isEmpty() ? null : HttpUrl.parse(scheme + "://" + authority + "/");
        if (url == null) {
            throw new InvalidEmsUrlException(InvalidEmsUrlException.Problem.MALFORMED,
                    "Invalid URL format: " + shown(input, pastedKey) + "; " + EXPECTED + ".");
        }
        String host = url.host();
        boolean ipAddress = host.contains(":") || IPV4.matcher(host).matches();
        if (!ipAddress && !host.equals("localhost") && !host.contains(".")) {
            throw new InvalidEmsUrlException(InvalidEmsUrlException.Problem.NO_DOMAIN,
                    "The EMS URL's host " + shown(host, pastedKey) + " has no domain; " + EXPECTED + ".");
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            String advice = pastedKey || KEY_LIKE.matcher(host).find()
                    ? "this host (whose name looks like a key): use https://"
                    : host + ": use https://" + host;
            throw new InvalidEmsUrlException(InvalidEmsUrlException.Problem.PLAIN_HTTP, "HTTP is not supported for "
                    + advice + "; plain http:// is allowed only for loopback addresses such as 127.0.0.1 (the"
                    + " emulator).");
        }
        return new EmsUrl(url);
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || LOOPBACK_IPV4.matcher(host).matches();
    }

    /** The input quoted, unless it or the whole URL looks like a key pasted into the wrong place. */
    private static String shown(String input, boolean pastedKey) {
        if (pastedKey || KEY_LIKE.matcher(input).find()) {
            return "(a value of " + input.length() + " characters that looks like a key, not a URL)";
        }
        return "'" + (input.length() > 120 ? input.substring(0, 120) + "…" : input) + "'";
    }

    /** The team's root as an OkHttp URL, e.g. {@code https://acme.eu-1.celonis.cloud/}. */
    public HttpUrl base() {
        return base;
    }

    /** The host name or address. */
    public String host() {
        return base.host();
    }

    /** Whether the scheme is plain http (allowed for loopback only). */
    public boolean isPlainHttp() {
        return base.scheme().equals("http");
    }

    /**
     * A URL on this team, e.g. {@code resolve("/api/cloud")}; a query may follow the path.
     *
     * @throws IllegalArgumentException when the path does not start with a single {@code /} or would leave
     *     this team's host
     */
    public HttpUrl resolve(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A path on EMS starts with a single '/', e.g. /api/cloud");
        }
        HttpUrl url = HttpUrl.parse(text + path);
        if (url == null || !url.scheme().equals(base.scheme()) || !url.host().equals(base.host())
                || url.port() != base.port()) {
            throw new IllegalArgumentException("Not a path on " + text + ": the path must stay on the team's host");
        }
        return url;
    }

    /** Whether {@code url} has this team's scheme, host and port. */
    boolean isSameOrigin(HttpUrl url) {
        return url.scheme().equals(base.scheme()) && url.host().equals(base.host()) && url.port() == base.port();
    }

    /** The normalised URL, e.g. {@code https://acme.eu-1.celonis.cloud}. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmsUrl && ((EmsUrl) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
