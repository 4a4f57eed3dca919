package io.github.celonisnb.emulator.internal.tls;

import io.github.celonisnb.emulator.TlsSetupException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Makes a throw-away certificate authority and a server certificate for 127.0.0.1 and localhost
 * issued by it, with the JDK's own {@code keytool}. The keystore lives in a private temporary folder
 * only while it is read; its password is random and reaches keytool through the environment, never
 * the command line.
 */
public final class CertificateMaker {

    private static final String PASSWORD_VARIABLE = "CELONIS_NB_EMULATOR_KEYSTORE_PASSWORD";
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;
    private static final String VALIDITY_DAYS = "30";

    private CertificateMaker() {
    }

    /** What a TLS emulator needs: the server's context and the CA to hand to clients. */
    public record Material(SSLContext serverContext, X509Certificate caCertificate) {
    }

    /**
     * Makes new keys and certificates.
     *
     * @throws TlsSetupException when keytool is missing or fails
     */
    public static Material make() {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new TlsSetupException("Cannot make the emulator's TLS certificate: keytool was not found at " + keytool
                    + ". Run the emulator on a full Java runtime, or without --tls.");
        }
        char[] password = randomPassword();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("celonis-nb-emulator-tls-");
            Path keystore = folder.resolve("emulator.p12");
            run(keytool, password, List.of("-genkeypair", "-alias", "ca", "-dname", "CN=celonis-nb EMS emulator CA",
                    "-ext", "bc:c=ca:true,pathlen:0", "-ext", "ku:c=keyCertSign,cRLSign"), keystore);
            run(keytool, password, List.of("-genkeypair", "-alias", "server", "-dname", "CN=127.0.0.1",
                    "-ext", "san=ip:127.0.0.1,dns:localhost", "-ext", "eku=serverAuth", "-ext", "ku:c=digitalSignature",
                    "-signer", "ca", "-signerkeypass:env", PASSWORD_VARIABLE), keystore);
            return load(keystore, password);
        } catch (IOException e) {
            throw new TlsSetupException("Cannot make the emulator's TLS certificate: " + e.getClass().getSimpleName()
                    + " in the temporary folder. Check that " + System.getProperty("java.io.tmpdir") + " is writable.", e);
        } finally {
            java.util.Arrays.fill(password, '\0');
            deleteFolder(folder);
        }
    }

    /** The certificate in PEM form, lines of 64 characters. */
    public static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a certificate made by keytool cannot be encoded", e);
        }
    }

    private static void run(Path keytool, char[] password, List<String> arguments, Path keystore) throws IOException {
        List<String> command = new ArrayList<>(List.of(keytool.toString(),
                // A short-lived tool: skipping the optimising compiler makes each run about three times faster.
                "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-Xshare:auto"));
        command.addAll(arguments);
        command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", VALIDITY_DAYS,
                "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass:env", PASSWORD_VARIABLE, "-keypass:env", PASSWORD_VARIABLE, "-noprompt"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, new String(password));
        Process process = builder.start();
        process.getOutputStream().close();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new TlsSetupException("Cannot make the emulator's TLS certificate: keytool took longer than "
                        + KEYTOOL_TIMEOUT_SECONDS + " s.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new TlsSetupException("Interrupted while keytool made the emulator's TLS certificate.", e);
        }
        if (process.exitValue() != 0) {
            String firstLine = output.lines().filter(l -> !l.isBlank()).findFirst().orElse("no output");
            throw new TlsSetupException("Cannot make the emulator's TLS certificate: keytool exited with "
                    + process.exitValue() + " (" + firstLine.trim() + ").");
        }
    }

    private static Material load(Path keystore, char[] password) {
        try {
            KeyStore made = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                made.load(in, password);
            }
            X509Certificate ca = (X509Certificate) made.getCertificate("ca");
            Certificate[] chain = made.getCertificateChain("server");
            // Only the server's entry goes into the server's key store, so the CA's key is never offered.
            KeyStore serverOnly = KeyStore.getInstance("PKCS12");
            serverOnly.load(null, null);
            serverOnly.setKeyEntry("server", made.getKey("server", password), password, chain);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(serverOnly, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new Material(context, ca);
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsSetupException("Cannot load the TLS certificate keytool made: " + e.getClass().getSimpleName()
                    + ".", e);
        }
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // A private temporary folder with a throw-away key; the OS cleans it up eventually.
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
