/** The one dispatcher every request goes through, its route table, and the request/response types handlers use. */
package io.github.celonisnb.emulator.internal.http;
