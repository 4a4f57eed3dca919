package io.github.celonisnb.magics.ems;

import java.io.IOException;
import java.net.InetAddress;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** A MockWebServer on 127.0.0.1 and the canned EMS answers the tests use. */
final class MockEms {

    static final String WHOAMI = "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"name\":\"Alice Example\","
            + "\"email\":\"alice@example.test\",\"nameOrEmail\":\"Alice Example\",\"nameAndEmail\":\"Alice Example"
            + " (alice@example.test)\",\"teamName\":\"Demo Team\",\"teamId\":\"00000000-0000-4000-8000-0000000000aa\","
            + "\"teamDomain\":\"demo\",\"active\":true,\"admin\":false,\"analyst\":true,\"member\":true,\"role\":1,"
            + "\"groupIds\":[],\"language\":\"en\",\"timeZone\":\"UTC\",\"apiToken\":null,\"token\":null}";
    static final String PERMISSIONS = "[{\"serviceName\":\"package-manager\",\"permissions\":[]},null,"
            + "{\"serviceName\":\"event-collection\",\"permissions\":[\"USE_ALL_DATA_MODELS\",\"EDIT_ALL_DATA_POOLS\"],"
            + "\"extra\":1},{\"serviceName\":\"team\",\"permissions\":null}]";
    static final String TEAM = "{\"id\":\"00000000-0000-4000-8000-0000000000aa\",\"name\":\"Demo Team\","
            + "\"domain\":\"demo\",\"trackingEnabled\":false,\"privacyType\":\"PRIVATE\"}";

    private MockEms() {
    }

    static MockWebServer start() throws IOException {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return server;
    }

    static EmsUrl urlOf(MockWebServer server) {
        return EmsUrl.parse("http://127.0.0.1:" + server.getPort());
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    static MockResponse json(String body) {
        return json(200, body);
    }
}
