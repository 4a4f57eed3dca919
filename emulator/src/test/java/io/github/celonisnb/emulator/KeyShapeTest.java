package io.github.celonisnb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyShapeTest {

    private static final String DECODED_SHAPE =
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[A-Za-z0-9]{44}";

    private EmsEmulator emulator;

    @BeforeEach
    void start() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().build());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void keysAreBase64OfUuidColonFortyFourAlphanumerics() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            IssuedKey key = i % 2 == 0
                    ? emulator.createApplicationKey("app" + i, List.of())
                    : emulator.createUserKey("User " + i, "user" + i + "@example.test", false, List.of());
            String value = key.value();
            assertEquals(108, value.length());
            assertTrue(value.matches("[A-Za-z0-9+/]{108}"), "standard base64 alphabet without padding");
            // The first byte is a hex digit: '0'-'9' encode to M, N or O, 'a'-'f' to Y or Z.
            assertTrue("MNOYZ".indexOf(value.charAt(0)) >= 0, "starts with M, N, O, Y or Z");
            String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
            assertTrue(decoded.matches(DECODED_SHAPE), "decodes to <uuid>:<44 alphanumerics>");
            assertTrue(seen.add(value), "keys are unique");
        }
    }

    @Test
    void issuedKeyToStringNeverShowsTheValue() {
        IssuedKey key = emulator.createApplicationKey("demo", List.of());
        assertEquals("IssuedKey[id=" + key.id() + ", name=demo, type=APP]", key.toString());
        assertFalse(key.toString().contains(key.value()));
    }

    @Test
    void listedKeysCarryNoValue() {
        IssuedKey key = emulator.createApplicationKey("demo", List.of(Grant.parse("storage-manager:GET")));
        List<KeyInfo> keys = emulator.keys();
        assertEquals(1, keys.size());
        assertEquals(key.id(), keys.get(0).id());
        assertEquals(List.of(Grant.parse("storage-manager:GET")), keys.get(0).grants());
        assertFalse(keys.toString().contains(key.value()));
    }

    @Test
    void adminTokenToStringNeverShowsTheValue() {
        assertEquals("AdminToken[not shown]", emulator.adminToken().toString());
    }
}
