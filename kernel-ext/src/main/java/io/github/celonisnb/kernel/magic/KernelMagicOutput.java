package io.github.celonisnb.kernel.magic;

import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * Sends a magic's output to the running cell: lines to the cell's stdout and stderr (which the kernel
 * points at Jupyter during a request), rich output as display data.
 */
public final class KernelMagicOutput implements MagicOutput {

    private final BaseKernel kernel;

    public KernelMagicOutput(BaseKernel kernel) {
        this.kernel = kernel;
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
        kernel.display(data);
    }
}
