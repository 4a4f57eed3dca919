package io.github.celonisnb.magics.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.celonisnb.magics.testing.TestKeys;

class PolicyReaderTest {

    @TempDir
    Path dir;

    private static Policy parse(String json) throws InvalidPolicyException {
        return PolicyReader.parse("celonis-policy.json", json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private static String error(String json) {
        return assertThrows(InvalidPolicyException.class, () -> parse(json)).getMessage();
    }

    @Test
    void readsRequiredAndAllowedPerServiceAndPerObject() throws Exception {
        Policy policy = parse("{'description': 'notebook 02',\n 'services': {\n"
                + "  'event-collection': {'required': ['USE_ALL_DATA_MODELS'], 'allowed': ['edit_all_data_pools'],\n"
                + "    'pools': {'SAP ECC - Order to Cash': {'required': ['DATA_PUSH_API'], 'description': 'push'}}},\n"
                + "  'package-manager': {'spaces': {'Default': {'required': ['USE'], 'allowed': ['USE_ALL_PACKAGES']}}},\n"
                + "  'task-mining': {'allowed': ['VIEW_PROJECTS']}}}");
        assertEquals("celonis-policy.json", policy.source());
        assertEquals(List.of(
                new PolicyRule(Service.EVENT_COLLECTION, Optional.empty(), Set.of("USE_ALL_DATA_MODELS"),
                        Set.of("EDIT_ALL_DATA_POOLS")),
                new PolicyRule(Service.EVENT_COLLECTION, Optional.of(new ObjectSelector(ObjectKind.DATA_POOL,
                        "SAP ECC - Order to Cash")), Set.of("DATA_PUSH_API"), Set.of()),
                new PolicyRule(Service.PACKAGE_MANAGER, Optional.empty(), Set.of(), Set.of()),
                new PolicyRule(Service.PACKAGE_MANAGER, Optional.of(new ObjectSelector(ObjectKind.SPACE, "Default")),
                        Set.of("USE"), Set.of("USE_ALL_PACKAGES")),
                new PolicyRule(Service.TASK_MINING, Optional.empty(), Set.of(), Set.of("VIEW_PROJECTS"))),
                policy.rules());
    }

    @Test
    void anEmptyServicesObjectIsAPolicyThatAllowsNothing() throws Exception {
        assertEquals(List.of(), parse("{'services': {}}").rules());
    }

    @Test
    void readsAFileAndNamesItInErrors() throws Exception {
        Path file = dir.resolve("celonis-policy.json");
        Files.writeString(file, "{\n  \"services\": {\n    \"event-collection\": {\"required\": \"USE_ALL_DATA_MODELS\"}\n  }\n}\n");
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> PolicyReader.read(file));
        assertEquals(file + ", line 3, column 38: expected a list of permission names such as"
                + " [\"USE_ALL_DATA_MODELS\"], found a string", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(38, e.column());
        assertEquals(file.toString(), e.source());
    }

    @Test
    void aMissingFileSaysSoAndWhatToDo() {
        Path file = dir.resolve("nothing.json");
        assertEquals(file + ": the policy file does not exist; write one (see README, \"Least privilege\") or give"
                + " another with --policy FILE",
                assertThrows(InvalidPolicyException.class, () -> PolicyReader.read(file)).getMessage());
    }

    @Test
    void aFileFarTooLargeIsRefused() throws Exception {
        Path file = dir.resolve("big.json");
        Files.write(file, new byte[PolicyReader.MAX_BYTES + 1]);
        assertEquals(file + ": the file is larger than 1048576 bytes, far more than a policy holds; is it the right"
                + " file?", assertThrows(InvalidPolicyException.class, () -> PolicyReader.read(file)).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "broken JSON|{'services': {'team': ['x']|celonis-policy.json, line 1, column 23: expected an object such as"
                + " {\"required\": [...], \"allowed\": [...]} for team, found a list",
        "missing comma|{'services': {} 'x': 1}|celonis-policy.json, line 1, column 17: not valid JSON here (look for"
                + " a missing comma, quote or bracket)",
        "not an object|['services']|celonis-policy.json, line 1, column 1: expected a JSON object"
                + " {\"services\": {...}}, found a list",
        "no services|{'description': 'x'}|celonis-policy.json, line 1, column 20: the policy has no \"services\""
                + " field; expected {\"services\": {\"event-collection\": {\"required\": [\"USE_ALL_DATA_MODELS\"]}}}",
        "unknown top field|{'service': {}}|celonis-policy.json, line 1, column 2: unknown field 'service'; expected"
                + " \"services\" (and, if you like, \"description\")",
        "unknown service|{'services': {'data-integration': {}}}|celonis-policy.json, line 1, column 15: unknown service"
                + " 'data-integration'; expected one of package-manager, workflows, task-mining, team, action-engine,"
                + " process-repository, process-analytics, transformation-center, storage-manager, event-collection,"
                + " ml-workbench, user-provisioning",
        "unknown permission|{'services': {'event-collection': {'required': ['VIEW_ALL_DATA_POOLS']}}}|"
                + "celonis-policy.json, line 1, column 49: unknown permission 'VIEW_ALL_DATA_POOLS' for event-collection"
                + " on the whole service: expected one of USE_ALL_DATA_MODELS, EDIT_ALL_DATA_POOLS, CREATE_DATA_POOL",
        "object name at service level|{'services': {'event-collection': {'allowed': ['ADMIN']}}}|celonis-policy.json,"
                + " line 1, column 48: 'ADMIN' of event-collection is granted on one data pool, not on the whole"
                + " service: write it under \"pools\"",
        "service name on an object|{'services': {'package-manager': {'spaces': {'Default': {'required':"
                + " ['CREATE_SPACE']}}}}}|celonis-policy.json, line 1, column 71: 'CREATE_SPACE' of package-manager is"
                + " granted on the whole service, not on one space",
        "marker|{'services': {'event-collection': {'required': ['$ACCESS_CHILD']}}}|celonis-policy.json, line 1,"
                + " column 49: '$ACCESS_CHILD' is a marker EMS lists by itself, not a permission a policy can require"
                + " or allow",
        "number as a name|{'services': {'team': {'required': [7]}}}|celonis-policy.json, line 1, column 37: expected a"
                + " permission name in quotes, found a number",
        "pools under studio|{'services': {'package-manager': {'pools': {}}}}|celonis-policy.json, line 1, column 35:"
                + " \"pools\" belongs under event-collection, not under package-manager",
        "unknown service field|{'services': {'team': {'requires': []}}}|celonis-policy.json, line 1, column 24:"
                + " unknown field 'requires' in team; expected \"required\", \"allowed\" or \"description\"",
        "unknown object field|{'services': {'event-collection': {'pools': {'Sales': {'need': []}}}}}|"
                + "celonis-policy.json, line 1, column 56: unknown field 'need' in data pool 'Sales'; expected"
                + " \"required\", \"allowed\" or \"description\"",
        "empty object name|{'services': {'event-collection': {'pools': {' ': {}}}}}|celonis-policy.json, line 1,"
                + " column 46: an empty data pool name; expected its name in EMS or its id",
        "duplicate field|{'services': {}, 'services': {}}|celonis-policy.json, line 1, column 28: a field appears twice"
                + " in the same object",
        "trailing content|{'services': {}} []|celonis-policy.json, line 1, column 18: expected the end of the file"
                + " after the policy object, found a list",
        "unknown name shape|{'services': {'workflows': {'allowed': ['run it']}}}|celonis-policy.json, line 1, column"
                + " 41: 'RUN IT' is not a permission name; expected upper-case letters, digits and underscores",
        "description not text|{'description': 1, 'services': {}}|celonis-policy.json, line 1, column 17: expected a"
                + " description text in quotes, found a number"})
    void aMalformedPolicyNamesTheLineTheColumnAndWhatWasExpected(String what, String json, String message) {
        assertEquals(message, error(json));
    }

    @Test
    void servicesWithoutKnownNamesAcceptAnyNameOfTheUsualShape() throws Exception {
        assertEquals(Set.of("ACCESS_ALL_PROJECTS"), parse("{'services': {'action-engine': {'required':"
                + " ['ACCESS_ALL_PROJECTS']}}}").rules().get(0).required());
    }

    @Test
    void aKeyPastedAsAPermissionNameIsNotEchoed() {
        String key = TestKeys.newKeyValue();
        String message = error("{'services': {'event-collection': {'required': ['" + key + "']}}}");
        assertFalse(message.contains(key), message);
        assertFalse(message.contains(key.toUpperCase()), message);
        assertEquals("celonis-policy.json, line 1, column 49: unknown permission a value of 108 characters (not shown)"
                + " for event-collection on the whole service: expected one of USE_ALL_DATA_MODELS, EDIT_ALL_DATA_POOLS,"
                + " CREATE_DATA_POOL", message);
    }

    @Test
    void jsonSyntaxErrorsNeverQuoteTheInput() {
        String key = TestKeys.newKeyValue();
        String message = error("{'services': " + key + "}");
        assertFalse(message.contains(key), message);
        assertEquals("celonis-policy.json, line 1, column 123: not valid JSON here (look for a missing comma, quote or"
                + " bracket)", message);
    }
}
