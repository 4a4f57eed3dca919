package io.github.celonisnb.kernel.redaction;

import java.util.Map;
import java.util.function.UnaryOperator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Replaces secrets in every string of a JSON tree, in place: the part of message redaction that does not
 * depend on which kernel library (basekernel, jjava-jupyter) built the message.
 */
public final class JsonRedaction {

    private final UnaryOperator<String> redact;
    private boolean changed;

    /**
     * @param redact replaces secrets in one string and returns an equal string when there are none
     */
    public JsonRedaction(UnaryOperator<String> redact) {
        this.redact = redact;
    }

    /** Whether any string was replaced so far. */
    public boolean changed() {
        return changed;
    }

    /** The tree with its strings redacted; arrays and objects are changed in place, primitives replaced. */
    public JsonElement visit(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return element;
        }
        if (element.isJsonPrimitive()) {
            JsonPrimitive p = element.getAsJsonPrimitive();
            if (!p.isString()) {
                return element;
            }
            String text = p.getAsString();
            String clean = redact.apply(text);
            if (clean.equals(text)) {
                return element;
            }
            changed = true;
            return new JsonPrimitive(clean);
        }
        if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                array.set(i, visit(array.get(i)));
            }
            return array;
        }
        JsonObject object = element.getAsJsonObject();
        boolean renamed = false;
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            entry.setValue(visit(entry.getValue()));
            renamed |= !redact.apply(entry.getKey()).equals(entry.getKey());
        }
        if (!renamed) {
            return object;
        }
        // A secret can be a field name too (a map keyed by token); rebuild with the names redacted.
        changed = true;
        JsonObject copy = new JsonObject();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            copy.add(redact.apply(entry.getKey()), entry.getValue());
        }
        return copy;
    }
}
