package io.github.celonisnb.kernel.cli;

/** Exit codes of the {@code celonis-nb} command. */
final class ExitCodes {
    static final int OK = 0;
    /** The job ran and found a problem (a failing notebook, a leaked key, a filter that is not installed). */
    static final int FOUND_PROBLEM = 1;
    /**
     * The command line or its input was wrong (an unknown option, a file that is not a valid notebook, a key file
     * that cannot be read); what was wrong was left as it was.
     */
    static final int USAGE = 2;
    /** Something the command needs is missing from this machine. */
    static final int MISSING_TOOL = 3;
    /** EMS refused the key, or could not be reached, so the job could not run. */
    static final int EMS_FAILED = 4;

    private ExitCodes() {
    }
}
