package io.github.celonisnb.magics.ems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trust for the system's CAs plus the certificates of one PEM file, e.g. a company proxy's CA or the
 * emulator's own certificate. Verification (chain and host name) stays as strict as ever; there is no way to
 * trust everything.
 */
final class TrustedCertificates {

    private final X509TrustManager trustManager;
    private final SSLSocketFactory socketFactory;

    private TrustedCertificates(X509TrustManager trustManager, SSLSocketFactory socketFactory) {
        this.trustManager = trustManager;
        this.socketFactory = socketFactory;
    }

    X509TrustManager trustManager() {
        return trustManager;
    }

    SSLSocketFactory socketFactory() {
        return socketFactory;
    }

    /** The system's CAs only, as OkHttp trusts by default. */
    static TrustedCertificates system() {
        return SystemTrust.INSTANCE;
    }

    /** Made once, on first use: every client without a PEM file shares it. */
    private static final class SystemTrust {

        static final TrustedCertificates INSTANCE = create();

        private static TrustedCertificates create() {
            try {
                X509TrustManager trustManager = systemTrustManager();
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {trustManager}, null);
                return new TrustedCertificates(trustManager, context.getSocketFactory());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("This Java runtime cannot set up TLS trust ("
                        + e.getClass().getSimpleName() + ")", e);
            }
        }
    }

    static TrustedCertificates fromPem(Path file) throws CertificateFileException {
        Collection<? extends Certificate> given = read(file);
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (X509Certificate ca : systemTrustManager().getAcceptedIssuers()) {
                store.setCertificateEntry("system-" + index++, ca);
            }
            for (Certificate certificate : given) {
                store.setCertificateEntry("given-" + index++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            X509TrustManager trustManager = x509(factory.getTrustManagers());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return new TrustedCertificates(trustManager, context.getSocketFactory());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("This Java runtime cannot set up TLS trust ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Collection<? extends Certificate> read(Path file) throws CertificateFileException {
        if (Files.isDirectory(file)) {
            throw new CertificateFileException(file, "is a directory");
        }
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw new CertificateFileException(file, "does not exist");
        } catch (IOException e) {
            throw new CertificateFileException(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (CertificateException e) {
            throw new CertificateFileException(file, "does not hold a readable certificate");
        }
        if (certificates.isEmpty()) {
            throw new CertificateFileException(file, "holds no certificate");
        }
        return certificates;
    }

    private static X509TrustManager systemTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return x509(factory.getTrustManagers());
    }

    private static X509TrustManager x509(TrustManager[] managers) throws GeneralSecurityException {
        for (TrustManager manager : managers) {
            if (manager instanceof X509TrustManager) {
                return (X509TrustManager) manager;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }
}
