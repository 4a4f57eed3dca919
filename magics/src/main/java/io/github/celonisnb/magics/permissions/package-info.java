/**
 * The EMS permission model and the least-privilege audit.
 *
 * <p>The catalogue ({@link io.github.celonisnb.magics.permissions.Service},
 * {@link io.github.celonisnb.magics.permissions.PermissionCatalog}, {@link io.github.celonisnb.magics.permissions.Risk})
 * names services in server order and permissions in words with risk levels; the client side and the emulator
 * share it.
 *
 * <p>The report: {@link io.github.celonisnb.magics.permissions.KeyAccess} is what EMS listed for a key (service
 * lists and the {@code permissions} arrays of its pools and spaces);
 * {@link io.github.celonisnb.magics.permissions.PermissionReport#of} turns it into rows of what is effective
 * ({@link io.github.celonisnb.magics.permissions.EffectivePermissions}: an all-pools grant decides over a one-pool
 * grant) and the warnings that teach. {@link io.github.celonisnb.magics.permissions.Policy} says what a notebook
 * needs ({@link io.github.celonisnb.magics.permissions.PolicyReader} for {@code celonis-policy.json},
 * {@link io.github.celonisnb.magics.permissions.PolicySpecs} for {@code --require}, and
 * {@link io.github.celonisnb.magics.permissions.PolicyLocator} to choose);
 * {@link io.github.celonisnb.magics.permissions.PolicyAudit} adds what is missing and in excess. Nothing here talks
 * to the network or holds a key.
 */
package io.github.celonisnb.magics.permissions;
