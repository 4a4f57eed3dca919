/**
 * Notebook files: scanning and sanitizing {@code .ipynb} bytes without changing anything but the secrets, stripping
 * outputs the way nbstripout does, and writing files atomically.
 *
 * <p>Entry points: {@link io.github.celonisnb.magics.notebook.NotebookSanitizer} (for {@code sanitize}, the git clean
 * filter and the Jupyter pre-save hook), {@link io.github.celonisnb.magics.notebook.NotebookChecker} (for
 * {@code check}), {@link io.github.celonisnb.magics.notebook.OutputStripper} (for {@code --strip-outputs}) and
 * {@link io.github.celonisnb.magics.notebook.AtomicFileWriter}. The git long-running filter protocol lives in
 * {@code notebook.gitfilter}; {@code notebook.internal} is the implementation and not meant to be called directly.
 */
package io.github.celonisnb.magics.notebook;
