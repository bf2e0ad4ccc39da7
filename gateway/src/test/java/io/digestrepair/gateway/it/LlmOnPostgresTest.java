package io.digestrepair.gateway.it;

import java.util.Map;

class LlmOnPostgresTest extends LlmScenarios {

    @Override
    Map<String, Object> store() {
        return Databases.newPostgresSchema();
    }
}
