package io.github.celonisnb.emulator.internal.http;

import java.util.Objects;

/** One entry of the dispatcher's table: method, path, who may call it, and its handler. */
public record Route(String method, PathPattern path, Access access, Handler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }

    /** A GET route on an EMS path. */
    public static Route emsGet(String path, Handler handler) {
        return new Route("GET", PathPattern.of(path), Access.EMS, handler);
    }

    /** A route of the admin surface. */
    public static Route admin(String method, String path, Handler handler) {
        return new Route(method, PathPattern.of(path), Access.ADMIN, handler);
    }
}
