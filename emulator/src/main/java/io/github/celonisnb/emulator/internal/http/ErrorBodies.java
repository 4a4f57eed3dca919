package io.github.celonisnb.emulator.internal.http;

import io.github.celonisnb.emulator.internal.auth.AuthorizationHeader;
import java.util.LinkedHashMap;
import java.util.Map;

/** The error answers, in the shapes of the public EMS error catalogue. */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    /** 401 for a missing header, an unknown or deleted key, or a key sent with the other type's prefix. */
    public static Response unauthorized() {
        return Response.json(401, Map.of("error", "Unauthorized"));
    }

    /** 401 for an Authorization header that starts with neither prefix. */
    public static Response malformedAuthorization() {
        return Response.json(401, Map.of("error", AuthorizationHeader.MALFORMED_MESSAGE));
    }

    /** 403 for an object the caller may not see. */
    public static Response accessDenied() {
        return catalog(403, "Access Denied.", "Access is denied", "ADMIN_ACCESS_ERROR");
    }

    /** 404 for a path the emulator does not serve. */
    public static Response pathNotFound(String path) {
        return catalog(404, "Path not found.", "Path " + path + " not found", "GENERAL_NOTFOUND_PATH");
    }

    /** 404 for an object that does not exist, e.g. {@code what} = {@code Data pool <id>}. */
    public static Response objectNotFound(String what) {
        return catalog(404, "Object not found.", what + " not found", "GENERAL_NOTFOUND_OBJECT");
    }

    /** 400 for a request missing something an EMS path needs, e.g. a query parameter. */
    public static Response badRequest(String detail) {
        return catalog(400, "Bad request.", detail, "GENERAL_BAD_REQUEST");
    }

    /** 405 for a known path called with another method. */
    public static Response methodNotAllowed(String method, String path, String allowed) {
        return catalog(405, "Method not allowed.", "Method " + method + " is not supported for " + path,
                "GENERAL_METHOD_NOT_ALLOWED").withHeader("Allow", allowed);
    }

    /** 500 when the emulator itself failed. */
    public static Response internalError() {
        return catalog(500, "Internal error.", "The emulator failed to answer this request", "ADMIN_FATAL_ERROR");
    }

    /** A plain {@code {"error": message}} answer, used by the admin surface. */
    public static Response error(int status, String message) {
        return Response.json(status, Map.of("error", message));
    }

    private static Response catalog(int status, String title, String detail, String errorCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("errorCode", errorCode);
        return Response.json(status, body);
    }
}
