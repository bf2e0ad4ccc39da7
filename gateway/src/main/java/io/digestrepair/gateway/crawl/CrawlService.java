package io.digestrepair.gateway.crawl;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.LineProblem;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.gateway.digest.DigestChanged;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.parser.Parser;
import io.digestrepair.gateway.remote.RemoteRejectedException;
import io.digestrepair.gateway.remote.ServiceUnavailableException;
import io.digestrepair.gateway.store.CrawlRepository;
import io.digestrepair.gateway.store.DigestRepository;
import io.digestrepair.support.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crawls beside the digests: each stored as the crawl of its day (never as a revision of a
 * digest), and used on request to bring back the papers a digest of that day lacks.
 */
@Singleton
public class CrawlService {

    /** The pipeline does not publish a paper again that a digest of these days before holds. */
    public static final int DAYS_BEFORE = 7;
    private static final Pattern NEW_STYLE_ID = Pattern.compile("^(\\d{2})(\\d{2})\\.\\d{4,5}$");

    private final CrawlRepository crawls;
    private final DigestRepository digests;
    private final Parser parser;
    private final JsonMapper json;
    private final ApplicationEventPublisher<DigestChanged> events;
    private final Clock clock = Clock.systemUTC();

    public CrawlService(CrawlRepository crawls, DigestRepository digests, Parser parser, JsonMapper json,
                        ApplicationEventPublisher<DigestChanged> events) {
        this.crawls = crawls;
        this.digests = digests;
        this.parser = parser;
        this.json = json;
        this.events = events;
    }

    /**
     * Stores a body the parser read as a crawl under the day its name gives.
     *
     * @throws ProblemException 422 for a name without a day, broken lines, or the papers of another day
     */
    public Crawl store(String name, byte[] body, ParseResult parsed, String origin) {
        LocalDate date = DigestDate.of(name).orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
                "'" + name + "' is a crawl (rows without AI), and a crawl is named by its day as the pipeline writes it: "
                        + "data/<date>.jsonl, e.g. 2026-06-16", null, "name"));
        if (!parsed.problems().isEmpty()) {
            LineProblem first = parsed.problems().getFirst();
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "crawl of " + date + ", line " + first.line() + ": "
                    + first.message() + (parsed.problems().size() > 1 ? " (and " + (parsed.problems().size() - 1)
                    + " more broken lines)" : "") + ": a crawl is kept whole or not at all", first.line(), "body");
        }
        otherDay(date, parsed.papers()).ifPresent(p -> {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "the crawl named " + date + " holds papers of another day: "
                    + "line " + p.line() + " is " + p.id() + ", and fewer than half its papers are from " + yymm(date)
                    + " or the month before", p.line(), "body");
        });
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(parsed.papers().stream().map(Paper::id)
                .filter(id -> id != null && !id.isBlank()).toList()));
        Crawl crawl = crawls.put(date, body, sha256(body), ids, origin, clock.instant());
        // the pages of the day's digests now say what the crawl holds that they lack
        for (Revision r : digests.currentRevisions()) {
            if (DigestDate.of(r.name()).filter(date::equals).isPresent()) {
                events.publishEvent(new DigestChanged(r.name(), r.revision()));
            }
        }
        return crawl;
    }

    /**
     * New-style arXiv ids start with the month they were submitted ({@code 2606.} for June 2026): a
     * day's crawl holds that month's papers, and the month before's early in a month. The first
     * paper of another month when fewer than half are of these two.
     */
    static Optional<Paper> otherDay(LocalDate date, List<Paper> papers) {
        Set<String> months = Set.of(yymm(date), yymm(date.minusMonths(1)));
        int dated = 0;
        int inMonth = 0;
        Paper first = null;
        for (Paper p : papers) {
            Matcher m = p.id() == null ? null : NEW_STYLE_ID.matcher(p.id());
            if (m == null || !m.matches()) {
                continue;
            }
            dated++;
            if (months.contains(m.group(1) + m.group(2))) {
                inMonth++;
            } else if (first == null) {
                first = p;
            }
        }
        return dated > 0 && inMonth * 2 < dated ? Optional.ofNullable(first) : Optional.empty();
    }

    private static String yymm(LocalDate d) {
        return String.format("%02d%02d", d.getYear() % 100, d.getMonthValue());
    }

    public Optional<Crawl> find(LocalDate date) {
        return crawls.find(date);
    }

    public List<Crawl> all() {
        return crawls.all();
    }

    /** The crawl a restore of this digest needs, or the 4xx that says what is missing. */
    public Crawl requireFor(String digestName) {
        LocalDate date = DigestDate.of(digestName).orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
                "digest " + digestName + " has no day in its name (e.g. 2026-06-16.md or 2026-06-16_AI_enhanced_Chinese.jsonl): "
                        + "a restore needs the crawl of its day", null, "name"));
        return crawls.find(date).orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT,
                "no crawl of " + date + " is stored: upload the pipeline's data/" + date + ".jsonl first "
                        + "(PUT /api/digests/" + date + ", or ./digest-repair repair --restore-dropped data/" + date + ".jsonl ...)",
                null, "crawl"));
    }

    /**
     * The revision's source with the crawl's papers it lacks, and that the digests of the
     * {@link #DAYS_BEFORE} days before lack too, added in its own layout with empty fields.
     */
    public RestoreResult restore(Revision revision, byte[] source, Crawl crawl) {
        byte[] crawlBytes = crawls.source(crawl.date()).orElseThrow(() -> ProblemException.notFound("no crawl of " + crawl.date()));
        try {
            return parser.restore(source, revision.format(), crawlBytes, List.copyOf(idsBefore(crawl.date())));
        } catch (RemoteRejectedException e) {
            var p = e.problem();
            String detail = "crawl".equals(p.field()) ? "the crawl of " + crawl.date() + " cannot restore " + revision.name() + ": "
                    + p.detail() : p.detail();
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, detail, p.line(), p.field(), e);
        } catch (ServiceUnavailableException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "parser-service is unavailable; try again shortly", null, null, e);
        }
    }

    /** Papers the digests of the days before hold: the pipeline leaves them out of a day on purpose. */
    Set<String> idsBefore(LocalDate date) {
        Set<String> ids = new HashSet<>();
        for (Revision r : digests.currentRevisions()) {
            Optional<LocalDate> day = DigestDate.of(r.name());
            if (day.isEmpty() || !day.get().isBefore(date) || day.get().isBefore(date.minusDays(DAYS_BEFORE))) {
                continue;
            }
            parsed(r).ifPresent(p -> p.papers().forEach(paper -> {
                if (paper.id() != null) {
                    ids.add(paper.id());
                }
            }));
        }
        return ids;
    }

    /**
     * What the page says of a digest whose day's crawl is known: how many of the crawl's papers it lacks
     * (leaving out those of the days before).
     */
    public Optional<Missing> missing(Revision revision, ParseResult parsed) {
        Optional<LocalDate> date = DigestDate.of(revision.name());
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Optional<Crawl> crawl = crawls.find(date.get());
        if (crawl.isEmpty()) {
            return Optional.empty();
        }
        Set<String> held = new HashSet<>();
        parsed.papers().forEach(p -> held.add(p.id()));
        List<String> lacking = crawl.get().ids().stream().filter(id -> !held.contains(id)).toList();
        int missing = lacking.size();
        if (missing > 0) {
            Set<String> before = idsBefore(date.get());
            missing = (int) lacking.stream().filter(id -> !before.contains(id)).count();
        }
        return Optional.of(new Missing(date.get(), crawl.get().papers(), missing));
    }

    /** @param notInDigest the crawl's papers the digest lacks, that no digest of the days before holds */
    public record Missing(LocalDate crawlDate, int crawlPapers, int notInDigest) {
    }

    private Optional<ParseResult> parsed(Revision r) {
        try {
            return digests.parseJson(r.name(), r.revision()).map(text -> {
                try {
                    return json.readValue(text, ParseResult.class);
                } catch (IOException e) {
                    return null;
                }
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean isCrawl(ParseResult parsed) {
        return parsed.format() == DigestFormat.CRAWL;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
