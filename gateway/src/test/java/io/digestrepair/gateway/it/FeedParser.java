package io.digestrepair.gateway.it;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads a feed with feedparser, the Python library most feed readers and aggregators are built on
 * (Debian's python3-feedparser, run by Debian's /usr/bin/python3; not a look-alike). Its
 * {@code bozo} flag is set for any feed that is not well-formed or that it had to guess at.
 * Missing, the test fails under {@code CI=true} and is skipped elsewhere.
 */
final class FeedParser {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final String SCRIPT = """
            import feedparser, json, sys
            d = feedparser.parse(sys.argv[1])
            def entry(e):
                return {"id": e.get("id"), "title": e.get("title"), "link": e.get("link"),
                        "links": [{"rel": l.get("rel"), "href": l.get("href"), "type": l.get("type")} for l in e.get("links", [])],
                        "authors": [a.get("name") for a in e.get("authors", [])],
                        "tags": [t.get("term") for t in e.get("tags", [])],
                        "summary": e.get("summary"), "summaryType": e.get("summary_detail", {}).get("type"),
                        "content": [{"type": c.get("type"), "value": c.get("value")} for c in e.get("content", [])],
                        "updated": e.get("updated")}
            print(json.dumps({"bozo": d.bozo, "bozoException": str(d.get("bozo_exception", "")), "version": d.version,
                              "feed": {"id": d.feed.get("id"), "title": d.feed.get("title"), "updated": d.feed.get("updated"),
                                       "links": [{"rel": l.get("rel"), "href": l.get("href")} for l in d.feed.get("links", [])]},
                              "entries": [entry(e) for e in d.entries]}))
            """;

    private FeedParser() {
    }

    static void require() {
        boolean ok = false;
        if (Files.isExecutable(PYTHON)) {
            try {
                Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import feedparser").redirectErrorStream(true).start();
                ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                ok = false;
            }
        }
        if (!ok) {
            String message = "Debian's python3-feedparser is needed (apt-get install python3-feedparser)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
    }

    /** The feed as feedparser sees it. */
    static Map<String, Object> parse(byte[] feed) throws IOException, InterruptedException {
        Path file = Files.createTempFile("feed-", ".atom");
        try {
            Files.write(file, feed);
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT, file.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("feedparser failed: " + err);
            }
            return Api.json(out);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
