/**
 * The EMS permission model: services in server order, permission names in words, risk levels.
 * Shared by the client side and the emulator.
 */
package io.github.celonisnb.magics.permissions;
