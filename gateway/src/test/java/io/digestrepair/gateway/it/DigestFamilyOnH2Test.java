package io.digestrepair.gateway.it;

import java.util.Map;

/** The digest family's scenarios on the embedded H2 file store (the default). */
class DigestFamilyOnH2Test extends DigestFamilyScenarios {

    @Override
    Map<String, Object> store() {
        return Map.of();
    }
}
