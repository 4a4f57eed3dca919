package io.github.celonisnb.magics.notebook.internal;

import java.util.Set;

/**
 * What a place in a notebook holds, judged from field names: binary payloads to skip, and where cells and outputs
 * are in nbformat 2, 3 and 4.
 */
final class NotebookPlaces {

    /** nbformat 3 stores images under short names directly in the output. */
    private static final Set<String> SHORT_BINARY_NAMES = Set.of("png", "jpeg", "jpg", "gif", "bmp", "tiff", "pdf");

    private NotebookPlaces() {
    }

    /**
     * Whether a string stored under {@code name} is base64 of binary data that no secret can be read from:
     * {@code image/*} (except SVG, which is text) and {@code application/pdf}, and nbformat 3's short names
     * ({@code png}, {@code jpeg}, ...) when they sit in an output.
     *
     * @param name               the member name holding the string (or the list of strings)
     * @param memberOfAnOutput   whether the object holding that member is an element of an {@code outputs} list
     */
    static boolean isBinaryPayload(String name, boolean memberOfAnOutput) {
        if (name == null) {
            return false;
        }
        if (name.startsWith("image/")) {
            return !name.startsWith("image/svg");
        }
        if (name.equals("application/pdf")) {
            return true;
        }
        return memberOfAnOutput && SHORT_BINARY_NAMES.contains(name);
    }
}
