package io.github.celonisnb.kernel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeyLeakCheckTest {

    private static final String KEY = "abc/def+" + Long.toHexString(System.nanoTime());

    private static List<String> check(String notebook) throws Exception {
        return KeyLeakCheck.occurrences(notebook.getBytes(StandardCharsets.UTF_8), KEY);
    }

    @Test
    void findsNothingInACleanNotebook() throws Exception {
        assertEquals(List.of(), check("{\"cells\": [{\"source\": \"print('hi')\"}]}"));
    }

    @Test
    void findsTheRawKey() throws Exception {
        assertEquals(List.of("raw bytes", "string value at line 1"), check("{\"a\": \"x" + KEY + "\"}"));
    }

    @Test
    void findsTheKeyBehindJsonEscapes() throws Exception {
        String escaped = KEY.replace("/", "\\/").replace("a", "\\u0061");
        assertEquals(List.of("string value at line 2"), check("{\n\"a\": \"" + escaped + "\"}"));
    }

    @Test
    void findsTheKeyInAFieldName() throws Exception {
        assertEquals(List.of("raw bytes", "field name at line 1"), check("{\"" + KEY + "\": 1}"));
    }
}
