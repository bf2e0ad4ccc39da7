package io.digestrepair.gateway.it;

import java.util.Map;

/** The repair scenarios on PostgreSQL (a real server; see {@link Databases}). */
class RepairOnPostgresTest extends RepairScenarios {

    @Override
    Map<String, Object> store() {
        return Databases.newPostgresSchema();
    }
}
