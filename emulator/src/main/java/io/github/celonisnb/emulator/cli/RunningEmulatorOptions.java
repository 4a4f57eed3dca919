package io.github.celonisnb.emulator.cli;

import io.github.celonisnb.emulator.AdminToken;
import io.github.celonisnb.emulator.EmulatorTls;
import io.github.celonisnb.emulator.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that name a running emulator and how to reach its admin surface: {@code --url},
 * {@code --admin-token-file}, and {@code --ca-file} for one started with {@code --tls}.
 */
class RunningEmulatorOptions {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    @Option(names = "--url", paramLabel = "URL",
            description = "Base URL of a running emulator, e.g. http://127.0.0.1:8080 (loopback only).")
    String url;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "The admin token file the running emulator printed at start.")
    Path adminTokenFile;

    @Option(names = "--ca-file", paramLabel = "FILE",
            description = "For an emulator started with --tls: the CA certificate file (PEM) it printed.")
    Path caFile;

    /** Whether any of these options was given. */
    boolean anyGiven() {
        return url != null || adminTokenFile != null || caFile != null;
    }

    /** A client of the emulator these options name; without --url or --admin-token-file, {@code missing} is the usage error. */
    RemoteKeyStore openRemote(CommandSpec spec, String missing) {
        if (url == null || adminTokenFile == null) {
            throw new ParameterException(spec.commandLine(), missing);
        }
        URI base = loopbackUrl(spec);
        AdminToken token = readToken(spec);
        HttpClient.Builder http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (caFile != null) {
            http.sslContext(trusting(spec));
        }
        return new RemoteKeyStore(base, token, adminTokenFile.toString(), http.build());
    }

    private SSLContext trusting(CommandSpec spec) {
        X509Certificate ca;
        try (InputStream in = Files.newInputStream(caFile)) {
            ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "CA file " + caFile + " does not exist. Give the file the "
                    + "emulator printed when it started with --tls.");
        } catch (IOException | CertificateException e) {
            throw new ParameterException(spec.commandLine(), "CA file " + caFile + " holds no PEM certificate. Give the "
                    + "file the emulator printed when it started with --tls.");
        }
        try {
            return new EmulatorTls(ca, caFile).clientSslContext();
        } catch (IllegalStateException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new CommandFailure(ExitCodes.FAILURE, "Cannot build a trust store from " + caFile + ": "
                    + cause.getClass().getSimpleName() + ".", e);
        }
    }

    private URI loopbackUrl(CommandSpec spec) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--url " + SafeText.quote(url)
                    + " is not a URL: expected http://127.0.0.1:PORT.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "--url " + SafeText.quote(url)
                    + " is not an http(s) URL with a host: expected http://127.0.0.1:PORT.");
        }
        if (!LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(), "--url " + SafeText.quote(url)
                    + " is not on this machine: the admin token is only sent to 127.0.0.1 or localhost.");
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + "/");
    }

    private AdminToken readToken(CommandSpec spec) {
        try {
            return AdminToken.of(SecretFiles.readFirstLine(adminTokenFile));
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "Admin token file " + adminTokenFile
                    + " does not exist. Give the file the emulator printed when it started.");
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.FAILURE, "Cannot read admin token file " + adminTokenFile + ": "
                    + e.getClass().getSimpleName() + ".", e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Admin token file " + adminTokenFile
                    + " holds no token on its first line. Give the file the emulator printed when it started.");
        }
    }
}
