package io.github.celonisnb.magics.notebook.gitfilter;

import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import io.github.celonisnb.magics.notebook.NotebookSanitizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The filter side of git's long-running filter protocol, version 2: one process serves every {@code clean} and
 * {@code smudge} request of a git command. Clean runs the given function; smudge hands the content back unchanged
 * (the working copy keeps what git stored).
 *
 * <p>A file the function cannot clean gets {@code status=error}, and git fails the command when
 * {@code filter.<driver>.required} is true, so unfiltered content is never committed. A
 * {@link GitFilterAbortException} answers {@code status=abort}. Protocol violations end the session with a
 * {@link GitFilterProtocolException}.
 */
public final class GitFilterProcess {

    private static final Set<String> CAPABILITIES = Set.of("clean", "smudge");
    private static final Pattern VERSION_LINE = Pattern.compile("version=[0-9]{1,4}");

    private GitFilterProcess() {
    }

    /**
     * Serves one git session: the handshake, then requests until git closes {@code in}. Blocks until then. Neither
     * stream is closed.
     *
     * @param in    what git writes to the filter (the process's stdin)
     * @param out   what the filter writes to git (the process's stdout); nothing else may be written to it
     * @param clean the clean filter: notebook bytes in, cleaned bytes out; throws {@link GitFilterFileException} for
     *              a file it cannot clean, {@link GitFilterAbortException} to stop cleaning altogether
     * @return what the session did, for a summary on stderr
     * @throws GitFilterProtocolException when git does not speak the protocol as expected
     * @throws IOException                when reading or writing the pipes fails
     */
    public static FilterSessionSummary run(InputStream in, OutputStream out, Function<byte[], byte[]> clean)
            throws IOException {
        Objects.requireNonNull(clean, "clean");
        PktLine.Reader reader = new PktLine.Reader(in);
        PktLine.Writer writer = new PktLine.Writer(out);
        handshake(reader, writer);
        int cleaned = 0;
        int smudged = 0;
        List<FilterFailure> failures = new ArrayList<>();
        boolean cleanAborted = false;
        while (true) {
            List<String> request = reader.readList();
            if (request == null) {
                return new FilterSessionSummary(cleaned, smudged, failures);
            }
            String command = value(request, "command");
            String pathname = value(request, "pathname");
            if (command == null) {
                throw new GitFilterProtocolException("git filter protocol: a request has no command");
            }
            byte[] content = reader.readContent();
            if (command.equals("smudge")) {
                respond(writer, content);
                smudged++;
            } else if (!command.equals("clean")) {
                failures.add(new FilterFailure(String.valueOf(pathname), FilterStatus.ERROR,
                        "unsupported command '" + printable(command) + "'"));
                status(writer, FilterStatus.ERROR);
            } else if (cleanAborted) {
                status(writer, FilterStatus.ABORT);
            } else {
                try {
                    byte[] result = clean.apply(content);
                    respond(writer, result);
                    cleaned++;
                } catch (GitFilterAbortException e) {
                    cleanAborted = true;
                    failures.add(new FilterFailure(String.valueOf(pathname), FilterStatus.ABORT, e.getMessage()));
                    status(writer, FilterStatus.ABORT);
                } catch (GitFilterFileException e) {
                    failures.add(new FilterFailure(String.valueOf(pathname), FilterStatus.ERROR, e.getMessage()));
                    status(writer, FilterStatus.ERROR);
                } catch (RuntimeException e) {
                    // Other exceptions may carry content in their messages: report the type only.
                    failures.add(new FilterFailure(String.valueOf(pathname), FilterStatus.ERROR,
                            "internal error (" + e.getClass().getSimpleName() + ")"));
                    status(writer, FilterStatus.ERROR);
                }
            }
        }
    }

    /**
     * A clean function that sanitizes notebooks; an invalid notebook becomes a per-file error carrying the
     * sanitizer's message (which never quotes the file).
     */
    public static Function<byte[], byte[]> sanitizingClean(NotebookSanitizer sanitizer) {
        Objects.requireNonNull(sanitizer, "sanitizer");
        return bytes -> {
            try {
                return sanitizer.sanitize(bytes).bytes();
            } catch (InvalidNotebookException e) {
                throw new GitFilterFileException(e.getMessage());
            }
        };
    }

    private static void handshake(PktLine.Reader reader, PktLine.Writer writer) throws IOException {
        List<String> welcome = reader.readList();
        if (welcome == null || welcome.isEmpty() || !welcome.get(0).equals("git-filter-client")) {
            throw new GitFilterProtocolException("git filter protocol: git did not start with the greeting"
                    + " 'git-filter-client'; run this command only as git's filter.<driver>.process");
        }
        List<String> versions = welcome.subList(1, welcome.size());
        if (!versions.contains("version=2")) {
            List<String> shown = versions.stream().filter(v -> VERSION_LINE.matcher(v).matches()).toList();
            throw new GitFilterProtocolException("git filter protocol: this filter speaks version=2 only, and git"
                    + " offered " + (shown.isEmpty() ? "no version" : String.join(", ", shown))
                    + "; update git to 2.11 or later");
        }
        writer.text("git-filter-server");
        writer.text("version=2");
        writer.flush();
        writer.send();
        List<String> offered = reader.readList();
        if (offered == null) {
            throw new GitFilterProtocolException("git filter protocol: git closed the pipe before sending"
                    + " capabilities");
        }
        for (String line : offered) {
            if (line.startsWith("capability=") && CAPABILITIES.contains(line.substring("capability=".length()))) {
                writer.text(line);
            }
        }
        writer.flush();
        writer.send();
    }

    private static void respond(PktLine.Writer writer, byte[] content) throws IOException {
        writer.text("status=" + FilterStatus.SUCCESS);
        writer.flush();
        writer.content(content);
        writer.flush();
        // An empty list after the content keeps the status sent before it.
        writer.flush();
        writer.send();
    }

    private static void status(PktLine.Writer writer, FilterStatus status) throws IOException {
        writer.text("status=" + status);
        writer.flush();
        writer.send();
    }

    private static String value(List<String> list, String key) {
        String prefix = key + "=";
        for (String line : list) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        return null;
    }

    private static String printable(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
