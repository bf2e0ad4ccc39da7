package io.digestrepair.gateway.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * A request Netty could not decode (a raw non-ASCII byte in the request line, a line over the
 * limit): the server answers it with an error, but the filters still run for that answer, and the
 * headers of such a request were never read, so no filter may judge it by them.
 */
public final class BadRequestLine {

    private BadRequestLine() {
    }

    public static boolean failed(HttpRequest<?> request) {
        return request instanceof NettyHttpRequest<?> n && n.getNativeRequest().decoderResult().isFailure();
    }

    /** The request line (method, URI, version) was longer than the server reads: RFC 9110's 414. */
    public static boolean uriTooLong(HttpRequest<?> request) {
        return cause(request) instanceof TooLongHttpLineException;
    }

    /** The headers were larger than the server reads: RFC 6585's 431. */
    public static boolean headersTooLarge(HttpRequest<?> request) {
        return cause(request) instanceof TooLongHttpHeaderException;
    }

    private static Throwable cause(HttpRequest<?> request) {
        return request instanceof NettyHttpRequest<?> n ? n.getNativeRequest().decoderResult().cause() : null;
    }
}
