package io.github.celonisnb.magics.notebook;

import io.github.celonisnb.magics.notebook.internal.SpanEditor;
import io.github.celonisnb.magics.notebook.internal.SpanTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Strips outputs, execution counts, cell ids and chosen metadata the way nbstripout does, giving the same notebook
 * (the same JSON once parsed) as nbstripout with the same options, but rewriting only what changes: removed members
 * and elements are cut out with their commas, replaced values are written in place, and indentation, key order, line
 * ends ({@code CRLF} stays {@code CRLF}), escapes and number spellings stay as they were.
 *
 * <p>Where the bytes differ from nbstripout's: nbstripout re-serialises through nbformat (keys sorted, indent 1,
 * strings with line breaks split into lists, the platform's line ends); this class keeps the file's own layout.
 * Sizes for {@code maxSize} count numbers by their text as written in the file, where nbstripout counts Python's
 * spelling of the parsed value (they differ only for floats such as {@code 1E5}).
 */
public final class OutputStripper {

    private final StripOptions options;

    public OutputStripper(StripOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Strips one notebook.
     *
     * @throws InvalidNotebookException      when the bytes are not a UTF-8 JSON notebook ({@link InputShape#NOTEBOOK}):
     *                                       there is nothing to strip in other JSON
     * @throws CellMetadataConflictException when a cell's {@code keep_output} metadata contradicts its tags
     */
    public StripResult strip(byte[] notebook) throws InvalidNotebookException, CellMetadataConflictException {
        SpanTree.ObjectNode root = SpanTree.parseNotebook(notebook);
        SpanEditor editor = new SpanEditor(notebook, root);
        List<String> warnings = new ArrayList<>();
        List<String> notebookKeys = new ArrayList<>();
        List<String> cellKeys = new ArrayList<>();
        splitKeys(warnings, notebookKeys, cellKeys);

        SpanTree.ObjectNode metadata = object(root.get("metadata"));
        boolean keepOutput = options.keepOutput()
                || (metadata != null && metadata.has("keep_output") && truthy(metadata.get("keep_output")));
        if (metadata != null) {
            for (String key : notebookKeys) {
                popRecursive(editor, metadata, key);
            }
        }
        int index = 0;
        for (SpanTree.ArrayNode cells : cellLists(root)) {
            for (SpanTree.Node element : cells.elements()) {
                SpanTree.ObjectNode cell = object(element);
                if (cell == null) {
                    continue;
                }
                if (dropped(cell)) {
                    editor.remove(cells, cell);
                    continue;
                }
                stripCell(editor, cell, index, keepOutput, cellKeys);
                index++;
            }
        }
        byte[] result = editor.result();
        return new StripResult(result, result != notebook && !Arrays.equals(result, notebook), warnings);
    }

    private void splitKeys(List<String> warnings, List<String> notebookKeys, List<String> cellKeys) {
        List<String> keys = new ArrayList<>(StripOptions.DEFAULT_EXTRA_KEYS);
        keys.addAll(StripOptions.NBFORMAT_TRANSIENT_KEYS);
        keys.addAll(options.extraKeys());
        keys.removeAll(options.keepMetadataKeys());
        for (String key : keys) {
            if (key.startsWith("metadata.") && key.length() > "metadata.".length()) {
                notebookKeys.add(key.substring("metadata.".length()));
            } else if (key.startsWith("cell.") && key.length() > "cell.".length()) {
                cellKeys.add(key.substring("cell.".length()));
            } else {
                warnings.add("Ignoring invalid extra key `" + key + "`: extra keys start with \"metadata.\" or"
                        + " \"cell.\"");
            }
        }
    }

    /** The cell lists: {@code cells} for nbformat 4, each worksheet's {@code cells} before that. */
    private static List<SpanTree.ArrayNode> cellLists(SpanTree.ObjectNode root) {
        List<SpanTree.ArrayNode> lists = new ArrayList<>();
        SpanTree.Node version = root.get("nbformat");
        boolean legacy = version instanceof SpanTree.ScalarNode scalar && !scalar.isString()
                && scalar.text() != null && isBelowFour(scalar.text());
        if (legacy) {
            SpanTree.Node worksheets = root.get("worksheets");
            if (worksheets instanceof SpanTree.ArrayNode sheets) {
                for (SpanTree.Node sheet : sheets.elements()) {
                    SpanTree.ObjectNode ws = object(sheet);
                    if (ws != null && ws.get("cells") instanceof SpanTree.ArrayNode cells) {
                        lists.add(cells);
                    }
                }
            }
        } else if (root.get("cells") instanceof SpanTree.ArrayNode cells) {
            lists.add(cells);
        }
        return lists;
    }

    private static boolean isBelowFour(String number) {
        try {
            return Double.parseDouble(number) < 4;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean dropped(SpanTree.ObjectNode cell) {
        if (options.dropEmptyCells() && isBlankSource(cell.get("source"))) {
            return true;
        }
        if (!options.dropTaggedCells().isEmpty()) {
            for (String tag : tags(cell)) {
                if (options.dropTaggedCells().contains(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A missing source counts as empty, as in nbstripout. */
    private static boolean isBlankSource(SpanTree.Node source) {
        if (source == null) {
            return true;
        }
        if (source instanceof SpanTree.ScalarNode scalar) {
            return scalar.isString() && scalar.blank();
        }
        if (source instanceof SpanTree.ArrayNode lines) {
            for (SpanTree.Node line : lines.elements()) {
                if (!(line instanceof SpanTree.ScalarNode scalar) || !scalar.isString() || !scalar.blank()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static List<String> tags(SpanTree.ObjectNode cell) {
        List<String> tags = new ArrayList<>();
        SpanTree.ObjectNode metadata = object(cell.get("metadata"));
        if (metadata != null && metadata.get("tags") instanceof SpanTree.ArrayNode list) {
            for (SpanTree.Node tag : list.elements()) {
                if (tag instanceof SpanTree.ScalarNode scalar && scalar.isString() && scalar.text() != null) {
                    tags.add(scalar.text());
                }
            }
        }
        return tags;
    }

    private void stripCell(SpanEditor editor, SpanTree.ObjectNode cell, int index, boolean keepOutput,
            List<String> cellKeys) throws CellMetadataConflictException {
        boolean keepThis = keepsOutput(cell, index, keepOutput);
        if (cell.get("outputs") instanceof SpanTree.ArrayNode outputs) {
            List<SpanTree.Node> kept = new ArrayList<>(outputs.elements());
            if (!keepThis || !options.keepOutputTypes().isEmpty()) {
                kept.removeIf(output -> size(output) > options.maxSize()
                        && !matchesAny(output, options.keepOutputTypes()));
            }
            if (!options.keepCount()) {
                for (SpanTree.Node output : kept) {
                    SpanTree.ObjectNode o = object(output);
                    if (o != null) {
                        setNull(editor, o.get("execution_count"));
                    }
                }
            }
            if (!options.dropOutputTypes().isEmpty()) {
                kept.removeIf(output -> matchesAny(output, options.dropOutputTypes()));
            }
            for (SpanTree.Node output : outputs.elements()) {
                if (!kept.contains(output)) {
                    editor.remove(outputs, output);
                }
            }
        }
        if (!options.keepCount()) {
            setNull(editor, cell.get("prompt_number"));
            setNull(editor, cell.get("execution_count"));
        }
        SpanTree.Node id = cell.get("id");
        if (id != null && !options.keepId()) {
            String wanted = String.valueOf(index);
            if (!(id instanceof SpanTree.ScalarNode scalar && scalar.isString() && wanted.equals(scalar.text()))) {
                editor.replace(id, "\"" + wanted + "\"");
            }
        }
        for (String key : cellKeys) {
            popRecursive(editor, cell, key);
        }
    }

    /** nbstripout's rule: {@code init_cell} decides first, then {@code keep_output} metadata or tag. */
    private boolean keepsOutput(SpanTree.ObjectNode cell, int index, boolean keepOutput)
            throws CellMetadataConflictException {
        SpanTree.ObjectNode metadata = object(cell.get("metadata"));
        if (metadata == null) {
            return keepOutput;
        }
        if (metadata.has("init_cell")) {
            return truthy(metadata.get("init_cell")) && !options.stripInitCells();
        }
        boolean hasMetadata = metadata.has("keep_output");
        boolean metadataSays = hasMetadata && truthy(metadata.get("keep_output"));
        boolean hasTag = tags(cell).contains("keep_output");
        if (hasMetadata && hasTag && !metadataSays) {
            throw new CellMetadataConflictException(index);
        }
        if (hasMetadata || hasTag) {
            return metadataSays || hasTag;
        }
        return keepOutput;
    }

    private static void setNull(SpanEditor editor, SpanTree.Node node) {
        if (node != null && !(node instanceof SpanTree.ScalarNode scalar && scalar.isNull())) {
            editor.replace(node, "null");
        }
    }

    private static boolean matchesAny(SpanTree.Node output, List<OutputTypeFilter> filters) {
        SpanTree.ObjectNode o = object(output);
        if (o == null) {
            return false;
        }
        String type = text(o.get("output_type"));
        String name = text(o.get("name"));
        return filters.stream().anyMatch(f -> f.matches(type, name));
    }

    /**
     * nbstripout's size of an output: the characters of every string in it, summed, with the values of objects (not
     * their keys); numbers, booleans and null count the length of their text ({@code None} for null).
     */
    static long size(SpanTree.Node node) {
        long total = 0;
        List<SpanTree.Node> todo = new ArrayList<>();
        todo.add(node);
        while (!todo.isEmpty()) {
            SpanTree.Node n = todo.remove(todo.size() - 1);
            if (n instanceof SpanTree.ObjectNode object) {
                object.members().forEach(m -> todo.add(m.value()));
            } else if (n instanceof SpanTree.ArrayNode array) {
                todo.addAll(array.elements());
            } else {
                SpanTree.ScalarNode scalar = (SpanTree.ScalarNode) n;
                total += switch (scalar.type()) {
                    case VALUE_NULL -> "None".length();
                    case VALUE_TRUE -> "True".length();
                    case VALUE_FALSE -> "False".length();
                    default -> scalar.length();
                };
            }
        }
        return total;
    }

    /**
     * Removes {@code key} from {@code object}: the whole dotted key when a member has that exact name (names may
     * contain dots, as Databricks' do), otherwise the part before the first dot leads one level down.
     */
    private static void popRecursive(SpanEditor editor, SpanTree.ObjectNode object, String key) {
        boolean found = false;
        for (SpanTree.Member member : object.members()) {
            if (member.name().equals(key)) {
                editor.remove(object, member);
                found = true;
            }
        }
        if (found) {
            return;
        }
        int dot = key.indexOf('.');
        if (dot < 0) {
            return;
        }
        SpanTree.ObjectNode child = object(object.get(key.substring(0, dot)));
        if (child != null) {
            popRecursive(editor, child, key.substring(dot + 1));
        }
    }

    /** Python truthiness of a JSON value. */
    private static boolean truthy(SpanTree.Node node) {
        if (node instanceof SpanTree.ObjectNode object) {
            return !object.members().isEmpty();
        }
        if (node instanceof SpanTree.ArrayNode array) {
            return !array.elements().isEmpty();
        }
        SpanTree.ScalarNode scalar = (SpanTree.ScalarNode) node;
        return switch (scalar.type()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            case VALUE_STRING -> scalar.length() > 0;
            default -> {
                try {
                    yield Double.parseDouble(scalar.text()) != 0;
                } catch (NumberFormatException e) {
                    yield true;
                }
            }
        };
    }

    private static SpanTree.ObjectNode object(SpanTree.Node node) {
        return node instanceof SpanTree.ObjectNode object ? object : null;
    }

    private static String text(SpanTree.Node node) {
        return node instanceof SpanTree.ScalarNode scalar && scalar.isString() ? scalar.text() : null;
    }
}
