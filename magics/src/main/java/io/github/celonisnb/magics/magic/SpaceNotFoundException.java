package io.github.celonisnb.magics.magic;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import io.github.celonisnb.magics.secrets.KeyType;

/**
 * No Studio space the key may see has the name asked for. EMS leaves out the spaces a key may not use instead
 * of refusing, so this is how a missing USE permission on a space shows. The message begins as PyCelonis'
 * does, {@code No result found for Default.}, then lists the spaces the key does see and says what to grant.
 */
public final class SpaceNotFoundException extends NoSuchElementException {

    /** How many of the visible spaces the message names. */
    static final int NAMES_SHOWN = 10;

    private final String name;
    private final List<String> visibleNames;

    SpaceNotFoundException(String name, List<String> visibleNames, KeyType keyType) {
        super(message(name, visibleNames, keyType));
        this.name = name;
        this.visibleNames = List.copyOf(visibleNames);
    }

    private static String message(String name, List<String> visible, KeyType keyType) {
        String grant = keyType == KeyType.APP_KEY
                ? "grant the application Studio (package-manager) USE on it in Admin & Settings → Applications."
                : "ask a team admin to grant your user Studio (package-manager) USE on it.";
        return "No result found for " + name + ". The key sees no Studio space named '" + name + "' ("
                + seen(visible) + "); to use that space, " + grant;
    }

    private static String seen(List<String> visible) {
        if (visible.isEmpty()) {
            return "it sees no space at all";
        }
        String names = visible.stream().limit(NAMES_SHOWN).map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        String more = visible.size() > NAMES_SHOWN ? " and " + (visible.size() - NAMES_SHOWN) + " more" : "";
        return "it sees " + visible.size() + (visible.size() == 1 ? " space: " : " spaces: ") + names + more;
    }

    /** The name asked for. */
    public String name() {
        return name;
    }

    /** The names of the spaces the key does see, in the server's order. */
    public List<String> visibleNames() {
        return visibleNames;
    }
}
