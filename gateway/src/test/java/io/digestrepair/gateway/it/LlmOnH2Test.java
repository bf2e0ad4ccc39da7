package io.digestrepair.gateway.it;

import java.util.Map;

class LlmOnH2Test extends LlmScenarios {

    @Override
    Map<String, Object> store() {
        return Map.of();
    }
}
