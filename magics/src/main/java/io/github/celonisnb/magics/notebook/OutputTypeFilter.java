package io.github.celonisnb.magics.notebook;

import java.util.Objects;

/**
 * Selects outputs by {@code output_type} and, optionally, by stream name: {@code error}, {@code stream:stderr},
 * {@code execute_result}; as nbstripout's {@code --keep-output-type} and {@code --drop-output-type} take them.
 *
 * @param outputType the {@code output_type} to match
 * @param name       the {@code name} to match as well (for streams), or null for any
 */
public record OutputTypeFilter(String outputType, String name) {

    public OutputTypeFilter {
        Objects.requireNonNull(outputType, "outputType");
    }

    /** Parses {@code type} or {@code type:name}. */
    public static OutputTypeFilter parse(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? new OutputTypeFilter(text, null)
                : new OutputTypeFilter(text.substring(0, colon), text.substring(colon + 1));
    }

    boolean matches(String type, String streamName) {
        return outputType.equals(type) && (name == null || name.equals(streamName));
    }

    @Override
    public String toString() {
        return name == null ? outputType : outputType + ":" + name;
    }
}
