/**
 * Where a key comes from: a key file, an environment variable, or the default profile files, and with it the
 * EMS URL and the key type. {@link io.github.celonisnb.magics.credentials.CredentialResolver} applies the
 * precedence and says in {@link io.github.celonisnb.magics.credentials.CredentialOrigin} where each part came
 * from; every failure is a {@link io.github.celonisnb.magics.credentials.CredentialsException} whose message
 * names the file or variable and never shows its content.
 *
 * <p>For the login magic and the kernel; nothing here talks to the network.
 */
package io.github.celonisnb.magics.credentials;
