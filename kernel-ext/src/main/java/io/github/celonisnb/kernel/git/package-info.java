/**
 * Git wiring for notebooks: running {@code git}, asking it which files are ignored, and installing, removing and
 * reporting the {@code celonis-nb} clean filter and diff driver. The {@code celonis-nb git} commands call this
 * package; the filter protocol itself is {@code io.github.celonisnb.magics.notebook.gitfilter}.
 */
package io.github.celonisnb.kernel.git;
