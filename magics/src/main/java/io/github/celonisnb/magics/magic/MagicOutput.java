package io.github.celonisnb.magics.magic;

/**
 * Where a magic's output goes. The kernel sends it to the cell; tests collect it. Everything written
 * here passes the kernel's redactor on its way out.
 */
public interface MagicOutput {

    /** A line of normal output (the cell's stdout). */
    void info(String line);

    /** A line of warning or error output (the cell's stderr). */
    void warning(String line);

    /** Rich output: HTML for the notebook, plain text for consoles and saved text. */
    void display(String html, String plainText);
}
