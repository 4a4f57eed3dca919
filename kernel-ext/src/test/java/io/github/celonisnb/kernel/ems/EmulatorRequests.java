package io.github.celonisnb.kernel.ems;

import io.github.celonisnb.emulator.EmsEmulator;
import java.util.List;

/** The requests an emulator answered, in a form a test can compare in one assertion. */
final class EmulatorRequests {

    private EmulatorRequests() {
    }

    /** Each answered request as {@code METHOD path status}, oldest first; status 0 for a dropped connection. */
    static List<String> lines(EmsEmulator emulator) {
        return emulator.recordedRequests().stream()
                .map(r -> r.method() + " " + r.pathAndQuery() + " " + r.status())
                .toList();
    }

    /** Each answered request as {@code METHOD path SCHEME status}, e.g. {@code GET /api/cloud BEARER 401}. */
    static List<String> linesWithScheme(EmsEmulator emulator) {
        return emulator.recordedRequests().stream()
                .map(r -> r.method() + " " + r.pathAndQuery() + " " + r.authScheme() + " " + r.status())
                .toList();
    }
}
