package io.github.celonisnb.emulator;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authority a TLS emulator's certificate was issued by, made fresh at every start.
 * A client that trusts it (and nothing else) can talk to this emulator with verification on.
 */
public final class EmulatorTls {

    private final X509Certificate caCertificate;
    private final Path caCertificateFile;

    public EmulatorTls(X509Certificate caCertificate, Path caCertificateFile) {
        this.caCertificate = Objects.requireNonNull(caCertificate, "caCertificate");
        this.caCertificateFile = Objects.requireNonNull(caCertificateFile, "caCertificateFile");
    }

    /** The CA certificate. */
    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** The CA certificate as a PEM file, for {@code SSL_CERT_FILE}, {@code REQUESTS_CA_BUNDLE}, {@code curl --cacert}. */
    public Path caCertificateFile() {
        return caCertificateFile;
    }

    /** A trust manager that trusts this CA alone, e.g. for OkHttp's {@code sslSocketFactory(factory, trustManager)}. */
    public X509TrustManager trustManager() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("celonis-nb-emulator-ca", caCertificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("this Java runtime offers no X.509 trust manager");
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("a trust store for the emulator's CA cannot be built", e);
        }
    }

    /** A client TLS context that trusts this CA alone, e.g. for {@code java.net.http.HttpClient.Builder.sslContext}. */
    public SSLContext clientSslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a TLS context trusting the emulator's CA cannot be built", e);
        }
    }

    @Override
    public String toString() {
        return "EmulatorTls[" + caCertificate.getSubjectX500Principal().getName() + ", " + caCertificateFile + "]";
    }
}
