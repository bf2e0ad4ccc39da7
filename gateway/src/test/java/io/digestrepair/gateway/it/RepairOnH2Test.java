package io.digestrepair.gateway.it;

import java.util.Map;

/** The repair scenarios on the embedded H2 file store (the default). */
class RepairOnH2Test extends RepairScenarios {

    @Override
    Map<String, Object> store() {
        return Map.of();
    }
}
