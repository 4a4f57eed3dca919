package io.github.celonisnb.kernel.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Fault;
import io.github.celonisnb.emulator.FaultRule;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.ResponseNotJsonException;
import io.github.celonisnb.magics.permissions.Service;
import io.github.celonisnb.magics.secrets.KeyType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 200 with an HTML page where EMS would answer JSON, as a wrong base URL or a sign-in proxy gives: the login
 * says the URL probably does not point at EMS, and never quotes the page.
 */
class NotJsonAnswerTest {

    @RegisterExtension
    final KeyLeakGuard leaks = new KeyLeakGuard();

    private EmsEmulator emulator;
    private IssuedKey key;
    private String base;

    @BeforeEach
    void startEmulator() {
        emulator = EmsEmulator.start(EmulatorConfig.builder().port(0).build());
        key = leaks.watch(emulator.createUserKey("Html Tester", "html@example.test", false,
                List.of(Grant.of(Service.ML_WORKBENCH, "VIEW_CONFIGURATION"))));
        base = emulator.baseUrl().toString();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cloud", "/api/cloud/permissions"})
    void anHtmlPageInsteadOfJsonSaysTheUrlIsProbablyNotEms(String path) {
        emulator.injectFault(FaultRule.onPath(path, Fault.HTML_PAGE));

        ResponseNotJsonException e = assertThrows(ResponseNotJsonException.class,
                () -> EmsLogin.login(EmulatorCredentials.of(base, key, KeyType.USER_KEY)));

        assertEquals("Cannot parse the response of GET " + base + path + " as JSON (200, text/html): the URL"
                + " probably does not point at EMS; it should be the team's address, e.g."
                + " https://<team>.<realm>.celonis.cloud.", e.getMessage());
        assertEquals("text/html", e.contentType());
        assertEquals(200, e.status());
        leaks.assertNoKeyIn(e);
    }

    @Test
    void anHtmlPageDuringKeyTypeDetectionIsReportedAsNotJsonRatherThanAsARejectedKey() {
        emulator.injectFault(FaultRule.everywhere(Fault.HTML_PAGE));

        ResponseNotJsonException e = assertThrows(ResponseNotJsonException.class,
                () -> EmsLogin.login(EmulatorCredentials.of(base, key, null)));

        assertEquals("Cannot parse the response of GET " + base + "/api/cloud as JSON (200, text/html): the URL"
                + " probably does not point at EMS; it should be the team's address, e.g."
                + " https://<team>.<realm>.celonis.cloud.", e.getMessage());
        assertEquals(List.of("GET /api/cloud 200"), EmulatorRequests.lines(emulator));
        leaks.assertNoKeyIn(e);
    }
}
