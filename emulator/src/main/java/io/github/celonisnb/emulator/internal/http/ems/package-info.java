/** The EMS paths the emulator answers, one class per resource. */
package io.github.celonisnb.emulator.internal.http.ems;
