package io.github.celonisnb.magics.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.celonisnb.magics.ems.ServicePermissions;

class PermissionJsonTest {

    @Test
    void writesWhatPythonsJsonDumpsWithIndentFourWrites() {
        String expected = String.join("\n",
                "[",
                "    {",
                "        \"permissions\": [],",
                "        \"serviceName\": \"package-manager\"",
                "    },",
                "    {",
                "        \"permissions\": [",
                "            \"USE_ALL_DATA_MODELS\",",
                "            \"EDIT_ALL_DATA_POOLS\"",
                "        ],",
                "        \"serviceName\": \"event-collection\"",
                "    }",
                "]");
        assertEquals(expected, PermissionJson.format(List.of(
                new ServicePermissions("package-manager", List.of()),
                new ServicePermissions("event-collection", List.of("USE_ALL_DATA_MODELS", "EDIT_ALL_DATA_POOLS")))));
    }

    @Test
    void anEmptyListIsTwoBrackets() {
        assertEquals("[]", PermissionJson.format(List.of()));
    }

    @Test
    void escapesAsPythonDoesWithEnsureAscii() {
        assertEquals("\"caf\\u00e9 \\\"x\\\" \\\\ \\n\"", PermissionJson.quote("café \"x\" \\ \n"));
    }
}
