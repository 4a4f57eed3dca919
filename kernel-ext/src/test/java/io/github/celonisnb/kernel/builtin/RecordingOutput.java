package io.github.celonisnb.kernel.builtin;

import java.util.ArrayList;
import java.util.List;

import io.github.celonisnb.magics.magic.MagicOutput;

/** Keeps what a magic printed, for assertions. */
final class RecordingOutput implements MagicOutput {
    final List<String> info = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void info(String line) {
        info.add(line);
    }

    @Override
    public void warning(String line) {
        warnings.add(line);
    }

    @Override
    public void display(String html, String plainText) {
        info.add(plainText);
    }
}
