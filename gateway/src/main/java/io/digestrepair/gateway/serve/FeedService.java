package io.digestrepair.gateway.serve;

import io.digestrepair.gateway.digest.DigestName;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.serve.PageViews.FieldCard;
import io.digestrepair.gateway.serve.PageViews.PaperCard;
import io.digestrepair.gateway.serve.PageViews.Section;
import io.digestrepair.gateway.store.DigestRepository;
import io.digestrepair.support.ProblemException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Atom feeds of the served (repaired) papers: one per digest, the newest papers of all digests,
 * and the newest of one category. The two across digests are bounded
 * ({@code gateway.serve.feed-entries}, {@code feed-digests}) so that a store of years of digests
 * makes a feed of the same size as a store of a week.
 */
@Singleton
public class FeedService {

    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final ServeService serve;
    private final DigestRepository digests;
    private final ServeProperties properties;

    public FeedService(ServeService serve, DigestRepository digests, ServeProperties properties) {
        this.serve = serve;
        this.digests = digests;
        this.properties = properties;
    }

    public java.util.concurrent.CompletableFuture<Rendition> digest(String name) {
        DigestName.problem(name).ifPresent(p -> {
            throw ProblemException.badRequest(p);
        });
        return serve.serve("feed:digest:" + name, () -> digests.stamp(name)
                        .orElseThrow(() -> ProblemException.notFound("no digest named " + name)).file(),
                s -> {
                    ServeService.Reading reading = serve.reading(name, List.of(name));
                    List<AtomFeed.Entry> entries = new ArrayList<>();
                    add(reading, entries, null, Integer.MAX_VALUE);
                    Revision r = reading.state().revision();
                    return rendition(new AtomFeed.Feed(AtomFeed.urn("digest/" + name), name + " · digest-repair",
                            "The papers of " + name + ", repaired", "/digests/" + name + ".atom", "/digests/" + name,
                            updated(r), entries));
                });
    }

    /** The newest papers of every digest; {@code category} null for all of them. */
    public java.util.concurrent.CompletableFuture<Rendition> newest(String category) {
        if (category != null && !CATEGORY.matcher(category).matches()) {
            throw ProblemException.badRequest("category: letters, digits, '.', '_' or '-', at most 40 (e.g. cs.CL), was "
                    + category.substring(0, Math.min(category.length(), 60)));
        }
        String key = category == null ? "feed:all" : "feed:category:" + category;
        return serve.serve(key, digests::shelfStamp, s -> {
            List<Revision> newest = PageModels.newestFirst(digests.currentRevisions());
            List<AtomFeed.Entry> entries = new ArrayList<>();
            Instant updated = Instant.EPOCH;
            int looked = 0;
            for (Revision r : newest) {
                if (entries.size() >= properties.feedEntries() || looked++ >= properties.feedDigests()) {
                    break;
                }
                int before = entries.size();
                add(serve.reading(r.name(), List.of(r.name())), entries, category, properties.feedEntries());
                if (entries.size() > before && updated(r).isAfter(updated)) {
                    updated = updated(r);
                }
            }
            String what = category == null ? "all" : category;
            String self = "/feeds/" + what + ".atom";
            return rendition(new AtomFeed.Feed(AtomFeed.urn("feed/" + what),
                    (category == null ? "Newest papers" : category + ": newest papers") + " · digest-repair",
                    "At most " + properties.feedEntries() + " papers of the newest " + properties.feedDigests() + " digests, repaired",
                    self, "/", updated, entries));
        });
    }

    private static void add(ServeService.Reading reading, List<AtomFeed.Entry> out, String category, int limit) {
        Revision r = reading.state().revision();
        Instant updated = updated(r);
        for (Section s : reading.page().sections()) {
            for (PaperCard p : s.papers()) {
                if (out.size() >= limit) {
                    return;
                }
                if (category != null && p.categories().stream().noneMatch(category::equalsIgnoreCase)) {
                    continue;
                }
                out.add(entry(r.name(), p, updated));
            }
        }
    }

    static AtomFeed.Entry entry(String digest, PaperCard p, Instant updated) {
        String page = "/digests/" + digest + "#" + p.anchor();
        String id = p.url() != null ? p.url() : AtomFeed.urn("paper/" + digest + "/" + p.index());
        String pdf = p.links().stream().filter(l -> l.label().equals("PDF")).map(PageViews.Link::href).findFirst().orElse(null);
        List<String[]> fields = new ArrayList<>();
        List<FieldCard> all = new ArrayList<>();
        if (p.tldr() != null) {
            all.add(p.tldr());
        }
        all.addAll(p.details());
        all.forEach(f -> fields.add(new String[] {f.label(), f.text()}));
        fields.add(new String[] {"Abstract", p.abstractText()});
        List<String> authors = p.authors().isBlank() ? List.of() : List.of(p.authors().split(",\\s*"));
        return new AtomFeed.Entry(id, p.title(), p.url() != null ? p.url() : page, pdf, authors, p.categories(),
                p.tldr() == null ? "" : p.tldr().text(), AtomFeed.html(fields), updated);
    }

    private static Instant updated(Revision r) {
        return r.repairedAt() != null ? r.repairedAt() : r.uploadedAt();
    }

    private static Rendition rendition(AtomFeed.Feed feed) {
        return new Rendition(AtomFeed.TYPE, AtomFeed.write(feed), Map.of());
    }
}
