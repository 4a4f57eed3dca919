package io.github.celonisnb.kernel.git;

import java.util.List;

/**
 * Every piece of the filter setup, in the order install sets them.
 *
 * @param pieces the git config entries and the attributes line
 */
public record SetupStatus(List<SetupPiece> pieces) {

    public SetupStatus {
        pieces = List.copyOf(pieces);
    }

    /** Whether nothing is missing: git cleans notebooks through celonis-nb. */
    public boolean installed() {
        return pieces.stream().noneMatch(p -> p.state() == SetupPiece.State.MISSING);
    }
}
