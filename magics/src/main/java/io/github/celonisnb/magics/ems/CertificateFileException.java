package io.github.celonisnb.magics.ems;

import java.nio.file.Path;

/** A CA certificate file given to trust cannot be read or holds no certificate. */
public final class CertificateFileException extends EmsException {

    private final Path file;

    CertificateFileException(Path file, String problem) {
        super("The CA certificate file " + file + " " + problem + "; expected a PEM file with one or more"
                + " -----BEGIN CERTIFICATE----- blocks.");
        this.file = file;
    }

    /** The file. */
    public Path file() {
        return file;
    }
}
