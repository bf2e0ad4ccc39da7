package io.digestrepair.gateway.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.inject.Singleton;

/**
 * Renders the precompiled jte templates (src/main/jte, compiled at build time, HTML-escaping
 * every value). Micronaut Views is not published for Micronaut 5, so the engine is used directly.
 */
@Singleton
public class PageRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public byte[] index(PageViews.IndexPage page) {
        return render("index.jte", "page", page);
    }

    public byte[] digest(PageViews.DigestPage page) {
        return render("digest.jte", "page", page);
    }

    public byte[] original(PageViews.DigestPage page) {
        return render("original.jte", "page", page);
    }

    private byte[] render(String template, String param, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, java.util.Map.of(param, model), out);
        byte[] bytes = new byte[out.getContentLength()];
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream(bytes.length);
        try {
            out.writeTo(sink);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sink.toByteArray();
    }
}
