/** Which permissions a principal holds, as EMS reports them. */
package io.github.celonisnb.emulator.internal.access;
