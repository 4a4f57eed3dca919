package io.github.celonisnb.magics.magic;

/**
 * Asks the person at the notebook for a secret, with the typing hidden. The kernel implements it with Jupyter's
 * input request ({@code password: true}); a run without a front end that takes input (nbconvert, papermill)
 * cannot, and says so.
 */
@FunctionalInterface
public interface Prompt {

    /**
     * Shows {@code message} and waits for the answer. Blocks until the person answers.
     *
     * @return what was typed, possibly empty
     * @throws PromptUnavailableException when this run cannot take input; the message says why
     */
    String askSecret(String message) throws PromptUnavailableException;

    /** A prompt for runs that never take input. */
    static Prompt unavailable() {
        return message -> {
            throw new PromptUnavailableException("this kernel cannot ask for input");
        };
    }
}
