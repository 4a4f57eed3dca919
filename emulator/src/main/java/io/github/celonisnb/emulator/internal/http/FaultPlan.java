package io.github.celonisnb.emulator.internal.http;

import io.github.celonisnb.emulator.FaultRule;
import io.github.celonisnb.emulator.InjectedFault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The faults in force, in the order they were added. Each request takes the first rule that applies
 * to its path and uses up one of its times; a rule with none left is gone.
 */
public final class FaultPlan {

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a rule; returns it with its id. */
    public synchronized InjectedFault add(FaultRule rule) {
        Entry entry = new Entry(UUID.randomUUID().toString(), rule, rule.times().orElse(-1));
        entries.add(entry);
        return entry.view();
    }

    /** The rule for a request to this raw path, if any, counting the request against it. */
    public synchronized Optional<FaultRule> take(String rawPath) {
        Iterator<Entry> it = entries.iterator();
        while (it.hasNext()) {
            Entry entry = it.next();
            if (entry.rule.appliesTo(rawPath)) {
                if (entry.remaining > 0 && --entry.remaining == 0) {
                    it.remove();
                }
                return Optional.of(entry.rule);
            }
        }
        return Optional.empty();
    }

    /** Every rule in force, oldest first. */
    public synchronized List<InjectedFault> list() {
        return entries.stream().map(Entry::view).toList();
    }

    /** Removes one rule; false when there was none with this id. */
    public synchronized boolean remove(String id) {
        return entries.removeIf(e -> e.id.equals(id));
    }

    /** Removes every rule. */
    public synchronized void clear() {
        entries.clear();
    }

    private static final class Entry {
        private final String id;
        private final FaultRule rule;
        /** Requests left; -1 means unlimited. */
        private int remaining;

        private Entry(String id, FaultRule rule, int remaining) {
            this.id = id;
            this.rule = rule;
            this.remaining = remaining;
        }

        private InjectedFault view() {
            return new InjectedFault(id, rule, remaining < 0 ? OptionalInt.empty() : OptionalInt.of(remaining));
        }
    }
}
