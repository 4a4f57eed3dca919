package io.github.celonisnb.magics.ems;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Dns;

/**
 * How {@link EmsLogin} builds its clients: timeouts, user agent, retries, extra trusted certificates and,
 * for tests, name resolution. Immutable; each {@code with} method returns a changed copy.
 */
public final class LoginOptions {

    private static final LoginOptions DEFAULTS = new LoginOptions(EmsClient.DEFAULT_CONNECT_TIMEOUT,
            EmsClient.DEFAULT_READ_TIMEOUT, EmsClient.DEFAULT_USER_AGENT, 0, null, null);

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final String userAgent;
    private final int retries;
    private final Path trustedCertificates;
    private final Dns dns;

    private LoginOptions(Duration connectTimeout, Duration readTimeout, String userAgent, int retries,
            Path trustedCertificates, Dns dns) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.userAgent = userAgent;
        this.retries = retries;
        this.trustedCertificates = trustedCertificates;
        this.dns = dns;
    }

    /** The defaults of {@link EmsClient.Builder}: 10 s to connect, 60 s to read, no retries. */
    public static LoginOptions defaults() {
        return DEFAULTS;
    }

    /** With this connect timeout (positive). */
    public LoginOptions withConnectTimeout(Duration timeout) {
        return new LoginOptions(EmsClient.requirePositive(timeout, "connect timeout"), readTimeout, userAgent, retries,
                trustedCertificates, dns);
    }

    /** With this read timeout (positive). */
    public LoginOptions withReadTimeout(Duration timeout) {
        return new LoginOptions(connectTimeout, EmsClient.requirePositive(timeout, "read timeout"), userAgent, retries,
                trustedCertificates, dns);
    }

    /** With this user agent, e.g. {@code celonis-nb/0.1.0 (kernel)}. */
    public LoginOptions withUserAgent(String userAgent) {
        return new LoginOptions(connectTimeout, readTimeout, Objects.requireNonNull(userAgent, "userAgent"),
                retries, trustedCertificates, dns);
    }

    /** With this many retries on 429, 502, 503 and 504 (0 to 10). */
    public LoginOptions withRetries(int retries) {
        return new LoginOptions(connectTimeout, readTimeout, userAgent, EmsClient.requireRetries(retries),
                trustedCertificates, dns);
    }

    /** Also trusting the certificates in this PEM file. */
    public LoginOptions withTrustedCertificates(Path pemFile) {
        return new LoginOptions(connectTimeout, readTimeout, userAgent, retries,
                Objects.requireNonNull(pemFile, "pemFile"), dns);
    }

    /** Resolving host names with this DNS; for tests. */
    public LoginOptions withDns(Dns dns) {
        return new LoginOptions(connectTimeout, readTimeout, userAgent, retries, trustedCertificates,
                Objects.requireNonNull(dns, "dns"));
    }

    /** Applies these options to a client builder. */
    EmsClient.Builder applyTo(EmsClient.Builder builder) {
        builder.connectTimeout(connectTimeout).readTimeout(readTimeout).userAgent(userAgent).retries(retries);
        if (trustedCertificates != null) {
            builder.trustCertificates(trustedCertificates);
        }
        if (dns != null) {
            builder.dns(dns);
        }
        return builder;
    }

    @Override
    public String toString() {
        return "LoginOptions[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", userAgent="
                + userAgent + ", retries=" + retries + ", trustedCertificates=" + trustedCertificates + "]";
    }
}
