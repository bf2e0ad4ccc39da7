package io.digestrepair.gateway.ingest;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.gateway.digest.DigestName;
import io.digestrepair.gateway.digest.DigestService;
import io.digestrepair.gateway.digest.Ingested;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.support.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.util.Locale;

/** {@code POST /api/digests/{name}/import}: a digest fetched from a public http(s) URL. */
@Singleton
public class UrlImport {

    private final UrlFetcher fetcher;
    private final DigestService digests;

    public UrlImport(ImportProperties properties, DigestService digests) {
        this.fetcher = new UrlFetcher(AddressPolicy.of(properties.allowedNetworks()), InetAddress::getAllByName,
                properties.maxSize(), properties.timeout(), properties.maxRedirects());
        this.digests = digests;
    }

    public Ingested importDigest(String name, String url, boolean repair) {
        DigestName.problem(name).ifPresent(p -> {
            throw ProblemException.badRequest(p);
        });
        UrlFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(url);
        } catch (ImportRefusedException e) {
            throw new ProblemException(HttpStatus.valueOf(e.status()), e.getMessage(), null, "url");
        }
        String origin = Revision.ORIGIN_IMPORT + (url.length() > 2000 ? url.substring(0, 2000) : url);
        return digests.ingest(name, fetched.body(), format(fetched), origin, repair);
    }

    private static DigestFormat format(UrlFetcher.Fetched f) {
        String type = f.contentType().map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse("");
        if (type.equals("text/markdown") || type.equals("text/x-markdown")) {
            return DigestFormat.MARKDOWN;
        }
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("jsonlines")) {
            return DigestFormat.JSONL;
        }
        String path = f.finalUrl().getPath() == null ? "" : f.finalUrl().getPath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".md") || path.endsWith(".markdown")) {
            return DigestFormat.MARKDOWN;
        }
        if (path.endsWith(".jsonl") || path.endsWith(".ndjson")) {
            return DigestFormat.JSONL;
        }
        return null;
    }
}
