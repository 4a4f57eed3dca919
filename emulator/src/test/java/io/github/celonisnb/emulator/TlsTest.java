package io.github.celonisnb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {

    @TempDir
    static Path folder;

    private static EmsEmulator emulator;
    private static IssuedKey key;

    @BeforeAll
    static void start() {
        // Each TLS start runs keytool twice (about a second), so the tests share one emulator.
        emulator = EmsEmulator.start(EmulatorConfig.builder().tls(true).caCertificateFile(folder.resolve("ca.pem")).build());
        key = emulator.createApplicationKey("secure", List.of());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void servesHttpsToAClientThatTrustsItsCa() {
        assertEquals("https", emulator.baseUrl().getScheme());
        HttpClient trusting = HttpClient.newBuilder().sslContext(emulator.tls().orElseThrow().clientSslContext())
                .version(HttpClient.Version.HTTP_1_1).build();
        TestHttp http = new TestHttp(emulator.baseUrl(), trusting);
        assertEquals("secure", TestHttp.json(http.get("/api/cloud", key)).get("name").asText());
        assertEquals(401, http.get("/api/cloud", (String) null).statusCode());
    }

    @Test
    void aClientThatDoesNotTrustTheCaIsRefused() {
        TestHttp http = new TestHttp(emulator.baseUrl());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> http.get("/api/cloud", key));
        assertInstanceOf(SSLHandshakeException.class, e.getCause());
    }

    @Test
    void theCaFileHoldsThePemOfTheCa() throws Exception {
        EmulatorTls tls = emulator.tls().orElseThrow();
        String pem = Files.readString(tls.caCertificateFile());
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"), pem);
        assertTrue(pem.endsWith("\n-----END CERTIFICATE-----\n"), pem);
        X509Certificate read = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals(tls.caCertificate(), read);
        assertEquals("CN=celonis-nb EMS emulator CA", read.getSubjectX500Principal().getName());
        assertEquals(0, read.getBasicConstraints(), "a CA that signs end certificates only");
    }

    @Test
    void theServerCertificateNamesLoopbackAndLocalhostAndIsIssuedByTheCa() throws Exception {
        EmulatorTls tls = emulator.tls().orElseThrow();
        try (Socket plain = new Socket("127.0.0.1", emulator.port());
             SSLSocket socket = (SSLSocket) tls.clientSslContext().getSocketFactory()
                     .createSocket(plain, "localhost", emulator.port(), true)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            X509Certificate server = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            assertEquals("CN=127.0.0.1", server.getSubjectX500Principal().getName());
            assertEquals(tls.caCertificate().getSubjectX500Principal(), server.getIssuerX500Principal());
            server.verify(tls.caCertificate().getPublicKey());
            assertEquals(List.of(List.of(7, "127.0.0.1"), List.of(2, "localhost")),
                    server.getSubjectAlternativeNames().stream().map(List::copyOf).toList());
            assertEquals(-1, server.getBasicConstraints(), "not a CA");
        }
    }

    @Test
    void eachStartMakesANewCaAndATemporaryCaFileGoesWithTheEmulator() {
        Path caFile;
        X509Certificate ca;
        try (EmsEmulator other = EmsEmulator.start(EmulatorConfig.builder().tls(true).build())) {
            caFile = other.tls().orElseThrow().caCertificateFile();
            ca = other.tls().orElseThrow().caCertificate();
            assertTrue(Files.exists(caFile));
        }
        assertFalse(Files.exists(caFile));
        assertFalse(ca.equals(emulator.tls().orElseThrow().caCertificate()));
    }

    @Test
    void theCaFileIsWrittenWhereAsked() throws IOException {
        assertEquals(folder.resolve("ca.pem"), emulator.tls().orElseThrow().caCertificateFile());
        assertTrue(Files.readString(folder.resolve("ca.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void plainHttpHasNoTls() {
        try (EmsEmulator plain = EmsEmulator.start(EmulatorConfig.builder().build())) {
            assertEquals(java.util.Optional.empty(), plain.tls());
            assertEquals("http", plain.baseUrl().getScheme());
        }
    }
}
