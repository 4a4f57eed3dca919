package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void rendersTheShareDoneAndTheCount() {
        assertEquals("[>                             ] 0/10 notebooks", ProgressBar.render(0, 10));
        assertEquals("[=========>                    ] 3/10 notebooks", ProgressBar.render(3, 10));
        assertEquals("[==============================] 10/10 notebooks", ProgressBar.render(10, 10));
    }

    @Test
    void drawsNothingForOneFileOrWithoutATerminal() {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text);

        try (ProgressBar one = ProgressBar.start(err, 1, true)) {
            one.step();
        }
        try (ProgressBar piped = ProgressBar.start(err, 5, false)) {
            piped.step();
        }

        assertEquals("", text.toString());
    }
}
