package io.github.celonisnb.emulator.internal.http;

/** Answers one route; authentication has already happened when it is called. */
@FunctionalInterface
public interface Handler {

    /** The answer to the request. */
    Response handle(Request request);
}
