package io.github.celonisnb.magics.notebook;

import static io.github.celonisnb.magics.notebook.TestJson.list;
import static io.github.celonisnb.magics.notebook.TestJson.obj;

import io.github.celonisnb.magics.secrets.detect.KnownSecret;
import io.github.celonisnb.magics.secrets.detect.SecretForms;
import io.github.celonisnb.magics.secrets.detect.SecretFormsAccess;
import io.github.celonisnb.magics.secrets.detect.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Secrets planted in notebooks for tests: the forms a secret takes when printed, and the places in a notebook it can
 * end up in. Keys are generated at run time.
 */
public final class Planting {

    private static final String ESC = "\u001b";
    private static final String PASSWORD = "S3cr/t-p\u00e4ss+w=rd!";

    private Planting() {
    }

    /** The secrets of one test: a known key, an unknown key, a known password. */
    public record Keys(TestKeys.Parts known, TestKeys.Parts unknown, String password) {
        public static Keys generate(Random random) {
            return new Keys(TestKeys.parts(random), TestKeys.parts(random), PASSWORD);
        }

        public List<KnownSecret> knownSecrets() {
            return List.of(new KnownSecret("celonis-app-key", known.key()), new KnownSecret("db-password", password));
        }

        /**
         * Texts that must not survive sanitizing anywhere: the keys, the secret parts, the password, and the first
         * and last 12 characters of each.
         */
        public List<String> needles() {
            List<String> needles = new ArrayList<>();
            for (String value : List.of(known.key(), unknown.key(), known.secret(), password)) {
                needles.add(value);
                needles.add(value.substring(0, 12));
                needles.add(value.substring(value.length() - 12));
            }
            needles.add(unknown.secret());
            needles.add(base64(known.key()).substring(0, 40));
            return needles;
        }

        @Override
        public String toString() {
            return "Keys[generated]";
        }
    }

    /** How a secret is printed. */
    public enum Form {
        RAW(k -> k.known.key()),
        UNKNOWN_KEY_BY_SHAPE(k -> k.unknown.key()),
        WRAPPED_AT_76(k -> SecretForms.wrap(k.known.key(), 76, "\n")),
        WRAPPED_AT_64_WITH_CRLF(k -> SecretForms.wrap(k.known.key(), 64, "\r\n")),
        URL_ENCODED_DECODED(k -> "key=" + k.known.uuid() + "%3A" + k.known.secret()),
        BASE64(k -> base64(k.known.key())),
        BASE64URL(k -> Base64.getUrlEncoder().withoutPadding()
                .encodeToString(k.known.key().getBytes(StandardCharsets.US_ASCII))),
        BASIC_AUTH(k -> "Authorization: Basic " + base64("analyst:" + k.known.key())),
        DECODED(k -> k.known.decoded()),
        DECODED_UNKNOWN_BY_SHAPE(k -> k.unknown.decoded()),
        SECRET_PART(k -> "secret=" + k.known.secret()),
        PREFIX(k -> "using " + k.known.key().substring(0, 15) + "..."),
        SUFFIX(k -> "key ..." + k.known.key().substring(k.known.key().length() - 12)),
        AUTHORIZATION_HEADER_BY_SHAPE(k -> "Authorization: AppKey " + k.unknown.key()),
        PPRINT_SPLIT_BY_SHAPE(k -> "{'Authorization': ('AppKey '\n                   '" + k.unknown.key() + "')}"),
        PASSWORD_JSON_ESCAPED(k -> "{\"pw\": \"" + SecretFormsAccess.jsonEscaped(k.password) + "\"}"),
        PASSWORD_HTML_NUMERIC(k -> "<td>" + SecretFormsAccess.htmlNumeric(k.password) + "</td>"),
        PASSWORD_URL_ENCODED(k -> "?pw=" + SecretFormsAccess.urlEncoded(k.password));

        private final Function<Keys, String> render;

        Form(Function<Keys, String> render) {
            this.render = render;
        }

        public String render(Keys keys) {
            return render.apply(keys);
        }
    }

    /** Where a finding is expected: cell, output and the start of its JSON path. */
    public record Location(int cell, int output, String pathPrefix) {
    }

    /** A place in a notebook where a printed secret can land. */
    public enum Place {
        CODE_SOURCE(new Location(1, -1, "cells[1].source"),
                p -> v4(code(obj("k", 1), "token = '" + p + "'\nprint(token)"))),
        CODE_SOURCE_SPLIT_ACROSS_LINES(new Location(1, -1, "cells[1].source"),
                p -> v4(code(obj(), list("x = 1\n", "key = '" + p.substring(0, p.length() / 2),
                        p.substring(p.length() / 2) + "'\n")))),
        MARKDOWN_SOURCE(new Location(1, -1, "cells[1].source"),
                p -> v4(obj("cell_type", "markdown", "id", "m2", "metadata", obj(), "source", list("Key: ", p,
                        "\n")))),
        RAW_CELL(new Location(1, -1, "cells[1].source"),
                p -> v4(obj("cell_type", "raw", "id", "r2", "metadata", obj(), "source", p))),
        STREAM_TEXT(new Location(1, 0, "cells[1].outputs[0].text"),
                p -> v4(code(obj(), "print(k)", obj("name", "stdout", "output_type", "stream", "text",
                        list("loading\n", p + "\n"))))),
        STDERR_TEXT(new Location(1, 1, "cells[1].outputs[1].text"),
                p -> v4(code(obj(), "log(k)", obj("name", "stdout", "output_type", "stream", "text", "ok\n"),
                        obj("name", "stderr", "output_type", "stream", "text", "WARNING " + p + "\n")))),
        TEXT_PLAIN(new Location(1, 0, "cells[1].outputs[0].data[\"text/plain\"]"),
                p -> v4(code(obj(), "k", result(obj("text/plain", list("'" + p + "'")))))),
        TEXT_HTML(new Location(1, 0, "cells[1].outputs[0].data[\"text/html\"]"),
                p -> v4(code(obj(), "df", display(obj("text/html", "<table><tr><td>" + p + "</td></tr></table>",
                        "text/plain", "df"))))),
        JSON_OUTPUT_VALUE(new Location(1, 0, "cells[1].outputs[0].data[\"application/json\"].config.headers.x"),
                p -> v4(code(obj(), "cfg", display(obj("application/json",
                        obj("config", obj("headers", obj("x", p)))))))),
        JSON_OUTPUT_FIELD_NAME(new Location(1, 0, "cells[1].outputs[0].data[\"application/json\"]"),
                p -> v4(code(obj(), "cfg", display(obj("application/json", obj(p, 1, "other", 2)))))),
        VENDOR_JSON_OUTPUT(new Location(1, 0, "cells[1].outputs[0].data[\"application/vnd.acme.v1+json\"].v"),
                p -> v4(code(obj(), "x", display(obj("application/vnd.acme.v1+json", obj("v", list(p))))))),
        ERROR_EVALUE(new Location(1, 0, "cells[1].outputs[0].evalue"),
                p -> v4(code(obj(), "get()", obj("ename", "HTTPError", "evalue", "401 for " + p, "output_type",
                        "error", "traceback", list("HTTPError"))))),
        ERROR_TRACEBACK(new Location(1, 0, "cells[1].outputs[0].traceback"),
                p -> v4(code(obj(), "get()", obj("ename", "ValueError", "evalue", "bad", "output_type", "error",
                        "traceback", list(ESC + "[0;31m----------" + ESC + "[0m",
                                ESC + "[0;32mkey" + ESC + "[0m " + ESC + "[38;5;241m=" + ESC + "[39m " + ESC
                                        + "[38;5;124m'" + p + "'" + ESC + "[39m"))))),
        OUTPUT_METADATA(new Location(1, 0, "cells[1].outputs[0].metadata.user.hint"),
                p -> v4(code(obj(), "x", obj("data", obj("text/plain", "1"), "metadata", obj("user",
                        obj("hint", p)), "output_type", "display_data")))),
        WIDGET_TEXT_VALUE(new Location(-1, -1,
                "metadata.widgets[\"application/vnd.jupyter.widget-state+json\"].state.a1.state.value"),
                p -> v4(widgets(obj("value", p, "_model_name", "TextModel")), code(obj(), "w"))),
        WIDGET_PASSWORD(new Location(-1, -1,
                "metadata.widgets[\"application/vnd.jupyter.widget-state+json\"].state.a1.state.value"),
                p -> v4(widgets(obj("value", p, "description", "Key", "_model_name", "PasswordModel")),
                        code(obj(), "w"))),
        PAPERMILL_PARAMETERS(new Location(-1, -1, "metadata.papermill.parameters.api_token"),
                p -> v4(obj("papermill", obj("parameters", obj("api_token", p, "rows", 10))), code(obj(), "x"))),
        ATTACHMENT(new Location(1, -1, "cells[1].attachments[\"note.txt\"][\"text/plain\"]"),
                p -> v4(obj("attachments", obj("note.txt", obj("text/plain", p)), "cell_type", "markdown", "id",
                        "m2", "metadata", obj(), "source", "![n](attachment:note.txt)"))),
        VENDOR_CELL_METADATA(new Location(1, -1,
                "cells[1].metadata[\"application/vnd.databricks.v1+cell\"].title"),
                p -> v4(code(obj("application/vnd.databricks.v1+cell", obj("title", p, "nuid", "n1")), "x"))),
        DUPLICATE_KEY(new Location(1, -1, "cells[1].metadata.note"),
                p -> v4(code(obj("note", p, "note", "fine"), "x"))),
        NOTEBOOK_METADATA(new Location(-1, -1, "metadata.env.CELONIS_API_TOKEN"),
                p -> v4(obj("env", obj("CELONIS_API_TOKEN", p)), code(obj(), "x"))),
        NBFORMAT3_INPUT(new Location(0, -1, "worksheets[0].cells[0].input"),
                p -> v3(obj("cell_type", "code", "collapsed", false, "input", list("k = '" + p + "'"), "language",
                        "python", "metadata", obj(), "outputs", list(), "prompt_number", 1))),
        NBFORMAT3_PYOUT(new Location(0, 0, "worksheets[0].cells[0].outputs[0].text"),
                p -> v3(obj("cell_type", "code", "input", list("k"), "language", "python", "metadata", obj(),
                        "outputs", list(obj("output_type", "pyout", "prompt_number", 1, "text", list(p))),
                        "prompt_number", 1)));

        private final Location location;
        private final Function<String, Object> build;

        Place(Location location, Function<String, Object> build) {
            this.location = location;
            this.build = build;
        }

        public Location location() {
            return location;
        }

        /** The notebook tree with {@code payload} in this place. */
        public Object build(String payload) {
            return build.apply(payload);
        }

        /** Whether anything in this place is a secret (a password widget's value), whatever its form. */
        public boolean redactsAnyValue() {
            return this == WIDGET_PASSWORD;
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final TestJson.Obj KERNELSPEC = obj("display_name", "Python 3", "language", "python", "name",
            "python3");

    static TestJson.Obj v4(TestJson.Obj cell) {
        return v4(obj(), cell);
    }

    /** A 4.5 notebook: a markdown cell, then {@code cell}; {@code metadata} members join the kernelspec. */
    static TestJson.Obj v4(TestJson.Obj metadata, TestJson.Obj cell) {
        TestJson.Obj meta = obj("kernelspec", KERNELSPEC);
        for (var member : metadata.members()) {
            meta = meta.with(member.getKey(), member.getValue());
        }
        return obj("cells", list(obj("cell_type", "markdown", "id", "m1", "metadata", obj(), "source",
                        list("# Title\n", "Some text.")), cell),
                "metadata", meta, "nbformat", 4, "nbformat_minor", 5);
    }

    static TestJson.Obj v3(TestJson.Obj cell) {
        return obj("metadata", obj("name", "old"), "nbformat", 3, "nbformat_minor", 0, "worksheets",
                list(obj("cells", list(cell), "metadata", obj())));
    }

    static TestJson.Obj code(TestJson.Obj metadata, Object source, TestJson.Obj... outputs) {
        return obj("cell_type", "code", "execution_count", 3, "id", "c2", "metadata", metadata, "outputs",
                list((Object[]) outputs), "source", source);
    }

    static TestJson.Obj result(TestJson.Obj data) {
        return obj("data", data, "execution_count", 3, "metadata", obj(), "output_type", "execute_result");
    }

    static TestJson.Obj display(TestJson.Obj data) {
        return obj("data", data, "metadata", obj(), "output_type", "display_data");
    }

    static TestJson.Obj widgets(TestJson.Obj state) {
        return obj("widgets", obj("application/vnd.jupyter.widget-state+json", obj("state", obj("a1",
                obj("model_module", "@jupyter-widgets/controls", "model_name", "TextModel", "state", state)),
                "version_major", 2, "version_minor", 0)));
    }
}
