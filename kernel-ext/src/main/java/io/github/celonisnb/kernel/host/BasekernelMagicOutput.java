package io.github.celonisnb.kernel.host;

import java.util.function.Consumer;

import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * A magic's output in a basekernel kernel (ours or IJava): lines to the cell's {@code System.out} and
 * {@code System.err}, which the host points at the notebook during a request; rich output as display
 * data, shown at once, since IJava drops a line magic's return value.
 */
public final class BasekernelMagicOutput implements MagicOutput {

    private final Consumer<DisplayData> display;

    public BasekernelMagicOutput(Consumer<DisplayData> display) {
        this.display = display;
    }

    @Override
    public void info(String line) {
        System.out.println(line);
        System.out.flush();
    }

    @Override
    public void warning(String line) {
        System.err.println(line);
        System.err.flush();
    }

    @Override
    public void display(String html, String plainText) {
        System.out.flush();
        DisplayData data = new DisplayData(plainText);
        data.putHTML(html);
        display.accept(data);
    }
}
