package io.github.celonisnb.emulator.internal.http.ui;

import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The single-use tokens of one session's New Application forms. Each form gets its own; the first
 * POST that carries it spends it, so a reload of the answer (which sends the same POST again) or a
 * replay makes nothing. Only digests are kept, compared in constant time; a spent token remembers the
 * name it was spent for, to say what was made the first time.
 */
final class FormNonces {

    /** Forms one session may hold open at once; the oldest is forgotten past this. */
    static final int MAX_KEPT = 64;

    /** What a presented token turned out to be. */
    sealed interface Spending permits Spending.Fresh, Spending.AlreadySpent, Spending.Unknown {

        /** The token was live and is spent now, for this name; {@link #release} undoes it if nothing was made. */
        record Fresh(byte[] digest) implements Spending {
        }

        /** The token was spent before, by a form that sent this name. */
        record AlreadySpent(String name) implements Spending {
        }

        /** Missing, wrong, or forgotten: no form of this session carries it. */
        record Unknown() implements Spending {
        }
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    /** A new token for one form; its value exists only in that page. */
    synchronized String issue() {
        String token = Secrets.newToken();
        entries.addLast(new Entry(Secrets.digest(token)));
        while (entries.size() > MAX_KEPT) {
            entries.removeFirst();
        }
        return token;
    }

    /** Spends the token for a form that sent this name; two racing POSTs with one token cannot both get Fresh. */
    synchronized Spending spend(String presented, String name) {
        if (presented == null) {
            return new Spending.Unknown();
        }
        byte[] given = Secrets.digest(presented);
        Entry match = null;
        // Every entry is compared, so the time taken does not say which one came close.
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest, given)) {
                match = entry;
            }
        }
        if (match == null) {
            return new Spending.Unknown();
        }
        if (match.spentFor.isPresent()) {
            return new Spending.AlreadySpent(match.spentFor.get());
        }
        match.spentFor = Optional.of(name);
        return new Spending.Fresh(match.digest);
    }

    /** Makes a spent token live again, when the form it came with was refused and nothing was made. */
    synchronized void release(Spending.Fresh spent) {
        for (Entry entry : entries) {
            if (entry.digest == spent.digest()) {
                entry.spentFor = Optional.empty();
            }
        }
    }

    @Override
    public String toString() {
        return "FormNonces[" + entries.size() + " kept]";
    }

    private static final class Entry {
        private final byte[] digest;
        private Optional<String> spentFor = Optional.empty();

        Entry(byte[] digest) {
            this.digest = digest;
        }
    }
}
