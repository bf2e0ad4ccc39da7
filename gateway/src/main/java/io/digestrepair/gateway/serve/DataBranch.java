package io.digestrepair.gateway.serve;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.store.DigestRepository;
import io.digestrepair.support.ProblemException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of the pipeline's {@code data} branch, served repaired, so that the pipeline's own
 * front-end reads our output: daily-arXiv-ai-enhanced js/app.js fetches
 * {@code DATA_CONFIG.getDataUrl('assets/file-list.txt')}, keeps the lines matching
 * {@code (\d{4}-\d{2}-\d{2})_AI_enhanced_(English|Chinese)\.jsonl}, and loads
 * {@code data/<date>_AI_enhanced_<Language>.jsonl}, preferring Chinese and else the first language
 * listed for the day (selectLanguageForDate). We list only the target language, so a fork pointed
 * at us shows it. The rows are the repaired JSON Lines digest itself, byte for byte.
 */
@Singleton
public class DataBranch {

    private static final Pattern FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_AI_enhanced_([A-Za-z]+)\\.jsonl");

    private final ServeService serve;
    private final DigestRepository digests;
    private final String language;

    public DataBranch(ServeService serve, DigestRepository digests, @Value("${gateway.language:English}") String language) {
        this.serve = serve;
        this.digests = digests;
        this.language = languageName(language);
    }

    /** The pipeline names its files by the language's English name, capitalised (English, Chinese, Japanese). */
    static String languageName(String language) {
        String l = language.trim();
        return switch (l.toLowerCase(Locale.ROOT)) {
            case "en", "eng", "english" -> "English";
            case "zh", "zh-cn", "chinese" -> "Chinese";
            case "ja", "japanese" -> "Japanese";
            case "ko", "korean" -> "Korean";
            default -> l.isEmpty() ? "English" : Character.toUpperCase(l.charAt(0)) + l.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    public String language() {
        return language;
    }

    public CompletableFuture<Rendition> fileList() {
        return serve.serve("branch:file-list", digests::shelfStamp, s -> {
            StringBuilder sb = new StringBuilder();
            byDate().keySet().forEach(date -> sb.append(fileName(date)).append('\n'));
            return new Rendition("text/plain; charset=utf-8", sb.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        });
    }

    public CompletableFuture<Rendition> data(String file) {
        Matcher m = FILE.matcher(file);
        if (!m.matches()) {
            throw ProblemException.notFound("not a data file: " + clip(file) + " (expected <date>_AI_enhanced_" + language + ".jsonl)");
        }
        if (!m.group(2).equals(language)) {
            throw ProblemException.notFound("this gateway repairs into " + language + ": data/" + m.group(1) + "_AI_enhanced_"
                    + language + ".jsonl");
        }
        return CompletableFuture.supplyAsync(() -> Optional.ofNullable(byDate().get(m.group(1))), serve.blocking())
                .thenCompose(name -> serve.file(name.orElseThrow(() ->
                        ProblemException.notFound("no repaired JSON Lines digest of " + m.group(1))), DigestFormat.JSONL));
    }

    public String fileName(String date) {
        return date + "_AI_enhanced_" + language + ".jsonl";
    }

    /**
     * Repaired JSON Lines digests by the day in their name; of two digests of one day the one
     * uploaded last. Blocking.
     */
    TreeMap<String, String> byDate() {
        TreeMap<String, Revision> best = new TreeMap<>();
        List<Revision> revisions = digests.currentRevisions();
        for (Revision r : revisions) {
            String date = PageModels.dateOf(r.name());
            if (date.isEmpty() || r.format() != DigestFormat.JSONL || !r.repaired()) {
                continue;
            }
            Revision seen = best.get(date);
            if (seen == null || r.uploadedAt().isAfter(seen.uploadedAt())) {
                best.put(date, r);
            }
        }
        TreeMap<String, String> names = new TreeMap<>();
        best.forEach((d, r) -> names.put(d, r.name()));
        return names;
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
