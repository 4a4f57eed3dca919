/**
 * Implementation of the notebook scanner and sanitizer: the token walker, the byte splicer, raw string token
 * decoding. For this module's own use; call {@code NotebookSanitizer}, {@code NotebookChecker} and
 * {@code OutputStripper} instead.
 */
package io.github.celonisnb.magics.notebook.internal;
