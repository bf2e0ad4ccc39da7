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

    /**
     * Issue 12 point 5: IPv6 forms that carry an IPv4 address are judged by the address they carry.
     * IANA's special-purpose registry: ::ffff:0:0/96 (mapped), ::ffff:0:0:0/96 (translated, RFC 6145),
     * 64:ff9b::/96 and 64:ff9b:1::/48 (NAT64, RFC 6052 / RFC 8215), 2001::/32 (Teredo, RFC 4380: the
     * client's address inverted in the last 32 bits, the server's in bits 32-63), 2002::/16 (6to4).
     * The local-use NAT64 prefix is refused whole: where its IPv4 sits depends on a length each network
     * chooses, and IANA lists it as not globally reachable.
     */
    @ParameterizedTest
    @ValueSource(strings = {"::ffff:0:7f00:1", "0:0:0:0:0:ffff:7f00:1", "::ffff:0:a00:1", "::ffff:0:a9fe:a9fe",
            "64:ff9b::7f00:1", "64:ff9b:1::7f00:1", "64:ff9b:1:a9:fe:a9fe::", "64:ff9b:1::808:808",
            "2001:0:4136:e378:8000:63bf:80ff:fffe", "2001:0:7f00:1:8000:63bf:3fff:fdd2", "2001:0:4136:e378:8000:63bf:f5ff:fefe",
            "2002:7f00:1::1", "::7f00:1"})
    void point5Ipv6FormsEmbeddingIpv4AreJudgedByTheEmbeddedAddress(String address) throws Exception {
        assertTrue(policy.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:0:808:808", "64:ff9b::808:808", "2001:0:4136:e378:8000:63bf:f7f7:f7f7", "2002:808:808::1"})
    void point5Ipv6FormsEmbeddingAPublicIpv4AreAllowed(String address) throws Exception {
        assertFalse(policy.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    /**
     * Issue 12 point 5: a host literal that libraries read differently is refused before any lookup
     * (0177.0.0.1 is 177.0.0.1 to the JVM, 127.0.0.1 to curl and glibc's inet_aton).
     */
    @ParameterizedTest
    @ValueSource(strings = {"0177.0.0.1", "0x7f.0.0.1", "0x7f000001", "2130706433", "017700000001", "127.1", "127.0.1",
            "010.0.0.1", "127.000.000.001", "1.2.3.04", "08.8.8.8", "0X7F.1", "1.2.3.4.", "256.1.1.1", "1.2.3.4.5"})
    void point5NonCanonicalIpv4LiteralsAreRefused(String host) {
        assertTrue(AddressPolicy.hostRefusal(host).isPresent(), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "127.0.0.1", "0.0.0.0", "140.82.112.3", "github.com", "raw.githubusercontent.com",
            "0day.example", "1a.example", "::1", "2606:4700:4700::1111", "x1.y2"})
    void point5CanonicalLiteralsAndNamesPassTheLiteralCheck(String host) {
        assertFalse(AddressPolicy.hostRefusal(host).isPresent(), host);
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
