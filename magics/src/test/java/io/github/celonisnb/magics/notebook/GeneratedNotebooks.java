package io.github.celonisnb.magics.notebook;

import static io.github.celonisnb.magics.notebook.TestJson.list;
import static io.github.celonisnb.magics.notebook.TestJson.obj;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Random notebooks (nbformat 3 or 4, a random mix of cells, outputs and metadata) with numbered slots where a secret
 * may be planted. The same seed gives the same notebook; only the slots' content differs between builds, so a
 * planted build and a filler build have the same structure.
 */
final class GeneratedNotebooks {

    private static final String ESC = "\u001b";
    private static final String[] WORDS = {"alpha", "beta", "caf\u00e9", "na\u00efve", "x = 1", "print(df)",
        "a/b", "quote \" here", "back\\slash", "tab\there", "\u6f22\u5b57", "line\n", "\uD83D\uDE00", "sum(x)",
        "plot", "model.fit()", "# note", "42", ""};

    /** What kind of place a slot is, which matters for what may be planted in it. */
    enum SlotKind {
        /** Any string: a printed secret must be found here. */
        TEXT,
        /** A password widget's value: redacted whatever it holds, so it always gets a planted value. */
        PASSWORD_WIDGET
    }

    private final Random random;
    private final List<SlotKind> slots = new ArrayList<>();
    private IntFunction<String> content;

    private GeneratedNotebooks(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Builds the notebook for {@code seed}, asking {@code content} for the text of each slot.
     *
     * @return the notebook tree and the kinds of its slots, in order
     */
    static Map.Entry<Object, List<SlotKind>> build(long seed, IntFunction<String> content) {
        GeneratedNotebooks generator = new GeneratedNotebooks(seed);
        generator.content = content;
        Object tree = generator.random.nextInt(6) == 0 ? generator.v3() : generator.v4();
        return Map.entry(tree, List.copyOf(generator.slots));
    }

    private String slot(SlotKind kind) {
        slots.add(kind);
        return content.apply(slots.size() - 1);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String words() {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append(word()).append(' ');
        }
        return out.toString();
    }

    /** A text holding one slot, maybe split across two list elements. */
    private Object text() {
        String value = slot(SlotKind.TEXT);
        return switch (random.nextInt(4)) {
            case 0 -> words() + value + words();
            case 1 -> list(words() + "\n", "k = '" + value + "'\n", words());
            case 2 -> {
                int half = value.length() / 2;
                yield list(words() + value.substring(0, half), value.substring(half) + "\n");
            }
            default -> value;
        };
    }

    private Object v4() {
        List<Object> cells = new ArrayList<>();
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            cells.add(cell(i));
        }
        TestJson.Obj metadata = obj("kernelspec", obj("display_name", "Python 3", "name", "python3"));
        if (random.nextBoolean()) {
            metadata = metadata.with("papermill", obj("parameters", obj("api_token", slot(SlotKind.TEXT), "n", 3)));
        }
        if (random.nextBoolean()) {
            metadata = metadata.with("widgets", obj("application/vnd.jupyter.widget-state+json", obj("state",
                    obj("w1", obj("model_name", "TextModel", "state", obj("value", slot(SlotKind.TEXT),
                            "_model_name", "TextModel")),
                            "w2", obj("model_name", "PasswordModel", "state", random.nextBoolean()
                                    ? obj("_model_name", "PasswordModel", "value", slot(SlotKind.PASSWORD_WIDGET))
                                    : obj("value", slot(SlotKind.PASSWORD_WIDGET), "_model_name",
                                            "PasswordModel"))))));
        }
        if (random.nextBoolean()) {
            metadata = metadata.with("vendor", obj("env", obj("CELONIS_API_TOKEN", slot(SlotKind.TEXT))));
        }
        return obj("cells", cells, "metadata", metadata, "nbformat", 4, "nbformat_minor", random.nextInt(6));
    }

    private TestJson.Obj cell(int index) {
        TestJson.Obj metadata = obj();
        switch (random.nextInt(4)) {
            case 0 -> metadata = obj("application/vnd.databricks.v1+cell", obj("title", slot(SlotKind.TEXT)));
            case 1 -> metadata = obj("note", slot(SlotKind.TEXT), "note", word());
            case 2 -> metadata = obj("tags", list("a", "b"), "collapsed", false);
            default -> { }
        }
        String id = "c" + index;
        return switch (random.nextInt(4)) {
            case 0 -> obj("cell_type", "markdown", "id", id, "metadata", metadata, "source", text());
            case 1 -> random.nextBoolean()
                    ? obj("attachments", obj("n.txt", obj("text/plain", slot(SlotKind.TEXT)), "i.png",
                            obj("image/png", image())), "cell_type", "markdown", "id", id, "metadata", metadata,
                            "source", "![n](attachment:n.txt)")
                    : obj("cell_type", "raw", "id", id, "metadata", metadata, "source", text());
            default -> {
                List<Object> outputs = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    outputs.add(output());
                }
                yield obj("cell_type", "code", "execution_count", random.nextBoolean() ? index + 1 : TestJson.NULL,
                        "id", id, "metadata", metadata, "outputs", outputs, "source", text());
            }
        };
    }

    private String image() {
        byte[] bytes = new byte[64 + random.nextInt(2048)];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private TestJson.Obj output() {
        return switch (random.nextInt(7)) {
            case 0 -> obj("name", random.nextBoolean() ? "stdout" : "stderr", "output_type", "stream", "text",
                    text());
            case 1 -> obj("data", obj("text/plain", text(), "image/png", image()), "execution_count", 1,
                    "metadata", obj(), "output_type", "execute_result");
            case 2 -> obj("data", obj("text/html", text(), "text/plain", word()), "metadata",
                    obj("user", obj("hint", slot(SlotKind.TEXT))), "output_type", "display_data");
            case 3 -> obj("data", obj("application/json", obj("cfg", obj("x", slot(SlotKind.TEXT)),
                    slot(SlotKind.TEXT), 1)), "metadata", obj(), "output_type", "display_data");
            case 4 -> obj("data", obj("application/vnd.acme+json", obj("v", list(slot(SlotKind.TEXT), 2))),
                    "metadata", obj(), "output_type", "display_data");
            case 5 -> obj("ename", "HTTPError", "evalue", "401 for " + slot(SlotKind.TEXT), "output_type", "error",
                    "traceback", list(ESC + "[0;31m---" + ESC + "[0m", ESC + "[0;32mkey" + ESC + "[0m = "
                            + ESC + "[38;5;124m'" + slot(SlotKind.TEXT) + "'" + ESC + "[39m"));
            default -> obj("data", obj("image/png", image(), "text/plain", "<Figure>"), "metadata",
                    obj("image/png", obj("width", 100)), "output_type", "display_data");
        };
    }

    private Object v3() {
        List<Object> cells = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            List<Object> outputs = new ArrayList<>();
            if (random.nextBoolean()) {
                outputs.add(obj("output_type", "pyout", "prompt_number", i, "text", text(), "png", image()));
            }
            if (random.nextBoolean()) {
                outputs.add(obj("output_type", "stream", "stream", "stdout", "text", text()));
            }
            cells.add(obj("cell_type", "code", "collapsed", false, "input", text(), "language", "python",
                    "metadata", obj(), "outputs", outputs, "prompt_number", i));
        }
        return obj("metadata", obj("name", word()), "nbformat", 3, "nbformat_minor", 0, "worksheets",
                list(obj("cells", cells, "metadata", obj())));
    }
}
