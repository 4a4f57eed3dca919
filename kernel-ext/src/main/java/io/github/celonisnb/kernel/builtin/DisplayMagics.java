package io.github.celonisnb.kernel.builtin;

import java.util.List;
import java.util.Objects;

import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.celonisnb.magics.magic.MagicUsageException;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %%html} and {@code %%markdown}: show the cell's body as HTML or Markdown, as IPython's cell magics do. */
public final class DisplayMagics {

    private final MagicOutput out;

    public DisplayMagics(MagicOutput out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Command(name = "%%html", description = {"Show the rest of the cell as HTML.",
        "The body is sent as written: it is markup, not text to escape."})
    static final class HtmlArguments {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
    }

    @Command(name = "%%markdown", description = "Show the rest of the cell as Markdown.")
    static final class MarkdownArguments {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
    }

    /** {@code %%html}: the body as {@code text/html}, with the source as {@code text/plain}. */
    public DisplayData html(List<String> args, String body) throws MagicUsageException {
        if (!MagicArguments.parse(new HtmlArguments(), args, out)) {
            return null;
        }
        DisplayData data = new DisplayData(body);
        data.putHTML(body);
        return data;
    }

    /** {@code %%markdown}: the body as {@code text/markdown}, with the source as {@code text/plain}. */
    public DisplayData markdown(List<String> args, String body) throws MagicUsageException {
        if (!MagicArguments.parse(new MarkdownArguments(), args, out)) {
            return null;
        }
        DisplayData data = new DisplayData(body);
        data.putMarkdown(body);
        return data;
    }
}
