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
 *
 * <p>As in IPython, {@code {expr}} in a line magic's argument is replaced by the value of the Java
 * expression {@code expr}, so {@code %celonis_login --key-file {key.keyFile()}} works; {@code {{} and
 * {@code }}} stand for literal braces.
 */
public final class MagicTranspiler {

    private static final String RUNTIME = "io.github.celonisnb.kernel.runtime.Notebook";

    /** Magics may be indented, as code around them is; a cell magic must start the cell. */
    private final MagicParser parser = new MagicParser("^\\s*%", "^%%");

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
        String raw = ctx.getRaw().strip();
        String afterPercent = raw.startsWith("%") ? raw.substring(1) : raw;
        String name = ctx.getMagicCall().getName();
        String argText = afterPercent.startsWith(name) ? afterPercent.substring(name.length()) : "";
        List<String> args;
        try {
            args = MagicArgumentSplitter.split(argText);
        } catch (IllegalArgumentException e) {
            // Let the cell fail where the user can see it, with the reason.
            return "throw new IllegalArgumentException(" + JavaLiterals.quote("%" + name + ": " + e.getMessage()) + ");";
        }
        return RUNTIME + ".lineMagic(" + JavaLiterals.quote(name) + ", " + listOf(args) + ");";
    }

    private static String listOf(List<String> args) {
        return args.stream().map(MagicTranspiler::argument)
                .collect(Collectors.joining(", ", "java.util.List.of(", ")"));
    }

    /** A string as a Java source literal, for code the kernel generates. */
    public static String javaString(String value) {
        return JavaLiterals.quote(value);
    }

    /** One argument as a Java expression: a literal, or a concatenation where it holds {@code {expr}}. */
    static String argument(String arg) {
        if (arg.indexOf('{') < 0 && arg.indexOf('}') < 0) {
            return JavaLiterals.quote(arg);
        }
        List<String> parts = new java.util.ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < arg.length()) {
            char c = arg.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < arg.length() && arg.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '{' && arg.indexOf('}', i + 1) > i + 1) {
                int close = arg.indexOf('}', i + 1);
                if (literal.length() > 0) {
                    parts.add(JavaLiterals.quote(literal.toString()));
                    literal.setLength(0);
                }
                parts.add("String.valueOf(" + arg.substring(i + 1, close) + ")");
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0 || parts.isEmpty()) {
            parts.add(JavaLiterals.quote(literal.toString()));
        }
        return parts.size() == 1 && parts.get(0).startsWith("\"") ? parts.get(0) : "(" + String.join(" + ", parts) + ")";
    }
}
