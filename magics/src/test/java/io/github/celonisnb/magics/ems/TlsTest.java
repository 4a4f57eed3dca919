package io.github.celonisnb.magics.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.ems.EmsConnectionException.Reason;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.testing.TestKeys;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS against a MockWebServer whose self-signed certificate (for {@code localhost} and {@code 127.0.0.1}) is
 * made at run time with the JDK's keytool.
 */
class TlsTest {

    private static final String PEM_EXPECTED = "; expected a PEM file with one or more -----BEGIN CERTIFICATE-----"
            + " blocks.";

    @TempDir
    static Path directory;

    /** MockWebServer logs every failed handshake; these tests fail handshakes on purpose. */
    private static final Logger SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

    private static Path certificate;
    private static SSLContext serverContext;

    private final ApiKey key = TestKeys.newKey();
    private MockWebServer server;

    @BeforeAll
    static void makeCertificate() throws Exception {
        SERVER_LOG.setLevel(Level.OFF);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Assumptions.assumeTrue(Files.isExecutable(keytool), "skipped: this JDK has no keytool to make a certificate");
        String password = UUID.randomUUID().toString();
        Path store = directory.resolve("server.p12");
        certificate = directory.resolve("ca.pem");
        run(keytool.toString(), "-J-XX:TieredStopAtLevel=1", "-genkeypair", "-alias", "ems",
                "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", password, "-keypass", password);
        run(keytool.toString(), "-J-XX:TieredStopAtLevel=1", "-exportcert", "-rfc", "-alias", "ems",
                "-keystore", store.toString(),
                "-storepass", password, "-file", certificate.toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password.toCharArray());
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(managers.getKeyManagers(), null, null);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("keytool.log").toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + Files.readString(directory.resolve("keytool.log")));
        }
    }

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.useHttps(serverContext.getSocketFactory(), false);
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    private EmsUrl httpsUrl(String host) {
        return EmsUrl.parse("https://" + host + ":" + server.getPort());
    }

    @Test
    void trustsAServerWhoseCertificateIsInTheGivenFile() {
        server.enqueue(MockEms.json(MockEms.TEAM));
        try (EmsClient client = EmsClient.builder(httpsUrl("127.0.0.1"), key, KeyType.APP_KEY)
                .trustCertificates(certificate).build()) {
            assertEquals("demo", client.team().domain());
        }
    }

    @Test
    void refusesTheSameServerWithoutTheFile() {
        try (EmsClient client = EmsClient.builder(httpsUrl("127.0.0.1"), key, KeyType.APP_KEY).build()) {
            EmsConnectionException e = assertThrows(EmsConnectionException.class, client::team);
            assertEquals(Reason.TLS_FAILURE, e.reason());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void stillChecksTheHostName() {
        EmsUrl other = httpsUrl("ems.example.test");
        try (EmsClient client = EmsClient.builder(other, key, KeyType.APP_KEY)
                .dns(host -> List.of(InetAddress.getByName("127.0.0.1")))
                .trustCertificates(certificate).build()) {
            EmsConnectionException e = assertThrows(EmsConnectionException.class, client::team);
            assertEquals(Reason.TLS_FAILURE, e.reason());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void explainsACertificateFileThatDoesNotExist() {
        Path missing = directory.resolve("missing.pem");
        CertificateFileException e = assertThrows(CertificateFileException.class,
                () -> EmsClient.builder(httpsUrl("127.0.0.1"), key, KeyType.APP_KEY).trustCertificates(missing));
        assertEquals("The CA certificate file " + missing + " does not exist" + PEM_EXPECTED, e.getMessage());
        assertEquals(missing, e.file());
    }

    @Test
    void explainsACertificateFileThatIsADirectory() {
        CertificateFileException e = assertThrows(CertificateFileException.class,
                () -> EmsClient.builder(httpsUrl("127.0.0.1"), key, KeyType.APP_KEY).trustCertificates(directory));
        assertEquals("The CA certificate file " + directory + " is a directory" + PEM_EXPECTED, e.getMessage());
    }

    @Test
    void explainsACertificateFileWithoutACertificate() throws IOException {
        Path empty = Files.writeString(directory.resolve("empty.pem"), "");
        Path garbage = Files.writeString(directory.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!"
                + "\n-----END CERTIFICATE-----\n");
        assertEquals("The CA certificate file " + empty + " holds no certificate" + PEM_EXPECTED,
                assertThrows(CertificateFileException.class, () -> LoginOptions.defaults()
                        .withTrustedCertificates(empty)
                        .applyTo(EmsClient.builder(httpsUrl("127.0.0.1"), key, KeyType.APP_KEY))).getMessage());
        assertEquals("The CA certificate file " + garbage + " does not hold a readable certificate" + PEM_EXPECTED,
                assertThrows(CertificateFileException.class,
                        () -> EmsClient.builder(httpsUrl("127.0.0.1"), key, KeyType.APP_KEY)
                                .trustCertificates(garbage)).getMessage());
    }
}
