package io.digestrepair.gateway.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches a digest from an http(s) URL without letting the URL reach inside the network: every
 * host, the first and each redirect's, is resolved and all its addresses checked before the
 * request goes out, redirects are followed by hand, and the body is cut at a size and a deadline.
 * <p>
 * The connection resolves the host again; the JVM's address cache (30 s by default) answers that
 * from the lookup just checked, which leaves a DNS rebinding attacker no window in practice.
 */
public final class UrlFetcher {

    /** Resolves a host name; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * @param contentType the response's Content-Type, if any
     * @param finalUrl    where the body came from, after redirects
     */
    public record Fetched(byte[] body, Optional<String> contentType, URI finalUrl) {
    }

    private final AddressPolicy policy;
    private final Resolver resolver;
    private final long maxBytes;
    private final Duration timeout;
    private final int maxRedirects;
    private final HttpClient client;

    public UrlFetcher(AddressPolicy policy, Resolver resolver, long maxBytes, Duration timeout, int maxRedirects) {
        this.policy = policy;
        this.resolver = resolver;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.maxRedirects = maxRedirects;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    public Fetched fetch(String url) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = parse(url);
        for (int redirects = 0; ; redirects++) {
            check(uri);
            HttpResponse<InputStream> response = send(uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new ImportRefusedException(502, "the URL answered " + status + " without a Location"));
                if (redirects >= maxRedirects) {
                    throw new ImportRefusedException(502, "more than " + maxRedirects + " redirects");
                }
                uri = parse(uri.resolve(location.trim()).toString());
                continue;
            }
            if (status < 200 || status >= 300) {
                closeQuietly(response.body());
                throw new ImportRefusedException(502, "the URL answered " + status);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                closeQuietly(response.body());
                throw new ImportRefusedException(413, "the digest is " + declared + " bytes; the limit is " + maxBytes);
            }
            byte[] body = read(response.body(), deadline);
            return new Fetched(body, response.headers().firstValue("Content-Type"), uri);
        }
    }

    /** http(s), a host, no credentials. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new ImportRefusedException(400, "not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ImportRefusedException(400, "only http and https URLs can be imported");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ImportRefusedException(400, "the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ImportRefusedException(400, "the URL carries credentials; they are not sent anywhere");
        }
        AddressPolicy.hostRefusal(uri.getHost()).ifPresent(why -> {
            throw new ImportRefusedException(400, why);
        });
        return uri;
    }

    private void check(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new ImportRefusedException(400, "unknown host " + host);
        }
        if (addresses.length == 0) {
            throw new ImportRefusedException(400, "unknown host " + host);
        }
        for (InetAddress a : addresses) {
            Optional<String> refusal = policy.refusal(a);
            if (refusal.isPresent()) {
                throw new ImportRefusedException(403, "refused to fetch " + uri.getHost() + ": " + refusal.get());
            }
        }
    }

    private HttpResponse<InputStream> send(URI uri, long deadline) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw new ImportRefusedException(504, "the import took longer than " + timeout.toSeconds() + " s");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(left)
                .header("Accept", "text/markdown, application/x-ndjson, text/plain;q=0.9, */*;q=0.5")
                .header("User-Agent", "digest-repair-gateway")
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new ImportRefusedException(504, "the import took longer than " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new ImportRefusedException(502, "could not fetch the URL: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportRefusedException(503, "interrupted");
        }
    }

    /** Reads at most maxBytes, before the deadline: a watchdog closes the stream of a body that dawdles. */
    private byte[] read(InputStream in, long deadline) {
        long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        Thread reader = Thread.currentThread();
        var expired = new java.util.concurrent.atomic.AtomicBoolean(false);
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(left);
                expired.set(true);
                closeQuietly(in);
            } catch (InterruptedException ignored) {
                // finished in time
            }
        });
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new ImportRefusedException(413, "the digest is larger than the limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (expired.get()) {
                throw new ImportRefusedException(504, "the import took longer than " + timeout.toSeconds() + " s");
            }
            throw new ImportRefusedException(502, "the download broke off: " + e.getMessage());
        } finally {
            watchdog.interrupt();
            if (reader.isInterrupted() && !expired.get()) {
                Thread.interrupted();
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing to add
        }
    }
}
