package io.digestrepair.gateway.serve;

import io.micronaut.core.annotation.Nullable;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's StAX writer, which escapes every text and
 * attribute. What the RFC requires and feed readers check: {@code feed} with {@code id},
 * {@code title}, {@code updated} and an {@code author} (4.1.1: required at feed level unless every
 * entry has one, and a paper may list none); each {@code entry} with {@code id} (an absolute IRI,
 * 4.2.6), {@code title}, {@code updated}, {@code link rel="alternate"}, a {@code summary}
 * (the TL;DR, what a reader lists) and {@code content type="html"}, the five fields as escaped HTML (4.1.3.3). Timestamps are RFC 3339
 * in UTC.
 */
public final class AtomFeed {

    public static final String TYPE = "application/atom+xml; charset=utf-8";
    private static final String NS = "http://www.w3.org/2005/Atom";

    /**
     * @param self      this feed's own path ({@code rel="self"})
     * @param alternate the page it is the feed of
     */
    public record Feed(String id, String title, @Nullable String subtitle, String self, String alternate, Instant updated,
                       List<Entry> entries) {
    }

    /** @param pdf the paper's PDF, as a {@code rel="related"} link */
    public record Entry(String id, String title, String link, @Nullable String pdf, List<String> authors,
                        List<String> categories, String summary, String contentHtml, Instant updated) {
    }

    private AtomFeed() {
    }

    /** A stable IRI for something without a URL of its own (a feed, a paper without arXiv id). */
    public static String urn(String what) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("digest-repair:" + what).getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] write(Feed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + feed.entries().size() * 2048);
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            text(w, "id", feed.id());
            text(w, "title", feed.title());
            if (feed.subtitle() != null) {
                text(w, "subtitle", feed.subtitle());
            }
            text(w, "updated", time(feed.updated()));
            link(w, "self", feed.self(), "application/atom+xml");
            link(w, "alternate", feed.alternate(), "text/html");
            w.writeStartElement("author");
            text(w, "name", "digest-repair");
            w.writeEndElement();
            w.writeStartElement("generator");
            w.writeCharacters("digest-repair");
            w.writeEndElement();
            for (Entry e : feed.entries()) {
                w.writeCharacters("\n");
                w.writeStartElement("entry");
                text(w, "id", e.id());
                text(w, "title", e.title());
                text(w, "updated", time(e.updated()));
                link(w, "alternate", e.link(), "text/html");
                if (e.pdf() != null) {
                    link(w, "related", e.pdf(), "application/pdf");
                }
                for (String a : e.authors()) {
                    if (!a.isBlank()) {
                        w.writeStartElement("author");
                        text(w, "name", a);
                        w.writeEndElement();
                    }
                }
                for (String c : e.categories()) {
                    w.writeEmptyElement("category");
                    w.writeAttribute("term", clean(c));
                }
                w.writeStartElement("summary");
                w.writeAttribute("type", "text");
                w.writeCharacters(clean(e.summary()));
                w.writeEndElement();
                w.writeStartElement("content");
                w.writeAttribute("type", "html");
                w.writeCharacters(clean(e.contentHtml()));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("feed not written", ex);
        }
        return out.toByteArray();
    }

    /** The five fields as HTML, each text escaped: what {@code content type="html"} carries. */
    public static String html(List<String[]> labelAndText) {
        StringBuilder sb = new StringBuilder();
        for (String[] lt : labelAndText) {
            sb.append("<p><strong>").append(escape(lt[0])).append(":</strong> ").append(escape(lt[1])).append("</p>");
        }
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** XML 1.0 cannot carry most control characters, even escaped: a digest's stray ones are dropped. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isSurrogate(c);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null && ok) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
