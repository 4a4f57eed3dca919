package io.github.celonisnb.kernel.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place with a carriage return and erased when done. It is drawn only
 * on a terminal and only for several files, so that logs, pipes and single-file runs stay clean.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private int done;
    private int drawnLength;

    private ProgressBar(PrintWriter err, int total, boolean visible) {
        this.err = err;
        this.total = total;
        this.visible = visible;
    }

    /** A bar for {@code total} files; invisible unless stderr is a terminal and there are at least two files. */
    static ProgressBar start(PrintWriter err, int total, boolean stderrIsTerminal) {
        ProgressBar bar = new ProgressBar(err, total, stderrIsTerminal && total > 1);
        bar.draw();
        return bar;
    }

    /** One more file is done. */
    void step() {
        done++;
        draw();
    }

    /** The line as drawn after {@code done} of {@code total} files, e.g. {@code [=====>        ] 3/10 notebooks}. */
    static String render(int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        StringBuilder line = new StringBuilder("[");
        for (int i = 0; i < WIDTH; i++) {
            line.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        return line.append("] ").append(done).append('/').append(total).append(" notebooks").toString();
    }

    private void draw() {
        if (!visible) {
            return;
        }
        String line = render(done, total);
        err.print("\r" + line);
        err.flush();
        drawnLength = line.length();
    }

    /** Erases the bar, so that whatever is printed next starts on a clean line. */
    @Override
    public void close() {
        if (visible && drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }

    /**
     * Erases the bar before a message line is printed, so the message does not run into it; the next step draws it
     * again.
     */
    void clearForMessage() {
        close();
    }
}
