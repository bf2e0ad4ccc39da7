package io.digestrepair.gateway.security;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read and who may write across origins. Reads are public, so every origin may read them
 * (CORS {@code *}, without credentials); a write is refused when a browser says it comes from a page
 * of another origin: a form or a script on any site could otherwise post to a gateway its visitor
 * can reach, token or not. Browsers send {@code Origin} with every POST, PUT and DELETE (Fetch
 * standard, "append a request Origin header"); clients that send none (curl, the CLI) are not pages.
 */
public final class CrossOrigin {

    /** Headers a page may read from an answer beside the CORS-safelisted ones. */
    public static final String EXPOSED = "ETag, X-Digest-Repair, X-Digest-Revision, Content-Encoding, Content-Length, Location";
    public static final String READ_METHODS = "GET, HEAD";
    /** Request headers a reading page may send: revalidation, languages, ranges (Fetch's safelist plus these). */
    private static final Set<String> READ_HEADERS = Set.of("accept", "accept-language", "content-language", "if-none-match",
            "if-modified-since", "cache-control", "pragma", "range", "last-event-id");

    private CrossOrigin() {
    }

    public static boolean isRead(String method) {
        String m = method.toUpperCase(Locale.ROOT);
        return m.equals("GET") || m.equals("HEAD");
    }

    /**
     * Why a write with this {@code Origin} is refused; empty when it is the gateway's own origin or absent.
     *
     * @param host the authority the client addressed ({@code X-Forwarded-Host} behind a proxy, else {@code Host})
     */
    public static Optional<String> writeRefusal(@Nullable String origin, @Nullable String host) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        String o = origin.trim();
        if (o.equals("null")) {
            return Optional.of("a write from an opaque origin (Origin: null: a sandboxed frame, a file) is refused");
        }
        Optional<String> authority = authority(o);
        if (authority.isPresent() && host != null && authority.get().equals(normalize(host.trim(), scheme(o)))) {
            return Optional.empty();
        }
        return Optional.of("a write from the page of another origin (Origin: " + shorten(o) + ") is refused: "
                + "only the gateway's own pages and clients without an Origin (curl, the CLI) may write");
    }

    /** The requested headers a read preflight may allow, lower case; null when one of them may not be sent. */
    @Nullable
    public static String allowedReadHeaders(@Nullable String requested) {
        if (requested == null || requested.isBlank()) {
            return "";
        }
        List<String> allowed = new ArrayList<>();
        for (String h : requested.split(",")) {
            String name = h.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!READ_HEADERS.contains(name)) {
                return null;
            }
            allowed.add(name);
        }
        return String.join(", ", allowed);
    }

    private static Optional<String> authority(String origin) {
        try {
            URI uri = new URI(origin);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return Optional.empty();
            }
            return Optional.of(normalize(uri.getRawAuthority(), uri.getScheme().toLowerCase(Locale.ROOT)));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String scheme(String origin) {
        int colon = origin.indexOf(':');
        return colon < 0 ? "" : origin.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** host[:port], lower case, the scheme's default port left out. */
    private static String normalize(String authority, String scheme) {
        String a = authority.toLowerCase(Locale.ROOT);
        String defaultPort = scheme.equals("https") ? ":443" : scheme.equals("http") ? ":80" : null;
        if (defaultPort != null && a.endsWith(defaultPort)) {
            a = a.substring(0, a.length() - defaultPort.length());
        }
        return a;
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
