package io.digestrepair.gateway.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses an import may connect to: public ones only. Loopback, private, link-local,
 * shared (CGNAT), multicast, reserved and documentation ranges are refused, IPv4 ones also when
 * written inside IPv6 (mapped, compatible, NAT64, 6to4), unless a configured network allows them.
 */
public final class AddressPolicy {

    private static final List<Cidr> REFUSED = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
            .stream().map(Cidr::parse).toList();

    private final List<Cidr> allowed;

    public AddressPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    public static AddressPolicy of(List<String> allowedNetworks) {
        return new AddressPolicy(allowedNetworks.stream().filter(s -> s != null && !s.isBlank()).map(Cidr::parse).toList());
    }

    /** Why an import may not connect to this address; empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        for (Cidr c : allowed) {
            if (c.contains(address)) {
                return Optional.empty();
            }
        }
        if (address.isLoopbackAddress()) {
            return Optional.of(address.getHostAddress() + " is a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of(address.getHostAddress() + " is a link-local address");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of(address.getHostAddress() + " is a private address");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of(address.getHostAddress() + " is not a unicast address");
        }
        for (Cidr c : REFUSED) {
            if (c.contains(address)) {
                return Optional.of(address.getHostAddress() + " is in a private or reserved range");
            }
        }
        if (address instanceof Inet6Address v6) {
            Inet4Address embedded = embeddedIpv4(v6.getAddress());
            if (embedded != null) {
                return refusal(embedded).map(r -> address.getHostAddress() + " carries " + r);
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d and 2002:aabb:ccdd::, or null. */
    static Inet4Address embeddedIpv4(byte[] a) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= a[i] == 0;
        }
        if (zeros80 && ((a[10] == (byte) 0xFF && a[11] == (byte) 0xFF) || (a[10] == 0 && a[11] == 0))) {
            return v4(a, 12);
        }
        boolean nat64 = a[0] == 0 && a[1] == 0x64 && a[2] == (byte) 0xFF && a[3] == (byte) 0x9B;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = a[i] == 0;
        }
        if (nat64) {
            return v4(a, 12);
        }
        if (a[0] == 0x20 && a[1] == 0x02) {
            return v4(a, 2);
        }
        return null;
    }

    private static Inet4Address v4(byte[] a, int from) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[]{a[from], a[from + 1], a[from + 2], a[from + 3]});
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
