package io.github.celonisnb.kernel.magic;

import io.github.celonisnb.kernel.CelonisKernel;
import io.github.celonisnb.magics.magic.Prompt;
import io.github.celonisnb.magics.magic.PromptUnavailableException;

/**
 * Asks the notebook's front end for a secret with Jupyter's {@code input_request} ({@code password: true}), so
 * that the typing is hidden and nothing of it reaches the cell's source or outputs.
 */
final class KernelPrompt implements Prompt {

    private final CelonisKernel kernel;

    KernelPrompt(CelonisKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public String askSecret(String message) throws PromptUnavailableException {
        CelonisKernel.CellInput input = kernel.currentCellInput().orElseThrow(() ->
                new PromptUnavailableException("no cell is running to ask from"));
        if (!input.allowed()) {
            throw new PromptUnavailableException("the front end does not allow input for this cell");
        }
        // What the cell printed so far should stand above the prompt, not appear after the answer.
        System.out.flush();
        System.err.flush();
        return input.environment().readFromStdIn(message, true);
    }
}
