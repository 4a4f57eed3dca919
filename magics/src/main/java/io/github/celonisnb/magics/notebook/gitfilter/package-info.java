/**
 * Git's long-running filter protocol ({@code filter.<driver>.process}, pkt-line framing, version 2), so that one
 * process cleans every notebook git hands it instead of one process per file.
 *
 * <p>{@link io.github.celonisnb.magics.notebook.gitfilter.GitFilterProcess#run} is the entry point; the CLI calls it
 * with {@code System.in}, {@code System.out} and a clean function.
 */
package io.github.celonisnb.magics.notebook.gitfilter;
