package io.github.celonisnb.emulator;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start an {@link EmsEmulator}: port, optional state file, optional fixed admin token, TLS, and
 * whether to serve the Admin &amp; Settings web page.
 * Build one with {@link #builder()}.
 */
public final class EmulatorConfig {

    private final int port;
    private final Path stateFile;
    private final AdminToken adminToken;
    private final boolean tls;
    private final Path caCertificateFile;
    private final boolean ui;
    private final Path adminTokenFile;

    private EmulatorConfig(Builder builder) {
        this.port = builder.port;
        this.stateFile = builder.stateFile;
        this.adminToken = builder.adminToken;
        this.tls = builder.tls;
        this.caCertificateFile = builder.caCertificateFile;
        this.ui = builder.ui;
        this.adminTokenFile = builder.adminTokenFile;
    }

    /** A builder with port 0 (any free port), no state file (in memory), a generated admin token, plain HTTP. */
    public static Builder builder() {
        return new Builder();
    }

    /** The port to listen on; 0 means any free port. */
    public int port() {
        return port;
    }

    /** The file keys and grants are kept in; empty means in memory only. */
    public Optional<Path> stateFile() {
        return Optional.ofNullable(stateFile);
    }

    /** The admin token to require; empty means one is generated at start. */
    public Optional<AdminToken> adminToken() {
        return Optional.ofNullable(adminToken);
    }

    /** Whether to serve HTTPS with a certificate made at start. */
    public boolean tls() {
        return tls;
    }

    /** Where to write the CA certificate (PEM) when serving HTTPS; empty means a temporary file. */
    public Optional<Path> caCertificateFile() {
        return Optional.ofNullable(caCertificateFile);
    }

    /** Whether to serve the Admin &amp; Settings web page under {@code /emulator/ui}; off unless asked for. */
    public boolean ui() {
        return ui;
    }

    /** Where the admin token is written, for the web page's messages; empty when not known. */
    public Optional<Path> adminTokenFile() {
        return Optional.ofNullable(adminTokenFile);
    }

    @Override
    public String toString() {
        return "EmulatorConfig[port=" + port + ", stateFile=" + stateFile + ", tls=" + tls + ", ui=" + ui + "]";
    }

    /** Builds an {@link EmulatorConfig}. */
    public static final class Builder {
        private int port;
        private Path stateFile;
        private AdminToken adminToken;
        private boolean tls;
        private Path caCertificateFile;
        private boolean ui;
        private Path adminTokenFile;

        private Builder() {
        }

        /**
         * The port on 127.0.0.1 to listen on; 0 picks a free one.
         *
         * @throws IllegalArgumentException outside 0..65535
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " is out of range: expected 0 (any free port) to 65535.");
            }
            this.port = port;
            return this;
        }

        /** The JSON file to load at start and save after every change; {@code null} keeps everything in memory. */
        public Builder stateFile(Path stateFile) {
            this.stateFile = stateFile;
            return this;
        }

        /** The admin token to require on {@code /emulator/api}; {@code null} generates one at start. */
        public Builder adminToken(AdminToken adminToken) {
            this.adminToken = adminToken;
            return this;
        }

        /**
         * Serve HTTPS instead of HTTP. A new certificate authority and a certificate for 127.0.0.1 and
         * localhost are made at start (with the JDK's keytool; about a second); clients trust the CA
         * from {@link EmsEmulator#tls()}.
         */
        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        /** Where to write the CA certificate as PEM with {@link #tls(boolean)}; {@code null} writes a temporary file. */
        public Builder caCertificateFile(Path caCertificateFile) {
            this.caCertificateFile = caCertificateFile;
            return this;
        }

        /**
         * Serve the Admin &amp; Settings web page under {@code /emulator/ui}: applications, keys and their
         * permissions, behind a one-time login link ({@link EmsEmulator#newUiLoginUrl()}). Without it those
         * paths answer 404.
         */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /**
         * The file the admin token is written to by whoever starts the emulator (the emulator does not
         * write it). The web page names it in the command that prints a new login link; {@code null}
         * (the default) says instead to use the file named at start.
         */
        public Builder adminTokenFile(Path adminTokenFile) {
            this.adminTokenFile = adminTokenFile;
            return this;
        }

        public EmulatorConfig build() {
            return new EmulatorConfig(this);
        }
    }
}
