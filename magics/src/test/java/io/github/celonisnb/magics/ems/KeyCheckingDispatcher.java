package io.github.celonisnb.magics.ems;

import io.github.celonisnb.magics.secrets.ApiKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Answers like EMS: a request is served only when it carries the key under its own prefix, otherwise 401.
 * Paths answer with the canned EMS bodies unless a test sets another answer.
 */
final class KeyCheckingDispatcher extends Dispatcher {

    private final String expectedHeader;
    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private volatile String forbiddenPrefix;

    KeyCheckingDispatcher(ApiKey key, String prefix) {
        this.expectedHeader = prefix + " " + key.reveal();
        answers.put("/api/cloud", MockEms.json(MockEms.WHOAMI));
        answers.put("/api/cloud/permissions", MockEms.json(MockEms.PERMISSIONS));
        answers.put("/api/team", MockEms.json(MockEms.TEAM));
    }

    KeyCheckingDispatcher answer(String path, MockResponse response) {
        answers.put(path, response);
        return this;
    }

    /** Answers 403 to every request sent with this prefix, as EMS would for a key without permissions. */
    KeyCheckingDispatcher forbid(String prefix) {
        this.forbiddenPrefix = prefix + " ";
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String header = request.getHeader("Authorization");
        if (forbiddenPrefix != null && header != null && header.startsWith(forbiddenPrefix)) {
            return new MockResponse().setResponseCode(403);
        }
        if (!expectedHeader.equals(header)) {
            return MockEms.json(401, "{\"error\":\"Unauthorized\"}");
        }
        MockResponse answer = answers.get(request.getPath());
        return answer != null ? answer : MockEms.json(404, "{\"title\":\"Path not found.\"}");
    }
}
