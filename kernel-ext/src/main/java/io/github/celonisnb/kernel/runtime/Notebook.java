package io.github.celonisnb.kernel.runtime;

import java.util.List;

import io.github.celonisnb.kernel.CelonisKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * What notebook code reaches of the kernel: magics (the transpiler emits calls to these), display,
 * and the kernel instance. Cells get {@code import static} of this class at start-up.
 */
public final class Notebook {

    private Notebook() {
    }

    /** Runs a line magic; called by the code {@code %name args} is turned into. */
    public static Object lineMagic(String name, List<String> args) throws Exception {
        return kernel().getMagics().applyLineMagic(name, args);
    }

    /** Runs a cell magic; called by the code a {@code %%name} cell is turned into. */
    public static Object cellMagic(String name, List<String> args, String body) throws Exception {
        return kernel().getMagics().applyCellMagic(name, args, body);
    }

    /** Shows an object in the cell's output as it would be shown as the cell's value. */
    public static void display(Object value) {
        DisplayData data = kernel().getRenderer().render(value);
        kernel().display(data);
    }

    /** The running kernel. */
    public static CelonisKernel getKernelInstance() {
        return kernel();
    }

    private static CelonisKernel kernel() {
        CelonisKernel k = CelonisKernel.getKernelInstance();
        if (k == null) {
            throw new IllegalStateException("No celonis-nb kernel is running in this JVM.");
        }
        return k;
    }
}
