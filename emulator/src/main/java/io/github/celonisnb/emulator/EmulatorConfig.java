package io.github.celonisnb.emulator;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start an {@link EmsEmulator}: port, optional state file, optional fixed admin token.
 * Build one with {@link #builder()}.
 */
public final class EmulatorConfig {

    private final int port;
    private final Path stateFile;
    private final AdminToken adminToken;

    private EmulatorConfig(Builder builder) {
        this.port = builder.port;
        this.stateFile = builder.stateFile;
        this.adminToken = builder.adminToken;
    }

    /** A builder with port 0 (any free port), no state file (in memory) and a generated admin token. */
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

    @Override
    public String toString() {
        return "EmulatorConfig[port=" + port + ", stateFile=" + stateFile + "]";
    }

    /** Builds an {@link EmulatorConfig}. */
    public static final class Builder {
        private int port;
        private Path stateFile;
        private AdminToken adminToken;

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

        public EmulatorConfig build() {
            return new EmulatorConfig(this);
        }
    }
}
