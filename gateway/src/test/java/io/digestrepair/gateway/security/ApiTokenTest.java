package io.digestrepair.gateway.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    @Test
    void withoutATokenEverythingIsPermitted() {
        ApiToken none = new ApiToken("  ");
        assertFalse(none.required());
        assertTrue(none.permits(null));
    }

    @Test
    void aTokenMustBeSentAsBearer() {
        ApiToken t = new ApiToken("s3cret");
        assertTrue(t.required());
        assertTrue(t.permits("Bearer s3cret"));
        assertTrue(t.permits("bearer   s3cret "));
        assertFalse(t.permits(null));
        assertFalse(t.permits(""));
        assertFalse(t.permits("Bearer"));
        assertFalse(t.permits("Bearer s3cre"));
        assertFalse(t.permits("Bearer s3crets"));
        assertFalse(t.permits("Basic czNjcmV0"));
        assertFalse(t.permits("s3cret"));
    }

    @Test
    void readsAreNotWrites() {
        assertFalse(ApiToken.isWrite("GET"));
        assertFalse(ApiToken.isWrite("head"));
        assertTrue(ApiToken.isWrite("PUT"));
        assertTrue(ApiToken.isWrite("POST"));
        assertTrue(ApiToken.isWrite("DELETE"));
        assertTrue(ApiToken.isWrite("PATCH"));
    }
}
