package io.digestrepair.gateway.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (never a downloaded one), at a phone's screen size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    private Services services;
    private SummarizerProxy proxy;
    private EmbeddedGateway gateway;
    private Api api;
    private Browser chromium;
    private WebDriver browser;

    @BeforeAll
    void start() throws IOException {
        Browser.require();
        services = Services.shared();
        String summarizer = services.summarizer.url();
        proxy = new SummarizerProxy(summarizer);
        gateway = EmbeddedGateway.start(services.parser.url(), proxy.url(), Map.of(), Map.of());
        api = gateway.api();
        // a phone
        chromium = Browser.start(390, 844);
        browser = chromium.driver;
    }

    @AfterAll
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    private Object js(String script) {
        return chromium.js(script);
    }

    @Test
    void theRepairedSeedShowsEnglishTldrsBadgesAndTheProgressBarReaches100() {
        proxy.holdAfter(0);
        String jobId;
        try {
            Api.Reply created = api.put("/api/digests/seed", Digests.failedSeed(), "text/markdown");
            assertEquals(201, created.status(), created.toString());
            jobId = (String) created.json().get("jobId");
            api.awaitJob(jobId, j -> "RUNNING".equals(j.get("state")), Duration.ofSeconds(30));

            browser.get(gateway.url() + "/digests/seed");
            WebElement bar = browser.findElement(By.id("job-progress"));
            assertTrue(Integer.parseInt(bar.getDomProperty("value")) < 100, "the job is held: not done yet");
        } finally {
            proxy.release();
        }
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(b -> {
            List<WebElement> percent = b.findElements(By.id("job-percent"));
            List<WebElement> state = b.findElements(By.id("job-state"));
            return !percent.isEmpty() && percent.getFirst().getText().equals("100%")
                    && state.getFirst().getText().equals("DONE");
        });
        assertEquals("100", browser.findElement(By.id("job-progress")).getDomProperty("value"));
        assertEquals("DONE", browser.findElement(By.id("job-state")).getText());

        // the page reloads itself with the repaired fields
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.findElements(By.id("job")).isEmpty());
        List<WebElement> papers = browser.findElements(By.cssSelector("article.paper"));
        assertEquals(7, papers.size());
        for (WebElement paper : papers) {
            String tldr = paper.findElement(By.cssSelector(".field-tldr .text")).getText();
            assertFalse(tldr.isBlank());
            assertFalse(tldr.contains("Summary generation failed"), tldr);
            assertFalse(CJK.matcher(tldr).find(), "English: " + tldr);
            assertTrue(tldr.chars().filter(Character::isLetter).count() > 20, tldr);
            assertFalse(paper.findElements(By.cssSelector(".field-tldr .badge.generated")).isEmpty(), "a badge on the repaired TL;DR");
            assertEquals("repaired", paper.getDomAttribute("data-status"));
        }

        // the original text on demand, from the digest's page of originals
        WebElement first = papers.getFirst();
        assertTrue(first.findElements(By.cssSelector(".original")).isEmpty());
        first.findElement(By.cssSelector("a.orig")).click();
        WebElement original = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> first.findElements(By.cssSelector(".original")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(original.getText().contains("Summary generation failed"), original.getText());
        first.findElement(By.cssSelector("a.orig")).click();
        assertFalse(original.isDisplayed(), "hidden again");

        // the filter by status
        Select filter = new Select(browser.findElement(By.id("status-filter")));
        filter.selectByValue("ok");
        assertEquals(0, browser.findElements(By.cssSelector("article.paper")).stream().filter(WebElement::isDisplayed).count());
        filter.selectByValue("repaired");
        assertEquals(7, browser.findElements(By.cssSelector("article.paper")).stream().filter(WebElement::isDisplayed).count());

        // it reads on a phone: nothing wider than the screen
        assertTrue((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
                "no sideways scrolling at 390 px");
    }

    @Test
    void whileAJobRunsTheCountsAndCardsFollowItWithAnEta() {
        proxy.resetCounts();
        proxy.holdAfter(0);
        try {
            Api.Reply created = api.put("/api/digests/live", Digests.chineseSeed(), "text/markdown");
            assertEquals(201, created.status(), created.toString());
            api.awaitJob((String) created.json().get("jobId"), j -> "RUNNING".equals(j.get("state")), Duration.ofSeconds(30));
            browser.get(gateway.url() + "/digests/live");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("job-state")).getText().equals("RUNNING"));
            assertEquals("0", browser.findElement(By.id("count-repaired")).getText());
            assertEquals("12", browser.findElement(By.id("count-pending")).getText());

            proxy.holdAfter(2);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.findElement(By.id("count-repaired")).getText().equals("2"));
            proxy.holdAfter(5);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.findElement(By.id("count-repaired")).getText().equals("5"));
            assertEquals("7", browser.findElement(By.id("count-pending")).getText());
            assertFalse(browser.findElements(By.id("job")).isEmpty(), "still running: no reload happened");
            List<WebElement> repaired = browser.findElements(By.cssSelector("article.paper[data-status=repaired]"));
            assertEquals(5, repaired.size(), "five cards came back");
            for (WebElement paper : repaired) {
                String tldr = paper.findElement(By.cssSelector(".field-tldr .text")).getText();
                assertFalse(CJK.matcher(tldr).find(), "the card shows the English TL;DR: " + tldr);
                // the offline engine wrote it from the abstract: never "translated"
                assertEquals("from the abstract", paper.findElement(By.cssSelector(".field-tldr .badge.from-abstract")).getText());
                assertEquals("Repaired", paper.findElement(By.cssSelector(".status .badge")).getText());
            }
            assertTrue(CJK.matcher(browser.findElement(By.cssSelector("article.paper[data-status=pending] .field-tldr .text")).getText()).find(),
                    "the others still show what the digest had");
            assertTrue(browser.findElement(By.id("job-counts")).getText().equals("5 / 12"));
            assertTrue(browser.findElement(By.id("job-eta")).getText().matches("about (\\d+ min )?\\d+ s left"),
                    browser.findElement(By.id("job-eta")).getText());
        } finally {
            proxy.release();
        }
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> b.findElements(By.id("job")).isEmpty());
        assertEquals("12", browser.findElement(By.id("count-repaired")).getText());
    }

    @Test
    void anOfflineRepairedChineseFieldSaysFromTheAbstractNeverTranslated() {
        // the summarizer runs the offline engine (Services.shared): it rewrites Chinese fields from the abstract
        Api.Reply created = api.put("/api/digests/seed-zh", Digests.chineseSeed(), "text/markdown");
        assertEquals(201, created.status(), created.toString());
        assertEquals("DONE", api.awaitEnd((String) created.json().get("jobId")).get("state"));

        browser.get(gateway.url() + "/digests/seed-zh");
        List<WebElement> papers = browser.findElements(By.cssSelector("article.paper"));
        assertEquals(12, papers.size());
        assertTrue(browser.findElements(By.cssSelector(".badge.translated")).isEmpty(), "no field claims a translation");
        assertFalse(browser.getPageSource().contains(">translated<"), "no badge reads translated");
        WebElement tldr = papers.getFirst().findElement(By.cssSelector(".field-tldr"));
        WebElement badge = tldr.findElement(By.cssSelector(".badge.from-abstract"));
        assertEquals("from the abstract", badge.getText());
        assertTrue(badge.getDomAttribute("title").endsWith("not translated from zh"), badge.getDomAttribute("title"));
        assertFalse(CJK.matcher(tldr.findElement(By.cssSelector(".text")).getText()).find(), "the TL;DR is English");
        // the original one click away
        String href = papers.getFirst().findElement(By.cssSelector("a.orig")).getDomProperty("href");
        assertTrue(href.contains("/digests/seed-zh/original#"), href);
        browser.get(href);
        String original = browser.findElement(By.cssSelector(".field-tldr .text")).getText();
        assertTrue(CJK.matcher(original).find(), "the Chinese original: " + original);
    }

    @Test
    void aScriptPlantedInAnAbstractDoesNotRun() {
        for (String format : List.of("jsonl", "md")) {
            String name = "planted-" + format;
            Api.Reply created = api.put("/api/digests/" + name, Digests.planted(format),
                    format.equals("md") ? "text/markdown" : "application/x-ndjson");
            assertEquals(201, created.status(), created.toString());
            assertEquals("DONE", api.awaitEnd((String) created.json().get("jobId")).get("state"));

            browser.get(gateway.url() + "/digests/" + name);
            browser.findElements(By.tagName("details")).forEach(d -> js("document.querySelectorAll('details').forEach(e => e.open = true)"));
            assertEquals(Boolean.TRUE, js("return window.__pwned === undefined"), "the planted script did not run (" + format + ")");
            assertFalse(browser.getTitle().contains("pwned"));
            assertTrue(browser.findElements(By.cssSelector("article.paper script, article.paper img")).isEmpty(),
                    "no element was made from digest text");
            String abstractText = (String) js("return document.querySelector('article.paper .abstract').textContent");
            if (format.equals("jsonl")) {
                assertTrue(abstractText.contains("<script>window.__pwned = 1;"), "shown as text: " + abstractText);
                assertTrue(abstractText.contains("<img src=x onerror="), abstractText);
            }
        }
        browser.get(gateway.url() + "/");
        assertEquals(Boolean.TRUE, js("return window.__pwned === undefined"));
        assertFalse(browser.findElements(By.cssSelector("svg.bar rect")).isEmpty(), "a bar per digest");
    }
}
