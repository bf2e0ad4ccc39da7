package io.digestrepair.gateway.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressPolicyTest {

    private final AddressPolicy policy = AddressPolicy.of(List.of());

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:c0a8:0101::1"})
    void privateLoopbackLinkLocalAndReservedAreRefused(String address) throws Exception {
        assertTrue(policy.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "140.82.112.3", "151.101.1.69", "2606:4700:4700::1111", "2001:4860:4860::8888",
            "::ffff:8.8.8.8", "172.32.0.1", "100.128.0.1"})
    void publicAddressesAreAllowed(String address) throws Exception {
        assertFalse(policy.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @Test
    void aConfiguredNetworkIsAllowedAndNothingElse() throws Exception {
        AddressPolicy intranet = AddressPolicy.of(List.of("10.20.0.0/16", " ", "127.0.0.2/32"));
        assertFalse(intranet.refusal(InetAddress.getByName("10.20.3.4")).isPresent());
        assertFalse(intranet.refusal(InetAddress.getByName("127.0.0.2")).isPresent());
        assertTrue(intranet.refusal(InetAddress.getByName("10.21.0.1")).isPresent());
        assertTrue(intranet.refusal(InetAddress.getByName("127.0.0.1")).isPresent());
    }

    @Test
    void networksAreAddressesNotNames() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Cidr.parse("localhost/8"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33"));
    }
}
