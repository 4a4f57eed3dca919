package io.github.celonisnb.kernel.magic;

import java.util.List;
import java.util.stream.Collectors;

import io.github.spencerpark.jupyter.kernel.magic.CellMagicParseContext;
import io.github.spencerpark.jupyter.kernel.magic.LineMagicParseContext;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;

/**
 * Rewrites magic lines in a cell into Java calls the evaluator can run.
 *
 * <p>{@code %name a b} becomes a call of {@code Notebook.lineMagic("name", List.of("a", "b"))};
 * a cell that starts with {@code %%name args} becomes one {@code Notebook.cellMagic} call with the
 * rest of the cell as its body. Running magics as Java keeps their output in the cell's streams and
 * lets a magic's value be shown like any expression's.
 */
public final class MagicTranspiler {

    private static final String RUNTIME = "io.github.celonisnb.kernel.runtime.Notebook";

    private final MagicParser parser = new MagicParser();

    /** The cell with its magics replaced by Java calls; a cell without magics comes back unchanged. */
    public String transpile(String cell) {
        CellMagicParseContext cellMagic = parser.parseCellMagic(cell);
        if (cellMagic != null) {
            return RUNTIME + ".cellMagic(" + JavaLiterals.quote(cellMagic.getMagicCall().getName()) + ", "
                    + listOf(cellMagic.getMagicCall().getArgs()) + ", "
                    + JavaLiterals.quote(cellMagic.getMagicCall().getBody()) + ");";
        }
        return parser.transformLineMagics(cell, this::lineMagicCall);
    }

    private String lineMagicCall(LineMagicParseContext ctx) {
        return RUNTIME + ".lineMagic(" + JavaLiterals.quote(ctx.getMagicCall().getName()) + ", "
                + listOf(ctx.getMagicCall().getArgs()) + ");";
    }

    private static String listOf(List<String> args) {
        return args.stream().map(JavaLiterals::quote)
                .collect(Collectors.joining(", ", "java.util.List.of(", ")"));
    }
}
