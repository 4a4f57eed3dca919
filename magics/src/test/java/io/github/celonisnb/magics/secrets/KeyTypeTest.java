package io.github.celonisnb.magics.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyTypeTest {

    @ParameterizedTest
    @CsvSource({
        "APP_KEY,  AppKey, Application Key, --app-key,  USER_KEY",
        "USER_KEY, Bearer, User Key,        --user-key, APP_KEY",
        "BEARER,   Bearer, Bearer token,    --bearer,   APP_KEY",
    })
    void describesEachKeyType(KeyType type, String prefix, String description, String option, KeyType other) {
        assertEquals(prefix, type.authorizationPrefix());
        assertEquals(description, type.description());
        assertEquals(option, type.loginOption());
        assertEquals(other, type.other());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "APP_KEY|APP_KEY",
        "app_key|APP_KEY",
        "'  App_Key  '|APP_KEY",
        "USER_KEY|USER_KEY",
        "user_key|USER_KEY",
        "BEARER|BEARER",
        "bearer |BEARER",
    })
    void findsAKeyTypeByItsPyCelonisName(String name, KeyType expected) {
        assertEquals(expected, KeyType.fromName(name));
    }

    @Test
    void ignoresSurroundingNewlinesAndTabs() {
        assertEquals(KeyType.USER_KEY, KeyType.fromName("\tUSER_KEY\n"));
    }

    @Test
    void rejectsAnUnknownNameListingTheAcceptedNames() {
        UnknownKeyTypeException e = assertThrows(UnknownKeyTypeException.class, () -> KeyType.fromName("AppKey"));
        assertEquals("Unknown key type 'AppKey'; the accepted names are APP_KEY, USER_KEY, BEARER", e.getMessage());
        assertEquals("'AppKey'", e.shownValue());
    }

    @Test
    void describesRatherThanQuotesAValueThatMayBeAKey() {
        UnknownKeyTypeException e = assertThrows(UnknownKeyTypeException.class,
                () -> KeyType.fromName(TestKeys.newKeyValue()));
        assertEquals("Unknown key type (a value of 108 characters); the accepted names are APP_KEY, USER_KEY,"
                + " BEARER", e.getMessage());
    }

    @Test
    void rejectsAnEmptyOrMissingName() {
        assertEquals("Unknown key type (empty); the accepted names are APP_KEY, USER_KEY, BEARER",
                assertThrows(UnknownKeyTypeException.class, () -> KeyType.fromName(" ")).getMessage());
        assertEquals("Unknown key type (none); the accepted names are APP_KEY, USER_KEY, BEARER",
                assertThrows(UnknownKeyTypeException.class, () -> KeyType.fromName(null)).getMessage());
    }
}
