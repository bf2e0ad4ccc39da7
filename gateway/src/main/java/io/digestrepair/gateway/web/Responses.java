package io.digestrepair.gateway.web;

import io.digestrepair.gateway.serve.Rendition;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.util.Locale;

/** Answers with a rendition: 304 when the client has it, gzip when the client takes it, strong ETags. */
final class Responses {

    /** The page runs only its own script and style, whatever text a digest carries. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private Responses() {
    }

    static MutableHttpResponse<?> of(HttpRequest<?> request, Rendition r) {
        boolean gzip = acceptsGzip(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING));
        String etag = r.etag(gzip);
        MutableHttpResponse<?> response;
        if (notModified(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), r)) {
            response = HttpResponse.notModified();
        } else {
            response = HttpResponse.ok(r.buffer(gzip)).contentType(r.contentType());
            if (gzip) {
                response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (r.contentType().startsWith("text/html")) {
            response.header("Content-Security-Policy", CSP).header("Referrer-Policy", "no-referrer");
        }
        r.headers().forEach(response::header);
        return response;
    }

    static boolean notModified(String ifNoneMatch, Rendition r) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || r.matches(t.startsWith("W/") ? t.substring(2) : t)) {
                return true;
            }
        }
        return false;
    }

    /** gzip listed without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.trim().split(";");
            if (!pieces[0].trim().equals("gzip")) {
                continue;
            }
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        return Double.parseDouble(p.substring(2)) > 0;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }
}
