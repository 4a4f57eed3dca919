/**
 * Keeping secrets out of output: {@link io.github.celonisnb.magics.secrets.ApiKey} holds a key so that it
 * cannot be printed by accident, {@link io.github.celonisnb.magics.secrets.SecretRegistry} knows every secret
 * in play and the forms it may be written in, and
 * {@link io.github.celonisnb.magics.secrets.RedactingOutputStream} applies the registry to a byte stream such
 * as a kernel's standard output.
 *
 * <p>For the kernel, the magics and the EMS client; nothing here depends on Jupyter.
 */
package io.github.celonisnb.magics.secrets;
