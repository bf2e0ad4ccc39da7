package io.digestrepair.gateway.repair;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OwnersTest {

    private final String self = Owners.of("box", 200, "aaaa");

    @Test
    void aDeadProcessOfThisHostIsDead() {
        assertTrue(Owners.deadOnThisHost(Owners.of("box", 100, "bbbb"), self, pid -> false));
        assertFalse(Owners.deadOnThisHost(Owners.of("box", 100, "bbbb"), self, pid -> pid == 100));
    }

    @Test
    void anEarlierLifeUnderTheSamePidIsDead() {
        assertTrue(Owners.deadOnThisHost(Owners.of("box", 200, "bbbb"), self, pid -> true));
        assertFalse(Owners.deadOnThisHost(self, self, pid -> false), "not itself");
    }

    @Test
    void otherHostsAreLeftToTheirLease() {
        assertFalse(Owners.deadOnThisHost(Owners.of("other", 100, "bbbb"), self, pid -> false));
        assertFalse(Owners.deadOnThisHost("garbage", self, pid -> false));
    }

    @Test
    void ownersFitTheColumn() {
        assertTrue(Owners.of("h".repeat(90), 4194304, "12345678").length() <= 64);
        assertEquals("a_b/1/n", Owners.of("a/b", 1, "n"));
    }
}
