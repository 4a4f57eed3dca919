package io.github.celonisnb.magics.permissions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;

/**
 * Reads a policy file, {@code celonis-policy.json} by convention:
 *
 * <pre>{@code
 * {
 *   "description": "What notebook 02 needs",
 *   "services": {
 *     "event-collection": {
 *       "required": ["USE_ALL_DATA_MODELS"],
 *       "allowed": ["EDIT_ALL_DATA_POOLS"],
 *       "pools": {
 *         "SAP ECC - Order to Cash": {"required": ["DATA_PUSH_API"]}
 *       }
 *     },
 *     "package-manager": {
 *       "spaces": {"Default": {"required": ["USE"], "allowed": ["USE_ALL_PACKAGES"]}}
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Services are named as EMS names them on the wire; objects by their name in EMS or their id, under
 * {@code "pools"} (Data Integration) or {@code "spaces"} (Studio). Every {@code "description"} is optional and
 * ignored. Every other field, every unknown service and every permission name the catalogue does not know for that
 * place fails with the file, line, column and what was expected. Parser messages are never passed on: they quote
 * the input.
 */
public final class PolicyReader {

    /** The policy file's name when it sits beside a notebook. */
    public static final String DEFAULT_FILE_NAME = "celonis-policy.json";

    /** Far larger than any policy; a bigger file is the wrong file. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;
    private final JsonParser parser;

    private PolicyReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /**
     * Reads the policy file.
     *
     * @throws InvalidPolicyException when the file is missing, unreadable, too large, not JSON, or not a policy
     */
    public static Policy read(Path file) throws InvalidPolicyException {
        return read(file, file.toString());
    }

    /**
     * Reads the policy file, naming it {@code source} in messages and in the policy, e.g. as the user wrote it.
     *
     * @throws InvalidPolicyException when the file is missing, unreadable, too large, not JSON, or not a policy
     */
    public static Policy read(Path file, String source) throws InvalidPolicyException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidPolicyException(source, 0, 0, "the policy file does not exist; write one (see "
                    + "README, \"Least privilege\") or give another with --policy FILE");
        } catch (AccessDeniedException e) {
            throw new InvalidPolicyException(source, 0, 0, "the policy file cannot be read (access denied)");
        } catch (IOException e) {
            throw new InvalidPolicyException(source, 0, 0, "the policy file cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidPolicyException(source, 0, 0, "the file is larger than " + MAX_BYTES
                    + " bytes, far more than a policy holds; is it the right file?");
        }
        return parse(source, bytes);
    }

    /** Reads a policy from JSON text; {@code source} names it in messages. */
    public static Policy parse(String source, byte[] json) throws InvalidPolicyException {
        try (JsonParser parser = JSON.createParser(json)) {
            return new PolicyReader(source, parser).policy();
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            String problem = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "a field appears twice in the same object"
                    : "not valid JSON here (look for a missing comma, quote or bracket)";
            throw new InvalidPolicyException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    problem);
        } catch (IOException e) {
            throw new InvalidPolicyException(source, 0, 0, "the policy cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private Policy policy() throws IOException, InvalidPolicyException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "a JSON object {\"services\": {...}}");
        List<PolicyRule> rules = null;
        while (nextField()) {
            String field = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            switch (field) {
                case "description" -> text("a description text");
                case "services" -> rules = services();
                default -> throw problem(at, "unknown field " + SafeValue.quote(field)
                        + "; expected \"services\" (and, if you like, \"description\")");
            }
        }
        if (rules == null) {
            throw problem(parser.currentTokenLocation(), "the policy has no \"services\" field; expected"
                    + " {\"services\": {\"event-collection\": {\"required\": [\"USE_ALL_DATA_MODELS\"]}}}");
        }
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw problem(parser.currentTokenLocation(), "expected the end of the file after the policy object,"
                    + " found " + kind(after));
        }
        return new Policy(source, rules);
    }

    private List<PolicyRule> services() throws IOException, InvalidPolicyException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "an object of services, e.g. {\"event-collection\": {...}}");
        List<PolicyRule> rules = new ArrayList<>();
        while (nextField()) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            Service service = Service.byServiceName(name).orElseThrow(() -> problem(at, "unknown service "
                    + SafeValue.quote(name) + "; expected one of " + Service.inServerOrder().stream()
                    .map(Service::serviceName).collect(Collectors.joining(", "))));
            service(service, rules);
        }
        return rules;
    }

    private void service(Service service, List<PolicyRule> rules) throws IOException, InvalidPolicyException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "an object such as {\"required\": [...], \"allowed\": [...]}"
                + " for " + service.serviceName());
        Optional<ObjectKind> kind = ObjectKind.of(service);
        int position = rules.size();
        Set<String> required = new LinkedHashSet<>();
        Set<String> allowed = new LinkedHashSet<>();
        String hint = kind.map(k -> "write it under \"" + k.pluralWord() + "\"").orElse("");
        while (nextField()) {
            String field = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            if (field.equals("required")) {
                required.addAll(names(service, Optional.empty(), hint));
            } else if (field.equals("allowed")) {
                allowed.addAll(names(service, Optional.empty(), hint));
            } else if (field.equals("description")) {
                text("a description text");
            } else if (kind.isPresent() && field.equals(kind.get().pluralWord())) {
                objects(kind.get(), rules);
            } else {
                Optional<ObjectKind> elsewhere = Arrays.stream(ObjectKind.values())
                        .filter(k -> k.pluralWord().equals(field)).findFirst();
                throw problem(at, elsewhere.map(k -> "\"" + field + "\" belongs under " + k.service().serviceName()
                        + ", not under " + service.serviceName())
                        .orElse("unknown field " + SafeValue.quote(field) + " in " + service.serviceName()
                                + "; expected \"required\", \"allowed\"" + kind.map(k -> ", \"" + k.pluralWord() + "\"")
                                .orElse("") + " or \"description\""));
            }
        }
        rules.add(position, new PolicyRule(service, Optional.empty(), required, allowed));
    }

    private void objects(ObjectKind kind, List<PolicyRule> rules) throws IOException, InvalidPolicyException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "an object of " + kind.word() + "s by name, e.g. {\"Sales\":"
                + " {\"required\": [...]}}");
        while (nextField()) {
            String object = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            if (object.isBlank()) {
                throw problem(at, "an empty " + kind.word() + " name; expected its name in EMS or its id");
            }
            expect(parser.nextToken(), JsonToken.START_OBJECT, "an object such as {\"required\": [...]} for "
                    + kind.word() + " " + SafeValue.quote(object));
            Set<String> required = new LinkedHashSet<>();
            Set<String> allowed = new LinkedHashSet<>();
            while (nextField()) {
                String field = parser.currentName();
                JsonLocation fieldAt = parser.currentTokenLocation();
                switch (field) {
                    case "required" -> required.addAll(names(kind.service(), Optional.of(kind), ""));
                    case "allowed" -> allowed.addAll(names(kind.service(), Optional.of(kind), ""));
                    case "description" -> text("a description text");
                    default -> throw problem(fieldAt, "unknown field " + SafeValue.quote(field) + " in " + kind.word()
                            + " " + SafeValue.quote(object) + "; expected \"required\", \"allowed\" or \"description\"");
                }
            }
            rules.add(new PolicyRule(kind.service(), Optional.of(new ObjectSelector(kind, object)), required, allowed));
        }
    }

    private List<String> names(Service service, Optional<ObjectKind> onObject, String hint)
            throws IOException, InvalidPolicyException {
        expect(parser.nextToken(), JsonToken.START_ARRAY, "a list of permission names such as [\"USE_ALL_DATA_MODELS\"]");
        List<String> names = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            JsonLocation at = parser.currentTokenLocation();
            if (token != JsonToken.VALUE_STRING) {
                throw problem(at, "expected a permission name in quotes, found " + kind(token));
            }
            String name = PolicyNames.normalise(parser.getText());
            Optional<String> wrong = PolicyNames.problem(service, onObject, name, hint);
            if (wrong.isPresent()) {
                throw problem(at, wrong.get());
            }
            names.add(name);
        }
        return names;
    }

    private void text(String what) throws IOException, InvalidPolicyException {
        expect(parser.nextToken(), JsonToken.VALUE_STRING, what + " in quotes");
    }

    /** Moves to the next field name of the current object; false at its end. */
    private boolean nextField() throws IOException, InvalidPolicyException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            return false;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw problem(parser.currentTokenLocation(), "expected a field name in quotes, found " + kind(token));
        }
        return true;
    }

    private void expect(JsonToken token, JsonToken wanted, String what) throws InvalidPolicyException {
        if (token != wanted) {
            throw problem(parser.currentTokenLocation(), "expected " + what + ", found " + kind(token));
        }
    }

    private InvalidPolicyException problem(JsonLocation at, String problem) {
        return new InvalidPolicyException(source, at.getLineNr(), at.getColumnNr(), problem);
    }

    private static String kind(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case FIELD_NAME -> "a field name";
            default -> "something else";
        };
    }
}
