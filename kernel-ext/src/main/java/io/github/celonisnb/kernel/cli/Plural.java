package io.github.celonisnb.kernel.cli;

/** Counts in words: {@code 1 secret}, {@code 3 secrets}. */
final class Plural {

    private Plural() {
    }

    static String of(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
