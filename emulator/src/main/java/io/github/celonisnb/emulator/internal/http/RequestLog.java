package io.github.celonisnb.emulator.internal.http;

import io.github.celonisnb.emulator.RecordedRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent EMS requests, newest last; bounded so a long run cannot fill the heap. */
public final class RequestLog {

    /** How many requests are kept; older ones are dropped first. */
    public static final int CAPACITY = 10_000;

    private final Deque<RecordedRequest> entries = new ArrayDeque<>();

    /** Adds one request. */
    public synchronized void add(RecordedRequest request) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(request);
    }

    /** A copy of what is kept, oldest first. */
    public synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    /** Forgets everything recorded so far. */
    public synchronized void clear() {
        entries.clear();
    }
}
