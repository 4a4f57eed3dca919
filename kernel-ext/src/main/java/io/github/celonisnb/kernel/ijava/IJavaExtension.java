package io.github.celonisnb.kernel.ijava;

import java.util.Map;

import io.github.celonisnb.kernel.host.BasekernelMagicOutput;
import io.github.celonisnb.kernel.host.HostMagics;
import io.github.celonisnb.magics.magic.Tabular;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;

/**
 * Installs the Celonis magics into a running IJava kernel. IJava has no extension discovery, so the jar
 * joins it on the class path and one call installs it:
 *
 * <pre>
 * kernel.json env:  "IJAVA_CLASSPATH": "/path/celonis-nb-ijava.jar",
 *                   "IJAVA_STARTUP_SCRIPT": "io.github.celonisnb.kernel.ijava.IJavaExtension.install();"
 * or in a cell:     %jars /path/celonis-nb-ijava.jar
 *                   io.github.celonisnb.kernel.ijava.IJavaExtension.install();
 * </pre>
 *
 * <p>{@code celonis-nb kernel attach --ijava-spec DIR} writes the first form. The kernel is found by
 * reflection on {@code io.github.spencerpark.ijava.IJava.getKernelInstance()}, since IJava is not a
 * library one can compile against. Calling {@link #install()} again does nothing.
 */
public final class IJavaExtension {

    /** The call a startup script or cell makes. */
    public static final String INSTALL_CALL = IJavaExtension.class.getName() + ".install();";
    static final String IJAVA_CLASS = "io.github.spencerpark.ijava.IJava";

    private static BaseKernel installedIn;

    private IJavaExtension() {
    }

    /**
     * Registers {@code %celonis_login}, {@code %celonis_logout} and {@code %celonis_redact} in the running
     * IJava kernel, shows session tables as tables, and redacts the kernel's output from now on.
     *
     * @throws IllegalStateException when no IJava kernel runs in this JVM
     */
    public static synchronized void install() {
        BaseKernel kernel = ijavaKernel();
        if (installedIn == kernel) {
            System.out.println("The Celonis magics are installed in this kernel already.");
            return;
        }
        Magics magics = magicsOf(kernel);
        for (Map.Entry<String, HostMagics.LineMagicBody> magic
                : HostMagics.create(new BasekernelMagicOutput(kernel::display)).entrySet()) {
            HostMagics.LineMagicBody body = magic.getValue();
            magics.registerLineMagic(magic.getKey(), args -> {
                body.run(args);
                return null;
            });
        }
        kernel.getRenderer().createRegistration(Tabular.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((table, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, table::toHtml);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, table::toText);
                });
        BasekernelRedaction.Coverage coverage;
        try {
            coverage = BasekernelRedaction.wire(kernel, HostMagics.secrets());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("The Celonis magics were not installed: this IJava's basekernel differs "
                    + "from 2.3.0, so its output could not be redacted (" + e.getClass().getSimpleName() + "). "
                    + "Use the celonis-nb kernel instead (celonis-nb kernel install).", e);
        }
        installedIn = kernel;
        System.out.println("Celonis magics installed: %celonis_login, %celonis_logout, %celonis_redact. "
                + (coverage == BasekernelRedaction.Coverage.EVERY_MESSAGE
                ? "Output of this kernel is redacted; from the next cell on, every message is."
                : "Printed output of this kernel is redacted."));
    }

    private static BaseKernel ijavaKernel() {
        Object kernel;
        try {
            Class<?> ijava = Class.forName(IJAVA_CLASS, true, IJavaExtension.class.getClassLoader());
            kernel = ijava.getMethod("getKernelInstance").invoke(null);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No IJava kernel runs in this JVM (" + IJAVA_CLASS + " is not loaded). "
                    + "Call install() from an IJava notebook; the celonis-nb kernel has these magics built in.");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("IJava's getKernelInstance() could not be called ("
                    + e.getClass().getSimpleName() + "); this IJava version is not supported.", e);
        }
        if (!(kernel instanceof BaseKernel base)) {
            throw new IllegalStateException(kernel == null
                    ? "IJava is loaded but no IJava kernel is running; call install() from a notebook cell."
                    : "IJava's kernel is not a basekernel 2.x kernel (" + kernel.getClass().getName() + ").");
        }
        return base;
    }

    private static Magics magicsOf(BaseKernel kernel) {
        try {
            return (Magics) kernel.getClass().getMethod("getMagics").invoke(kernel);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("IJava's kernel has no getMagics() returning basekernel's Magics ("
                    + e.getClass().getSimpleName() + "); this IJava version is not supported.", e);
        }
    }
}
