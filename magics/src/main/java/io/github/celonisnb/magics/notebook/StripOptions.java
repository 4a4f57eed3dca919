package io.github.celonisnb.magics.notebook;

import java.util.List;
import java.util.Objects;

/**
 * What {@link OutputStripper} removes, with nbstripout's options and defaults. Build with {@link #defaults()} and the
 * {@code with...} methods.
 *
 * @param keepOutput        keep outputs (and strip only metadata); a notebook's own {@code metadata.keep_output}
 *                          also turns this on ({@code --keep-output})
 * @param keepCount         keep execution counts; otherwise they become null ({@code --keep-count})
 * @param keepId            keep cell ids; otherwise they become "0", "1", ... ({@code --keep-id})
 * @param extraKeys         more metadata to remove, each starting with {@code metadata.} or {@code cell.}
 *                          ({@code --extra-keys})
 * @param keepMetadataKeys  keys taken back out of the list of keys to remove ({@code --keep-metadata-keys})
 * @param dropEmptyCells    remove cells whose source is empty or blank ({@code --drop-empty-cells})
 * @param dropTaggedCells   remove cells carrying any of these tags ({@code --drop-tagged-cells})
 * @param stripInitCells    strip outputs of {@code init_cell} cells too ({@code --strip-init-cells})
 * @param maxSize           keep outputs of at most this many characters (summed over their strings); 0 strips all
 *                          ({@code --max-size})
 * @param keepOutputTypes   outputs always kept, whatever their size ({@code --keep-output-type})
 * @param dropOutputTypes   outputs always removed ({@code --drop-output-type})
 */
public record StripOptions(boolean keepOutput, boolean keepCount, boolean keepId, List<String> extraKeys,
        List<String> keepMetadataKeys, boolean dropEmptyCells, List<String> dropTaggedCells, boolean stripInitCells,
        long maxSize, List<OutputTypeFilter> keepOutputTypes, List<OutputTypeFilter> dropOutputTypes) {

    /** The metadata nbstripout removes unless told to keep it. */
    public static final List<String> DEFAULT_EXTRA_KEYS = List.of(
            "metadata.signature",
            "metadata.widgets",
            "cell.metadata.collapsed",
            "cell.metadata.ExecuteTime",
            "cell.metadata.execution",
            "cell.metadata.heading_collapsed",
            "cell.metadata.hidden",
            "cell.metadata.scrolled");

    /**
     * Keys nbformat itself drops whenever it writes a notebook, so nbstripout's output never has them; removed here
     * too so that the result is the same notebook.
     */
    public static final List<String> NBFORMAT_TRANSIENT_KEYS = List.of(
            "metadata.orig_nbformat",
            "metadata.orig_nbformat_minor",
            "cell.metadata.trusted");

    public StripOptions {
        extraKeys = List.copyOf(extraKeys);
        keepMetadataKeys = List.copyOf(keepMetadataKeys);
        dropTaggedCells = List.copyOf(dropTaggedCells);
        keepOutputTypes = List.copyOf(keepOutputTypes);
        dropOutputTypes = List.copyOf(dropOutputTypes);
        if (maxSize < 0) {
            throw new IllegalArgumentException("maxSize must be 0 or more, got " + maxSize);
        }
    }

    /** nbstripout's behaviour without options: strip all outputs, counts and ids, and the default metadata. */
    public static StripOptions defaults() {
        return new StripOptions(false, false, false, List.of(), List.of(), false, List.of(), false, 0, List.of(),
                List.of());
    }

    public StripOptions withKeepOutput(boolean value) {
        return new StripOptions(value, keepCount, keepId, extraKeys, keepMetadataKeys, dropEmptyCells,
                dropTaggedCells, stripInitCells, maxSize, keepOutputTypes, dropOutputTypes);
    }

    public StripOptions withKeepCount(boolean value) {
        return new StripOptions(keepOutput, value, keepId, extraKeys, keepMetadataKeys, dropEmptyCells,
                dropTaggedCells, stripInitCells, maxSize, keepOutputTypes, dropOutputTypes);
    }

    public StripOptions withKeepId(boolean value) {
        return new StripOptions(keepOutput, keepCount, value, extraKeys, keepMetadataKeys, dropEmptyCells,
                dropTaggedCells, stripInitCells, maxSize, keepOutputTypes, dropOutputTypes);
    }

    public StripOptions withExtraKeys(List<String> value) {
        return new StripOptions(keepOutput, keepCount, keepId, value, keepMetadataKeys, dropEmptyCells,
                dropTaggedCells, stripInitCells, maxSize, keepOutputTypes, dropOutputTypes);
    }

    public StripOptions withKeepMetadataKeys(List<String> value) {
        return new StripOptions(keepOutput, keepCount, keepId, extraKeys, value, dropEmptyCells, dropTaggedCells,
                stripInitCells, maxSize, keepOutputTypes, dropOutputTypes);
    }

    public StripOptions withDropEmptyCells(boolean value) {
        return new StripOptions(keepOutput, keepCount, keepId, extraKeys, keepMetadataKeys, value, dropTaggedCells,
                stripInitCells, maxSize, keepOutputTypes, dropOutputTypes);
    }

    public StripOptions withDropTaggedCells(List<String> value) {
        return new StripOptions(keepOutput, keepCount, keepId, extraKeys, keepMetadataKeys, dropEmptyCells, value,
                stripInitCells, maxSize, keepOutputTypes, dropOutputTypes);
    }

    public StripOptions withStripInitCells(boolean value) {
        return new StripOptions(keepOutput, keepCount, keepId, extraKeys, keepMetadataKeys, dropEmptyCells,
                dropTaggedCells, value, maxSize, keepOutputTypes, dropOutputTypes);
    }

    public StripOptions withMaxSize(long value) {
        return new StripOptions(keepOutput, keepCount, keepId, extraKeys, keepMetadataKeys, dropEmptyCells,
                dropTaggedCells, stripInitCells, value, keepOutputTypes, dropOutputTypes);
    }

    public StripOptions withKeepOutputTypes(List<OutputTypeFilter> value) {
        return new StripOptions(keepOutput, keepCount, keepId, extraKeys, keepMetadataKeys, dropEmptyCells,
                dropTaggedCells, stripInitCells, maxSize, value, dropOutputTypes);
    }

    public StripOptions withDropOutputTypes(List<OutputTypeFilter> value) {
        return new StripOptions(keepOutput, keepCount, keepId, extraKeys, keepMetadataKeys, dropEmptyCells,
                dropTaggedCells, stripInitCells, maxSize, keepOutputTypes, value);
    }

    /**
     * Parses a size as nbstripout's {@code --max-size} takes it: a whole number with an optional suffix k, M or G
     * (powers of 1000, any case).
     *
     * @throws IllegalArgumentException naming the value when it is not a size
     */
    public static long parseSize(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        long factor = 1;
        if (!trimmed.isEmpty()) {
            char last = Character.toLowerCase(trimmed.charAt(trimmed.length() - 1));
            factor = switch (last) {
                case 'k' -> 1_000L;
                case 'm' -> 1_000_000L;
                case 'g' -> 1_000_000_000L;
                default -> 1;
            };
            if (factor > 1) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
        }
        try {
            long number = Long.parseLong(trimmed);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(number, factor);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a size: use a whole number with an optional"
                    + " suffix k, M or G, e.g. 50, 1k or 2M");
        }
    }
}
