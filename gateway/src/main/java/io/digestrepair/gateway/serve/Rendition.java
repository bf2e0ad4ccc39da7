package io.digestrepair.gateway.serve;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.IllegalReferenceCountException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response body made once and served many times: the bytes, their gzip, strong ETags for both,
 * and off-heap copies so that a response is written to the socket without copying the body.
 */
public final class Rendition {

    private final String contentType;
    private final byte[] body;
    private final byte[] gzip;
    private final String etag;
    private final String gzipEtag;
    private final Map<String, String> headers;
    private final ByteBuf direct;
    private final ByteBuf directGzip;

    public Rendition(String contentType, byte[] body, Map<String, String> headers) {
        this.contentType = contentType;
        this.body = body;
        this.gzip = gzip(body);
        String hash = sha256(body).substring(0, 32);
        this.etag = "\"" + hash + "\"";
        this.gzipEtag = "\"" + hash + "-gz\"";
        this.headers = Map.copyOf(headers);
        this.direct = Unpooled.directBuffer(body.length).writeBytes(body);
        this.directGzip = Unpooled.directBuffer(gzip.length).writeBytes(gzip);
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public byte[] gzip() {
        return gzip;
    }

    public String etag(boolean gzipped) {
        return gzipped ? gzipEtag : etag;
    }

    public boolean matches(String etagValue) {
        return etag.equals(etagValue) || gzipEtag.equals(etagValue);
    }

    /** Headers every response of this body carries. */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * A buffer for one response, released by the server once written. Falls back to a heap copy
     * when the rendition was dropped from the cache (and released) at this very moment.
     */
    public ByteBuf buffer(boolean gzipped) {
        ByteBuf source = gzipped ? directGzip : direct;
        try {
            return source.retainedDuplicate();
        } catch (IllegalReferenceCountException e) {
            return Unpooled.wrappedBuffer(gzipped ? gzip : body);
        }
    }

    /** Gives back the off-heap copies; responses still being written keep theirs until done. */
    void release() {
        if (direct.refCnt() > 0) {
            direct.release();
        }
        if (directGzip.refCnt() > 0) {
            directGzip.release();
        }
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
