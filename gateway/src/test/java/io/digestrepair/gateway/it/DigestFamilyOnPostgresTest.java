package io.digestrepair.gateway.it;

import java.util.Map;

/**
 * The digest family's scenarios on PostgreSQL: a day's Markdown and JSON Lines repaired at once
 * answer the same papers, which once made one of the two jobs fail on a duplicate cache key.
 */
class DigestFamilyOnPostgresTest extends DigestFamilyScenarios {

    @Override
    Map<String, Object> store() {
        return Databases.newPostgresSchema();
    }
}
