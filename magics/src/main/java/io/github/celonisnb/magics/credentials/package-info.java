/**
 * Where a key comes from: a key file, an environment variable, or the default profile files, and with it the
 * EMS URL and the key type. {@link io.github.celonisnb.magics.credentials.CredentialResolver} applies the
 * precedence and says in {@link io.github.celonisnb.magics.credentials.CredentialOrigin} where each part came
 * from; every failure is a {@link io.github.celonisnb.magics.credentials.CredentialsException} whose message
 * names the file or variable and never shows its content.
 *
 * <p>{@link io.github.celonisnb.magics.credentials.KeyFileSafety} checks where a key file lies: one git tracks is
 * refused ({@link io.github.celonisnb.magics.credentials.KeyFileTrackedException}, with the command that untracks
 * it); one git does not ignore, or others may read, gets a
 * {@link io.github.celonisnb.magics.credentials.KeyFileWarning} with the {@code .gitignore} line or the
 * {@code chmod 600} command.
 *
 * <p>For the login magic, the kernel and the command line; nothing here talks to the network.
 */
package io.github.celonisnb.magics.credentials;
