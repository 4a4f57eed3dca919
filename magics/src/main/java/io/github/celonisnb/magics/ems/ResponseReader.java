package io.github.celonisnb.magics.ems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads an EMS answer: maps a status to its exception and a successful body to JSON.
 *
 * <p>Server text reaches a message only as a short excerpt of an error answer, redacted of the key; the JSON
 * parser's own messages, which quote the input, never do.
 */
final class ResponseReader {

    private static final int EXCERPT_BYTES = 4096;
    private static final int EXCERPT_CHARS = 160;
    private static final String[] MESSAGE_FIELDS = {"detail", "message", "title", "error", "errorCode"};

    private final KeyType keyType;
    private final SecretRegistry secrets;

    ResponseReader(KeyType keyType, SecretRegistry secrets) {
        this.keyType = keyType;
        this.secrets = secrets;
    }

    /**
     * The body of a successful answer as JSON ({@link NullNode} when empty).
     *
     * @throws IOException when reading the body fails on the network
     */
    JsonNode read(Response response, String method, HttpUrl url) throws IOException {
        int status = response.code();
        HttpUrl answeredBy = response.request().url();
        if ((status == 401 || status == 403) && !RedirectedElsewhereException.sameOrigin(url, answeredBy)) {
            // Refused where the key was not sent: blaming the key would send the user after the wrong problem.
            throw new RedirectedElsewhereException(status, method, url, answeredBy);
        }
        if (status == 401) {
            throw new KeyRejectedException(method, url, keyType);
        }
        if (status == 403) {
            throw new PermissionDeniedException(method, url, keyType);
        }
        if (status == 404) {
            throw new ObjectNotFoundException(method, url);
        }
        if (!response.isSuccessful()) {
            throw new UnexpectedStatusException(status, method, url, excerpt(response));
        }
        ResponseBody body = response.body();
        byte[] bytes = body == null ? new byte[0] : body.bytes();
        try {
            JsonNode node = bytes.length == 0 ? NullNode.getInstance() : Json.MAPPER.readTree(bytes);
            return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            throw new ResponseNotJsonException(status, method, url, mediaType(response));
        }
    }

    private static String mediaType(Response response) {
        ResponseBody body = response.body();
        MediaType type = body == null ? null : body.contentType();
        return type == null ? "" : type.type() + "/" + type.subtype();
    }

    /** A short, redacted, single-line excerpt of what the server said; empty for HTML or nothing readable. */
    private String excerpt(Response response) {
        String text;
        try {
            text = response.peekBody(EXCERPT_BYTES).string();
        } catch (IOException e) {
            return "";
        }
        String type = mediaType(response);
        String said = "";
        if (type.endsWith("json") || text.stripLeading().startsWith("{")) {
            said = messageField(text);
        } else if (type.equals("text/plain")) {
            said = text.strip().lines().findFirst().orElse("");
        }
        said = secrets.redact(said.replaceAll("[\\p{Cntrl}\\s]+", " ").strip());
        return said.length() > EXCERPT_CHARS ? said.substring(0, EXCERPT_CHARS) + "…" : said;
    }

    private static String messageField(String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node == null) {
                return "";
            }
            for (String field : MESSAGE_FIELDS) {
                JsonNode value = node.get(field);
                if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                    return value.textValue();
                }
            }
        } catch (JsonProcessingException e) {
            return "";
        }
        return "";
    }
}
