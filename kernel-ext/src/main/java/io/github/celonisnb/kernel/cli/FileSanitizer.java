package io.github.celonisnb.kernel.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Objects;

import io.github.celonisnb.magics.notebook.AtomicFileWriter;
import io.github.celonisnb.magics.notebook.CellMetadataConflictException;
import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import io.github.celonisnb.magics.notebook.NotebookSanitizer;
import io.github.celonisnb.magics.notebook.OutputStripper;
import io.github.celonisnb.magics.notebook.SanitizeReport;
import io.github.celonisnb.magics.notebook.SanitizeResult;
import io.github.celonisnb.magics.notebook.StripResult;

/**
 * Sanitizes (and optionally strips) one notebook, in place or to a stream, so that no reader ever sees a half-written
 * result: in place, the new bytes replace the file by an atomic rename, and a file that does not change is not
 * written at all (its modification time stays); to a stream, nothing is written until the whole notebook has been
 * read and found valid.
 *
 * <p>Notebooks up to {@link #DEFAULT_IN_MEMORY_LIMIT} bytes are handled in memory. Larger ones are streamed through a
 * temporary file (in the notebook's own folder when rewriting in place), so memory stays small; stripping outputs
 * always needs the whole notebook in memory.
 */
final class FileSanitizer {

    /** Above this size a notebook is streamed rather than read whole. */
    static final long DEFAULT_IN_MEMORY_LIMIT = 64L * 1024 * 1024;

    private static final int BUFFER = 1 << 16;

    private final NotebookSanitizer sanitizer;
    private final OutputStripper stripper;
    private final long inMemoryLimit;

    /**
     * @param sanitizer     what replaces the secrets
     * @param stripper      what strips outputs, or null to keep them
     * @param inMemoryLimit the largest notebook, in bytes, handled in memory
     */
    FileSanitizer(NotebookSanitizer sanitizer, OutputStripper stripper, long inMemoryLimit) {
        this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
        this.stripper = stripper;
        this.inMemoryLimit = inMemoryLimit;
    }

    /**
     * Rewrites {@code file} in place when the result differs; with {@code dryRun}, only says what would change.
     *
     * @throws InvalidNotebookException      when the file is not a notebook; it is left as it was
     * @throws CellMetadataConflictException when stripping cannot decide about a cell; the file is left as it was
     * @throws IOException                   when reading or writing fails; the file is left as it was
     */
    SanitizeOutcome inPlace(Path file, boolean dryRun)
            throws IOException, InvalidNotebookException, CellMetadataConflictException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
        if (stripper != null || Files.size(target) <= inMemoryLimit) {
            Transformed result = transform(Files.readAllBytes(target));
            if (result.outcome().changed() && !dryRun) {
                AtomicFileWriter.write(target, result.bytes());
            }
            return result.outcome();
        }
        if (dryRun) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(target), BUFFER)) {
                return outcome(sanitizer.sanitize(in, OutputStream.nullOutputStream()));
            }
        }
        return streamInPlace(target);
    }

    /**
     * Writes the result for {@code file} to {@code out}; the file is not changed.
     *
     * @throws InvalidNotebookException when the file is not a notebook; nothing was written to {@code out}
     */
    SanitizeOutcome toStream(Path file, OutputStream out)
            throws IOException, InvalidNotebookException, CellMetadataConflictException {
        if (stripper != null || Files.size(file) <= inMemoryLimit) {
            Transformed result = transform(Files.readAllBytes(file));
            out.write(result.bytes());
            out.flush();
            return result.outcome();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            return spoolThenCopy(in, out);
        }
    }

    /**
     * Reads a notebook from {@code in} and writes the result to {@code out}, but only once the whole input has been
     * read and found valid.
     *
     * @throws InvalidNotebookException when the input is not a notebook; nothing was written to {@code out}
     */
    SanitizeOutcome toStream(InputStream in, OutputStream out)
            throws IOException, InvalidNotebookException, CellMetadataConflictException {
        if (stripper != null) {
            Transformed result = transform(in.readAllBytes());
            out.write(result.bytes());
            out.flush();
            return result.outcome();
        }
        return spoolThenCopy(new BufferedInputStream(in, BUFFER), out);
    }

    /** Strips (when asked) and sanitizes a notebook in memory. */
    private Transformed transform(byte[] original) throws InvalidNotebookException, CellMetadataConflictException {
        byte[] bytes = original;
        boolean stripped = false;
        List<String> warnings = List.of();
        if (stripper != null) {
            StripResult strip = stripper.strip(original);
            bytes = strip.bytes();
            stripped = strip.changed();
            warnings = strip.warnings();
        }
        SanitizeResult sanitized = sanitizer.sanitize(bytes);
        return new Transformed(sanitized.bytes(), new SanitizeOutcome(stripped || sanitized.changed(),
                sanitized.findings().size(), stripped, warnings));
    }

    private record Transformed(byte[] bytes, SanitizeOutcome outcome) {
    }

    private static SanitizeOutcome outcome(SanitizeReport report) {
        return new SanitizeOutcome(report.changed(), report.findings().size(), false, List.of());
    }

    /**
     * Streams the sanitized notebook into a temporary file beside it, then renames that over the original when
     * something changed. The temporary file holds sanitized bytes only, and is removed in every case.
     */
    private SanitizeOutcome streamInPlace(Path file) throws IOException, InvalidNotebookException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".",
                ".tmp");
        try {
            SanitizeReport report = sanitizeInto(file, temporary);
            if (report.changed()) {
                copyPermissions(file, temporary);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("Cannot replace " + file + " atomically: its file system does not support"
                            + " atomic renames. Sanitize with --stdout and move the file yourself.", e);
                }
            }
            return outcome(report);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private SanitizeReport sanitizeInto(Path source, Path temporary) throws IOException, InvalidNotebookException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source), BUFFER);
                FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
            SanitizeReport report = sanitizer.sanitize(in, out);
            out.flush();
            channel.force(true);
            return report;
        }
    }

    /** Sanitizes into a temporary file (sanitized bytes only), then copies it to {@code out}. */
    private SanitizeOutcome spoolThenCopy(InputStream in, OutputStream out)
            throws IOException, InvalidNotebookException {
        Path temporary = Files.createTempFile("celonis-nb-sanitized-", ".ipynb");
        try {
            SanitizeReport report;
            try (OutputStream spool = new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER)) {
                report = sanitizer.sanitize(in, spool);
            }
            Files.copy(temporary, out);
            out.flush();
            return outcome(report);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }
}
