/**
 * The EMS client: {@link io.github.celonisnb.magics.ems.EmsUrl} (what a team URL may be),
 * {@link io.github.celonisnb.magics.ems.EmsClient} (authenticated requests over one OkHttp client, with typed
 * results: who-am-I, permissions, team, Studio spaces and their content, data pools), {@link io.github.celonisnb.magics.ems.EmsLogin} (the login sequence, with key-type detection as
 * in PyCelonis 2.x), and one unchecked exception per failure a user acts on, all under
 * {@link io.github.celonisnb.magics.ems.EmsException}.
 *
 * <p>No message, {@code toString()} or log line here holds a key or an Authorization header; text that the
 * server sends back is redacted of the key before it appears in a message.
 */
package io.github.celonisnb.magics.ems;
