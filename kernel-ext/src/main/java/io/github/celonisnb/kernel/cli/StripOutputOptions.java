package io.github.celonisnb.kernel.cli;

import java.util.ArrayList;
import java.util.List;

import io.github.celonisnb.magics.notebook.OutputTypeFilter;
import io.github.celonisnb.magics.notebook.StripOptions;
import picocli.CommandLine.Option;

/**
 * nbstripout's options, with its names and defaults, for {@code sanitize --strip-outputs}. A list option takes one
 * space-separated argument as nbstripout does ({@code --extra-keys "metadata.a cell.metadata.b"}), and may also be
 * repeated.
 */
final class StripOutputOptions {

    @Option(names = "--strip-outputs", description = "Also strip outputs, execution counts and volatile metadata, as"
            + " nbstripout does (the same notebook, in the file's own layout).")
    boolean stripOutputs;

    @Option(names = "--keep-output", description = "With --strip-outputs: keep outputs, strip only metadata.")
    boolean keepOutput;

    @Option(names = "--keep-count", description = "With --strip-outputs: keep execution counts.")
    boolean keepCount;

    @Option(names = "--keep-id", description = "With --strip-outputs: keep cell ids (else they become 0, 1, ...).")
    boolean keepId;

    @Option(names = "--extra-keys", paramLabel = "KEYS", split = " ",
            description = "With --strip-outputs: more metadata to remove, e.g. \"metadata.kernelspec cell.metadata.x\".")
    List<String> extraKeys = new ArrayList<>();

    @Option(names = "--keep-metadata-keys", paramLabel = "KEYS", split = " ",
            description = "With --strip-outputs: metadata to keep that is removed by default.")
    List<String> keepMetadataKeys = new ArrayList<>();

    @Option(names = "--drop-empty-cells", description = "With --strip-outputs: remove cells with an empty source.")
    boolean dropEmptyCells;

    @Option(names = "--drop-tagged-cells", paramLabel = "TAGS", split = " ",
            description = "With --strip-outputs: remove cells carrying any of these tags.")
    List<String> dropTaggedCells = new ArrayList<>();

    @Option(names = "--strip-init-cells", description = "With --strip-outputs: strip init_cell cells too.")
    boolean stripInitCells;

    @Option(names = "--max-size", paramLabel = "SIZE",
            description = "With --strip-outputs: keep outputs of at most SIZE characters (50, 1k, 2M).")
    String maxSize;

    @Option(names = "--keep-output-type", paramLabel = "TYPES", split = " ",
            description = "With --strip-outputs: always keep these outputs (execute_result, stream:stdout).")
    List<String> keepOutputTypes = new ArrayList<>();

    @Option(names = "--drop-output-type", paramLabel = "TYPES", split = " ",
            description = "With --strip-outputs: always drop these outputs (error, stream:stderr).")
    List<String> dropOutputTypes = new ArrayList<>();

    /** The stripping options given, or null without {@code --strip-outputs}. */
    StripOptions toStripOptions() {
        if (!stripOutputs) {
            return null;
        }
        StripOptions options = StripOptions.defaults()
                .withKeepOutput(keepOutput)
                .withKeepCount(keepCount)
                .withKeepId(keepId)
                .withExtraKeys(nonBlank(extraKeys))
                .withKeepMetadataKeys(nonBlank(keepMetadataKeys))
                .withDropEmptyCells(dropEmptyCells)
                .withDropTaggedCells(nonBlank(dropTaggedCells))
                .withStripInitCells(stripInitCells)
                .withKeepOutputTypes(filters(keepOutputTypes))
                .withDropOutputTypes(filters(dropOutputTypes));
        return maxSize == null ? options : options.withMaxSize(StripOptions.parseSize(maxSize));
    }

    /** The first stripping option given without {@code --strip-outputs}, or null. */
    String strayOption() {
        if (stripOutputs) {
            return null;
        }
        if (keepOutput) {
            return "--keep-output";
        } else if (keepCount) {
            return "--keep-count";
        } else if (keepId) {
            return "--keep-id";
        } else if (!extraKeys.isEmpty()) {
            return "--extra-keys";
        } else if (!keepMetadataKeys.isEmpty()) {
            return "--keep-metadata-keys";
        } else if (dropEmptyCells) {
            return "--drop-empty-cells";
        } else if (!dropTaggedCells.isEmpty()) {
            return "--drop-tagged-cells";
        } else if (stripInitCells) {
            return "--strip-init-cells";
        } else if (maxSize != null) {
            return "--max-size";
        } else if (!keepOutputTypes.isEmpty()) {
            return "--keep-output-type";
        } else if (!dropOutputTypes.isEmpty()) {
            return "--drop-output-type";
        }
        return null;
    }

    private static List<String> nonBlank(List<String> words) {
        return words.stream().filter(w -> !w.isBlank()).toList();
    }

    private static List<OutputTypeFilter> filters(List<String> words) {
        return nonBlank(words).stream().map(OutputTypeFilter::parse).toList();
    }
}
