package io.github.celonisnb.kernel.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.github.celonisnb.kernel.CelonisKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * What notebook code reaches of the kernel: magics (the transpiler emits calls to these), display,
 * and the kernel instance. Cells get {@code import static} of this class at start-up, so a cell can
 * call {@code display(chart)} or {@code html("<b>done</b>")} as in IJava.
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

    /**
     * Shows an object in the cell's output now, as it would be shown as the cell's value: an image as a
     * picture, a table as a table, anything else as its {@code toString()}.
     *
     * @return the display's id, for {@link #updateDisplay(String, Object)}
     */
    public static String display(Object value) {
        return show(render(value));
    }

    /**
     * Shows an object as the given MIME types, e.g. {@code display("<b>hi</b>", "text/html")}.
     *
     * @return the display's id, for {@link #updateDisplay(String, Object, String...)}
     */
    public static String display(Object value, String... mimeTypes) {
        return show(render(value, mimeTypes));
    }

    /** Replaces what an earlier {@code display} showed with a new value. */
    public static void updateDisplay(String displayId, Object value) {
        DisplayData data = render(value);
        kernel().getIO().display.updateDisplay(displayId, data);
    }

    /** Replaces what an earlier {@code display} showed, rendering the new value as the given MIME types. */
    public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
        DisplayData data = render(value, mimeTypes);
        kernel().getIO().display.updateDisplay(displayId, data);
    }

    /** The MIME bundle an object is shown as; a bundle is returned as it is. */
    public static DisplayData render(Object value) {
        return value instanceof DisplayData data ? data : kernel().getRenderer().render(value);
    }

    /** The MIME bundle of an object rendered as the given MIME types. */
    public static DisplayData render(Object value, String... mimeTypes) {
        return kernel().getRenderer().renderAs(value, mimeTypes);
    }

    /** HTML to show as a cell's value or with {@code display}; the markup is sent as written. */
    public static DisplayData html(String markup) {
        DisplayData data = new DisplayData(markup);
        data.putHTML(markup);
        return data;
    }

    /** Markdown to show as a cell's value or with {@code display}. */
    public static DisplayData markdown(String text) {
        DisplayData data = new DisplayData(text);
        data.putMarkdown(text);
        return data;
    }

    /**
     * An image file to show: PNG, JPEG, GIF (sent base64-encoded) or SVG (sent as text), by its name's
     * extension. {@code java.awt.image.BufferedImage} values show as PNG without this.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the extension is none of those
     */
    public static DisplayData image(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".png") ? "image/png"
                : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                : name.endsWith(".gif") ? "image/gif"
                : name.endsWith(".svg") ? "image/svg+xml" : null;
        if (type == null) {
            throw new IllegalArgumentException(file + " is not an image this kernel shows: use a .png, .jpg, .gif or .svg file.");
        }
        byte[] bytes = Files.readAllBytes(file);
        DisplayData data = new DisplayData("[image " + file.getFileName() + "]");
        data.putData(type, type.equals("image/svg+xml") ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : Base64.getEncoder().encodeToString(bytes));
        return data;
    }

    /** A table of columns and rows; it shows as an HTML table, and as aligned text where HTML is not shown. */
    public static Table table(List<String> columns, List<? extends List<?>> rows) {
        return Table.of("", columns, rows);
    }

    /** A table with one row per map, the columns being the keys in the order of first appearance. */
    public static Table table(List<? extends Map<String, ?>> records) {
        return Table.ofRecords("", records);
    }

    /** The running kernel. */
    public static CelonisKernel getKernelInstance() {
        return kernel();
    }

    private static String show(DisplayData data) {
        DisplayData shown = data.hasDisplayId() ? data : withId(data);
        kernel().display(shown);
        return shown.getDisplayId();
    }

    private static DisplayData withId(DisplayData data) {
        DisplayData copy = new DisplayData(data);
        copy.setDisplayId(UUID.randomUUID().toString());
        return copy;
    }

    private static CelonisKernel kernel() {
        CelonisKernel k = CelonisKernel.getKernelInstance();
        if (k == null) {
            throw new IllegalStateException("No celonis-nb kernel is running in this JVM.");
        }
        return k;
    }
}
