package io.github.celonisnb.kernel.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import io.github.celonisnb.magics.notebook.NotebookSanitizer;
import io.github.celonisnb.magics.notebook.SanitizeResult;
import io.github.celonisnb.magics.notebook.gitfilter.FilterFailure;
import io.github.celonisnb.magics.notebook.gitfilter.FilterSessionSummary;
import io.github.celonisnb.magics.notebook.gitfilter.GitFilterAbortException;
import io.github.celonisnb.magics.notebook.gitfilter.GitFilterFileException;
import io.github.celonisnb.magics.notebook.gitfilter.GitFilterProcess;

/**
 * The clean side of {@code celonis-nb git filter-process}: one session of git's long-running filter protocol in which
 * every notebook git stages is sanitized, counting what was replaced for the summary on stderr.
 *
 * <p>A notebook that is not valid fails on its own ({@code status=error}; with {@code required = true} git then
 * refuses to stage it). When the keys to look for could not be loaded, every clean is aborted, so that nothing is
 * staged unscanned.
 */
public final class SanitizingFilter {

    private final NotebookSanitizer sanitizer;
    private final String refusal;
    private int secrets;
    private int notebooksWithSecrets;

    private SanitizingFilter(NotebookSanitizer sanitizer, String refusal) {
        this.sanitizer = sanitizer;
        this.refusal = refusal;
    }

    /** A filter that sanitizes with {@code sanitizer}. */
    public static SanitizingFilter using(NotebookSanitizer sanitizer) {
        return new SanitizingFilter(sanitizer, null);
    }

    /** A filter that cleans nothing and aborts every clean with {@code reason} (which must not hold a secret). */
    public static SanitizingFilter refusing(String reason) {
        return new SanitizingFilter(null, reason);
    }

    /**
     * Serves git until it closes {@code in}.
     *
     * @return what the session did
     * @throws IOException when the pipes fail or git breaks the protocol
     */
    public FilterSessionSummary serve(InputStream in, OutputStream out) throws IOException {
        return GitFilterProcess.run(in, out, clean());
    }

    private Function<byte[], byte[]> clean() {
        if (sanitizer == null) {
            return bytes -> {
                throw new GitFilterAbortException(refusal);
            };
        }
        return bytes -> {
            try {
                SanitizeResult result = sanitizer.sanitize(bytes);
                if (result.changed()) {
                    secrets += result.findings().size();
                    notebooksWithSecrets++;
                }
                return result.bytes();
            } catch (InvalidNotebookException e) {
                throw new GitFilterFileException(e.getMessage());
            }
        };
    }

    /**
     * What to print on stderr after the session: each file that failed, then a count; nothing when every notebook
     * was clean already (so that {@code git status} stays quiet).
     */
    public List<String> summary(FilterSessionSummary session) {
        List<String> lines = new ArrayList<>();
        for (FilterFailure failure : session.failures()) {
            lines.add("celonis-nb filter: " + failure.pathname() + ": " + failure.reason());
        }
        if (secrets == 0 && session.succeeded()) {
            return lines;
        }
        String line = "celonis-nb filter: cleaned " + count(session.cleaned(), "notebook");
        if (secrets > 0) {
            line += ", replaced " + count(secrets, "secret") + " in " + notebooksWithSecrets;
        }
        if (!session.succeeded()) {
            line += "; " + session.failures().size() + " not staged";
        }
        lines.add(line);
        return lines;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
