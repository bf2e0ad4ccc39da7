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
 * written inside IPv6 (mapped, translated, compatible, NAT64, 6to4, Teredo), unless a configured
 * network allows them; and a host written as an IPv4 literal in any but the plain dotted form.
 */
public final class AddressPolicy {

    private static final List<Cidr> REFUSED = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "64:ff9b:1::/48", "100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
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
            for (Inet4Address embedded : embeddedIpv4s(v6.getAddress())) {
                Optional<String> refused = refusal(embedded);
                if (refused.isPresent()) {
                    return refused.map(r -> address.getHostAddress() + " carries " + r);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why a URL's host may not be used as written: an IPv4 literal in any form but the four plain
     * decimal parts. Libraries disagree about the others ({@code 0177.0.0.1} is 177.0.0.1 to the JVM
     * and 127.0.0.1 to curl and glibc's inet_aton; {@code 127.1}, {@code 0x7f000001} and
     * {@code 2130706433} are 127.0.0.1 to inet_aton), so the address checked might not be the one
     * connected to. A host whose last label is a number is an IPv4 literal (the WHATWG URL standard's
     * "ends in a number"); names and IPv6 literals pass.
     */
    public static Optional<String> hostRefusal(String host) {
        if (host == null || host.isEmpty() || host.indexOf(':') >= 0 || host.startsWith("[")) {
            return Optional.empty();
        }
        String[] labels = host.split("\\.", -1);
        String last = labels[labels.length - 1];
        if (last.isEmpty() && labels.length > 1) {
            last = labels[labels.length - 2];
        }
        if (!NUMERIC_LABEL.matcher(last).matches()) {
            return Optional.empty();
        }
        if (CANONICAL_IPV4.matcher(host).matches()) {
            return Optional.empty();
        }
        return Optional.of(host + " is an IPv4 address written in a form that programs read differently "
                + "(leading zeros, octal, hex, fewer or more than four parts, a trailing dot): write it as four decimal numbers");
    }

    private static final java.util.regex.Pattern NUMERIC_LABEL = java.util.regex.Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");
    private static final java.util.regex.Pattern CANONICAL_IPV4 = java.util.regex.Pattern.compile(
            "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

    /**
     * The IPv4 addresses carried inside an IPv6 address, or an empty list: mapped ::ffff:0:0/96,
     * translated ::ffff:0:0:0/96 (RFC 6145), compatible ::/96, NAT64 64:ff9b::/96 (RFC 6052), 6to4
     * 2002::/16 (RFC 3056), and Teredo 2001::/32 (RFC 4380), which carries two: its server's in bits
     * 32-63 and its client's, inverted, in bits 96-127. The local-use NAT64 prefix 64:ff9b:1::/48
     * (RFC 8215) puts its IPv4 address where each network's chosen prefix length says, so it is
     * refused whole (IANA: not globally reachable) rather than guessed at.
     */
    static List<Inet4Address> embeddedIpv4s(byte[] a) {
        boolean zeros64 = true;
        for (int i = 0; i < 8; i++) {
            zeros64 &= a[i] == 0;
        }
        if (zeros64) {
            int w4 = ((a[8] & 0xFF) << 8) | (a[9] & 0xFF);
            int w5 = ((a[10] & 0xFF) << 8) | (a[11] & 0xFF);
            if ((w4 == 0 && (w5 == 0xFFFF || w5 == 0)) || (w4 == 0xFFFF && w5 == 0)) {
                return List.of(v4(a, 12, false));
            }
        }
        if (startsWith(a, 0x00, 0x64, 0xFF, 0x9B) && allZero(a, 4, 12)) {
            return List.of(v4(a, 12, false));
        }
        if (startsWith(a, 0x20, 0x02)) {
            return List.of(v4(a, 2, false));
        }
        if (startsWith(a, 0x20, 0x01, 0x00, 0x00)) {
            return List.of(v4(a, 4, false), v4(a, 12, true));
        }
        return List.of();
    }

    private static boolean startsWith(byte[] a, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((a[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address v4(byte[] a, int from, boolean inverted) {
        int x = inverted ? 0xFF : 0;
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[]{(byte) (a[from] ^ x), (byte) (a[from + 1] ^ x),
                    (byte) (a[from + 2] ^ x), (byte) (a[from + 3] ^ x)});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
