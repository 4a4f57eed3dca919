package io.github.celonisnb.magics.notebook.internal;

import com.fasterxml.jackson.core.JsonParser;
import io.github.celonisnb.magics.notebook.InputShape;
import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import io.github.celonisnb.magics.notebook.NotebookFinding;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** Runs the walker over byte arrays and streams, for checking or rewriting. */
public final class NotebookRewriter {

    /** What a rewrite of a byte array produced. */
    public record Outcome(List<NotebookFinding> findings, byte[] bytes) {
    }

    private NotebookRewriter() {
    }

    /** Scans and rewrites; {@code bytes} is the input array itself when nothing changed. */
    public static Outcome rewrite(SecretScanner scanner, byte[] notebook, InputShape required)
            throws InvalidNotebookException {
        JsonParsers.requireUtf8(notebook, notebook.length);
        ArrayPatches patches = new ArrayPatches(notebook);
        try (JsonParser parser = JsonParsers.open(notebook)) {
            List<NotebookFinding> findings =
                    new NotebookWalker(scanner, parser, patches, patches, () -> notebook.length, required).run();
            return new Outcome(List.copyOf(findings), patches.apply());
        } catch (IOException e) {
            throw new IllegalStateException("Reading a byte array failed", e);
        }
    }

    /** Scans and rewrites from one stream to the other, holding only what may still change. */
    public static List<NotebookFinding> rewrite(SecretScanner scanner, InputStream in, OutputStream out,
            InputShape required) throws IOException, InvalidNotebookException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        requireUtf8(buffered);
        StreamSplicer splicer = new StreamSplicer(buffered, out);
        try (JsonParser parser = JsonParsers.open(splicer.input())) {
            List<NotebookFinding> findings =
                    new NotebookWalker(scanner, parser, splicer, splicer, splicer::inputEnd, required).run();
            splicer.finish();
            return List.copyOf(findings);
        }
    }

    /** Scans without rewriting. */
    public static List<NotebookFinding> check(SecretScanner scanner, byte[] notebook, InputShape required)
            throws InvalidNotebookException {
        JsonParsers.requireUtf8(notebook, notebook.length);
        try (JsonParser parser = JsonParsers.open(notebook)) {
            return List.copyOf(new NotebookWalker(scanner, parser, null, null, () -> notebook.length, required).run());
        } catch (IOException e) {
            throw new IllegalStateException("Reading a byte array failed", e);
        }
    }

    /** Scans a stream without rewriting. */
    public static List<NotebookFinding> check(SecretScanner scanner, InputStream in, InputShape required)
            throws IOException, InvalidNotebookException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        requireUtf8(buffered);
        CountingInputStream counter = new CountingInputStream(buffered);
        try (JsonParser parser = JsonParsers.open(counter)) {
            return List.copyOf(new NotebookWalker(scanner, parser, null, null, counter::inputEnd, required).run());
        }
    }

    private static void requireUtf8(BufferedInputStream in) throws IOException, InvalidNotebookException {
        byte[] head = new byte[4];
        in.mark(4);
        int n = in.readNBytes(head, 0, 4);
        in.reset();
        JsonParsers.requireUtf8(head, n);
    }
}
