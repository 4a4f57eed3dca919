package io.github.celonisnb.emulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.celonisnb.emulator.AdminToken;
import io.github.celonisnb.emulator.SeedData;
import io.github.celonisnb.emulator.internal.auth.KeyGenerator;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void showsIdsNamesAndGrants() {
        String grant = "event-collection:pool/" + SeedData.SANDBOX_POOL.id() + ":ADMIN,DATA_PUSH_API,CONTINUOUS_DATA_PUSH_API";
        assertEquals("'" + grant + "'", SafeText.quote(grant));
        assertEquals("'alice@example.test'", SafeText.quote("alice@example.test"));
    }

    @Test
    void hidesAKeyAloneOrInsideOtherText() {
        String key = new KeyGenerator().newKey();
        assertEquals("(a 108-character value, not shown)", SafeText.quote(key));
        assertEquals("(a 125-character value, not shown)", SafeText.quote("event-collection:" + key));
    }

    @Test
    void hidesTheAdminToken() {
        assertEquals("(a 64-character value, not shown)", SafeText.quote(AdminToken.generate().value()));
    }

    @Test
    void hidesVeryLongValues() {
        assertEquals("(a 201-character value, not shown)", SafeText.quote("a:".repeat(100) + "b"));
    }

    @Test
    void saysWhenThereIsNoValue() {
        assertEquals("(none)", SafeText.quote(null));
    }

    @Test
    void showsASafeValueWithoutQuotesAndDescribesAKeyAsQuoteDoes() {
        String key = new KeyGenerator().newKey();
        assertEquals("/api/cloud/nope", SafeText.shown("/api/cloud/nope"));
        assertEquals("(a 113-character value, not shown)", SafeText.shown("/api/" + key));
        assertEquals("(none)", SafeText.shown(null));
    }
}
