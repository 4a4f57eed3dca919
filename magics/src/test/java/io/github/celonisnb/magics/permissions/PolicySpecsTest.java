package io.github.celonisnb.magics.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicySpecsTest {

    @Test
    void readsServiceAndObjectRequirementsAndAllowances() throws Exception {
        Policy policy = PolicySpecs.of(
                List.of("event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS",
                        "event-collection:pool/SAP ECC - Order to Cash:data_push_api"),
                List.of("event-collection:CREATE_DATA_POOL", "event-collection:USE_ALL_DATA_MODELS"));
        assertEquals("--require and --allow", policy.source());
        assertEquals(List.of(
                new PolicyRule(Service.EVENT_COLLECTION, Optional.empty(),
                        Set.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS"), Set.of("CREATE_DATA_POOL", "USE_ALL_DATA_MODELS")),
                new PolicyRule(Service.EVENT_COLLECTION, Optional.of(new ObjectSelector(ObjectKind.DATA_POOL,
                        "SAP ECC - Order to Cash")), Set.of("DATA_PUSH_API"), Set.of())), policy.rules());
    }

    @Test
    void theSourceNamesTheOptionsUsed() throws Exception {
        assertEquals("--require", PolicySpecs.of(List.of("team:MANAGE_MEMBERS"), List.of()).source());
        assertEquals("--allow", PolicySpecs.of(List.of(), List.of("team:MANAGE_MEMBERS")).source());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no colon|USE_ALL_DATA_MODELS|--require: malformed value 'USE_ALL_DATA_MODELS': expected"
                + " service:PERM[,PERM...] or service:pool/NAME:PERM[,PERM...], e.g. event-collection:USE_ALL_DATA_MODELS",
        "no names|event-collection:|--require: malformed value 'event-collection:': expected service:PERM[,PERM...]"
                + " or service:pool/NAME:PERM[,PERM...], e.g. event-collection:USE_ALL_DATA_MODELS",
        "empty name|event-collection:USE_ALL_DATA_MODELS,|--require: an empty permission name; expected a name such as"
                + " USE_ALL_DATA_MODELS (in 'event-collection:USE_ALL_DATA_MODELS,')",
        "unknown service|data-integration:USE_ALL_DATA_MODELS|--require: unknown service 'data-integration' in"
                + " 'data-integration:USE_ALL_DATA_MODELS'; expected one of package-manager, workflows, task-mining, team,"
                + " action-engine, process-repository, process-analytics, transformation-center, storage-manager,"
                + " event-collection, ml-workbench, user-provisioning",
        "object name at service level|event-collection:ADMIN|--require: 'ADMIN' of event-collection is granted on one"
                + " data pool, not on the whole service: write event-collection:pool/NAME:PERM (in 'event-collection:ADMIN')",
        "unknown object type|event-collection:bucket/x:ADMIN|--require: unknown object type 'bucket' in"
                + " 'event-collection:bucket/x:ADMIN'; expected pool (event-collection) or space (package-manager)",
        "object of another service|event-collection:space/Default:USE|--require: a space belongs to package-manager,"
                + " not to event-collection, in 'event-collection:space/Default:USE'",
        "object without name|event-collection:pool/:ADMIN|--require: malformed value 'event-collection:pool/:ADMIN':"
                + " expected service:PERM[,PERM...] or service:pool/NAME:PERM[,PERM...], e.g."
                + " event-collection:USE_ALL_DATA_MODELS"})
    void aBadValueNamesTheOptionAndTheExpectedForm(String what, String spec, String message) {
        assertEquals(message, assertThrows(InvalidPolicyException.class,
                () -> PolicySpecs.of(List.of(spec), List.of())).getMessage());
    }

    @Test
    void anAllowValueIsNamedAsSuch() {
        assertEquals("--allow: unknown permission 'LIST_ALL' for storage-manager on the whole service: expected one of"
                + " GET, LIST (in 'storage-manager:LIST_ALL')", assertThrows(InvalidPolicyException.class,
                () -> PolicySpecs.of(List.of(), List.of("storage-manager:LIST_ALL"))).getMessage());
    }
}
