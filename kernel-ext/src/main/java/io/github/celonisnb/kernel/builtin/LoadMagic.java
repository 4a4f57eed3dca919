package io.github.celonisnb.kernel.builtin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.celonisnb.magics.magic.MagicUsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code %load}: runs Java from files as if it stood in the cell, as IJava's {@code %load} does: a
 * {@code .jsh}, {@code .jshell}, {@code .java} or {@code .ijava} file whole, a notebook ({@code .ipynb})
 * code cell by code cell. Magics in the loaded code work as in a cell.
 */
public final class LoadMagic {

    static final List<String> SOURCE_EXTENSIONS = List.of(".jsh", ".jshell", ".java", ".ijava");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnaryOperator<String> transpile;
    private final Consumer<String> evalAfterCurrentSnippet;
    private final MagicOutput out;

    /**
     * @param transpile               turns magics in loaded code into Java, as for a cell
     * @param evalAfterCurrentSnippet runs code once the snippet holding the magic has finished
     */
    public LoadMagic(UnaryOperator<String> transpile, Consumer<String> evalAfterCurrentSnippet, MagicOutput out) {
        this.transpile = Objects.requireNonNull(transpile, "transpile");
        this.evalAfterCurrentSnippet = Objects.requireNonNull(evalAfterCurrentSnippet, "evalAfterCurrentSnippet");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Command(name = "%load", sortOptions = false, description = {
        "Run the Java in files as if it were written in this cell, in order.",
        "Takes .jsh, .jshell, .java and .ijava files, and notebooks (.ipynb: their code cells)."})
    static final class Arguments {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "A file to run.")
        List<Path> files;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
    }

    /** {@code %load FILE...}; returns {@code null}: the files' code runs right after this magic. */
    public Object load(List<String> args) throws MagicUsageException, IOException {
        Arguments parsed = new Arguments();
        if (!MagicArguments.parse(parsed, args, out)) {
            return null;
        }
        List<String> sources = new ArrayList<>();
        for (Path file : parsed.files) {
            sources.addAll(read(file));
        }
        sources.forEach(code -> evalAfterCurrentSnippet.accept(transpile.apply(code)));
        return null;
    }

    private static List<String> read(Path file) throws MagicUsageException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new MagicUsageException("%load: " + file.toAbsolutePath() + " is not a file. Check the path.");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ipynb")) {
            return codeCells(file);
        }
        if (SOURCE_EXTENSIONS.stream().noneMatch(name::endsWith)) {
            throw new MagicUsageException("%load: " + file + " is not Java code: give a .jsh, .jshell, .java, "
                    + ".ijava or .ipynb file.");
        }
        return List.of(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static List<String> codeCells(Path notebook) throws MagicUsageException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(notebook.toFile());
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the file's text; say only where it broke.
            throw new MagicUsageException("%load: " + notebook + " is not valid notebook JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ").");
        }
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : root.path("cells")) {
            if ("code".equals(cell.path("cell_type").asText())) {
                JsonNode source = cell.path("source");
                StringBuilder code = new StringBuilder();
                if (source.isArray()) {
                    source.forEach(line -> code.append(line.asText()));
                } else {
                    code.append(source.asText());
                }
                if (!code.toString().isBlank()) {
                    cells.add(code.toString());
                }
            }
        }
        return cells;
    }
}
