package io.github.celonisnb.magics.notebook.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.celonisnb.magics.notebook.InputShape;
import io.github.celonisnb.magics.notebook.InvalidNotebookException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, one token at a time as the parser reads them, that a JSON object is laid out as a notebook (the rules are
 * those of {@link InputShape#NOTEBOOK}), so that a file which is JSON but no notebook is refused rather than reported
 * clean. Only the top level, the cell lists and the worksheets are looked at; what is inside a cell, the metadata or
 * any other member is skipped by counting depth.
 *
 * <p>Fed every token from the top-level object's start to its end, then {@link #end()} once the whole input has
 * parsed: the first problem found is kept until then, so that a file which is also broken JSON is reported as broken
 * JSON, the more basic fault. Messages name places by fixed words and indices only, never by text from the file.
 */
final class NotebookShape {

    /** The containers whose members or elements are checked. */
    private enum Place { TOP, CELLS, WORKSHEETS, WORKSHEET, WORKSHEET_CELLS }

    private static final class Level {
        final Place place;
        /** For a worksheet and its cells: the worksheet's index. */
        final int worksheet;
        /** Objects: the current member's name. */
        String field;
        /** Lists: the next element's index. */
        int nextIndex;

        Level(Place place, int worksheet) {
            this.place = place;
            this.worksheet = worksheet;
        }
    }

    private final List<Level> levels = new ArrayList<>();
    /** How deep the parser is inside a container that is not checked; 0 when in a checked one. */
    private int skippedDepth;
    private boolean hasCellList;
    /** The first problem found, thrown by {@link #end()}; once set, nothing more is checked. */
    private InvalidNotebookException problem;

    /** Checks the token the parser is on. */
    void token(JsonToken token, JsonParser parser) throws IOException {
        if (problem != null) {
            return;
        }
        if (skippedDepth > 0) {
            if (token.isStructStart()) {
                skippedDepth++;
            } else if (token.isStructEnd()) {
                skippedDepth--;
            }
            return;
        }
        if (token == JsonToken.FIELD_NAME) {
            levels.get(levels.size() - 1).field = parser.currentName();
            return;
        }
        if (token.isStructEnd()) {
            levels.remove(levels.size() - 1);
            return;
        }
        if (levels.isEmpty()) {
            levels.add(new Level(Place.TOP, -1));
            return;
        }
        Level level = levels.get(levels.size() - 1);
        switch (level.place) {
            case TOP -> topMember(level.field, token, parser);
            case CELLS -> {
                int cell = level.nextIndex++;
                require(token == JsonToken.START_OBJECT, "cell " + cell, token, "an object", parser);
                skip(token);
            }
            case WORKSHEETS -> {
                int worksheet = level.nextIndex++;
                require(token == JsonToken.START_OBJECT, "worksheet " + worksheet, token, "an object", parser);
                levels.add(new Level(Place.WORKSHEET, worksheet));
            }
            case WORKSHEET -> {
                if ("cells".equals(level.field)) {
                    require(token == JsonToken.START_ARRAY, "the \"cells\" value of worksheet " + level.worksheet,
                            token, "a list", parser);
                    levels.add(new Level(Place.WORKSHEET_CELLS, level.worksheet));
                } else {
                    skip(token);
                }
            }
            case WORKSHEET_CELLS -> {
                int cell = level.nextIndex++;
                require(token == JsonToken.START_OBJECT, "cell " + cell + " of worksheet " + level.worksheet, token,
                        "an object", parser);
                skip(token);
            }
            default -> throw new IllegalStateException("Unknown place " + level.place);
        }
    }

    /**
     * After the whole input parsed: throws the first problem found, or, when there was none, complains if the
     * notebook has nowhere to keep its cells.
     */
    void end() throws InvalidNotebookException {
        if (problem != null) {
            throw problem;
        }
        if (!hasCellList) {
            throw new InvalidNotebookException(InvalidNotebookException.Reason.NOT_A_NOTEBOOK,
                    "it has no \"cells\" list", -1, -1);
        }
    }

    private void topMember(String name, JsonToken token, JsonParser parser) throws IOException {
        String member = name == null ? "" : name;
        switch (member) {
            case "cells" -> {
                require(token == JsonToken.START_ARRAY, "its \"cells\" value", token, "a list", parser);
                hasCellList = true;
                levels.add(new Level(Place.CELLS, -1));
            }
            case "worksheets" -> {
                require(token == JsonToken.START_ARRAY, "its \"worksheets\" value", token, "a list", parser);
                hasCellList = true;
                levels.add(new Level(Place.WORKSHEETS, -1));
            }
            case "metadata" -> {
                require(token == JsonToken.START_OBJECT, "its \"metadata\" value", token, "an object", parser);
                skip(token);
            }
            case "nbformat", "nbformat_minor" -> {
                boolean whole = token == JsonToken.VALUE_NUMBER_INT
                        || token == JsonToken.VALUE_NUMBER_FLOAT && isWhole(parser.getDecimalValue());
                if (!whole) {
                    String found = token == JsonToken.VALUE_NUMBER_FLOAT ? "a fractional number" : kindOf(token);
                    fail("its \"" + member + "\" value is " + found + " instead of a whole number", parser);
                }
            }
            default -> skip(token);
        }
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private void skip(JsonToken token) {
        if (token.isStructStart()) {
            skippedDepth = 1;
        }
    }

    private void require(boolean holds, String what, JsonToken found, String expected, JsonParser parser) {
        if (!holds) {
            fail(what + " is " + kindOf(found) + " instead of " + expected, parser);
        }
    }

    private void fail(String description, JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        problem = new InvalidNotebookException(InvalidNotebookException.Reason.NOT_A_NOTEBOOK, description,
                at.getLineNr(), at.getColumnNr());
    }

    /** A JSON value's kind in words, for messages: "an object", "a list", "a string", ... */
    static String kindOf(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a JSON value";
        };
    }

    /** The exception for a top-level value that is not an object, with what it is instead. */
    static InvalidNotebookException notAnObject(JsonToken found, int line, int column) {
        return new InvalidNotebookException(InvalidNotebookException.Reason.NOT_AN_OBJECT,
                "the top-level JSON value is " + kindOf(found) + " instead of an object", line, column);
    }
}
