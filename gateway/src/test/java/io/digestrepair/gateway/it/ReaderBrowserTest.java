package io.digestrepair.gateway.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's page in a real browser (Debian's Chromium through Selenium): search, category
 * chips and the URL, neighbouring days, keyboard, phone width, and digest text that stays text.
 * Three days of the same six papers of ours ({@code reader.jsonl}), repaired by the offline engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderBrowserTest {

    private static final List<String> DAYS = List.of("2026-06-07", "2026-06-08", "2026-06-09");

    private EmbeddedGateway gateway;
    private Api api;
    private Browser chromium;
    private WebDriver browser;

    @BeforeAll
    void start() throws IOException {
        Browser.require();
        Services services = Services.shared();
        gateway = EmbeddedGateway.start(services.parser.url(), services.summarizer.url(), Map.of(), Map.of());
        api = gateway.api();
        for (String day : DAYS) {
            Api.Reply created = api.put("/api/digests/" + day, Digests.reader(), "application/x-ndjson");
            assertEquals(201, created.status(), created.toString());
            assertEquals("DONE", api.awaitEnd((String) created.json().get("jobId")).get("state"));
        }
        chromium = Browser.start(1280, 900);
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
    }

    private void open(String pathAndQuery) {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(gateway.url() + pathAndQuery);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElement(By.id("filter-count")).getText().isEmpty());
    }

    private List<WebElement> visiblePapers() {
        return browser.findElements(By.cssSelector("article.paper")).stream().filter(WebElement::isDisplayed).toList();
    }

    private void search(String text) {
        WebElement q = browser.findElement(By.id("q"));
        q.clear();
        q.sendKeys(text);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b ->
                Boolean.TRUE.equals(chromium.js("return new URL(location.href).searchParams.get('q') === arguments[0]", text)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> paper(String day, String arxivId) {
        List<Map<String, Object>> papers = (List<Map<String, Object>>) api.get("/api/digests/" + day).json().get("papers");
        return papers.stream().filter(p -> arxivId.equals(p.get("id"))).findFirst().orElseThrow();
    }

    @Test
    void searchFindsAPaperByAnAuthorAndByAWordOfARepairedField() {
        open("/digests/2026-06-09");
        search("sparck jones");
        List<WebElement> found = visiblePapers();
        assertEquals(1, found.size(), "one paper by Karen Sparck Jones");
        assertTrue(found.getFirst().findElement(By.tagName("h3")).getText().contains("Inverse Document Frequency"));
        assertEquals(List.of("Sparck", "Jones"), found.getFirst().findElements(By.cssSelector(".authors mark")).stream()
                .map(WebElement::getText).toList(), "each word highlighted");
        assertTrue(browser.findElement(By.id("filter-count")).getText().startsWith("1 found"),
                browser.findElement(By.id("filter-count")).getText());

        // a word the repair wrote into the TL;DR of the literate-ranking paper (in English, from the offline engine)
        @SuppressWarnings("unchecked")
        Map<String, Object> tldr = (Map<String, Object>) ((Map<String, Object>) paper("2026-06-09", "2612.00104").get("fields")).get("tldr");
        assertEquals(Boolean.TRUE, tldr.get("repaired"), tldr.toString());
        String word = Arrays.stream(((String) tldr.get("text")).split("[^A-Za-z]+"))
                .filter(w -> w.length() >= 6).max(Comparator.comparingInt(String::length)).orElseThrow();
        search(word);
        List<WebElement> hits = visiblePapers();
        assertFalse(hits.isEmpty(), "found by " + word);
        WebElement paper = browser.findElement(By.id("paper-3"));
        assertTrue(paper.isDisplayed(), "the literate-ranking paper is among the results for " + word);
        List<WebElement> marks = paper.findElements(By.cssSelector(".field-tldr .text mark"));
        assertFalse(marks.isEmpty(), "the repaired TL;DR highlights " + word);
        assertTrue(marks.getFirst().getText().equalsIgnoreCase(word));
        assertTrue(browser.getCurrentUrl().contains("q=" + word), browser.getCurrentUrl());

        // a word only the original (Chinese) text has: the search reads the originals too
        search("两阶段框架");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> visiblePapers().size() == 6);
        assertTrue(browser.findElement(By.id("filter-count")).getText().startsWith("6 found"), "every paper whose original method says so");
    }

    @Test
    void aCategoryChipAndTheUrlFilterAgree() {
        open("/digests/2026-06-08");
        WebElement chip = browser.findElement(By.cssSelector("#chips .chip[data-cat='cs.IR']"));
        assertTrue(chip.getText().endsWith("2"), chip.getText());
        chip.click();
        assertTrue(browser.getCurrentUrl().endsWith("?cat=cs.IR"), browser.getCurrentUrl());
        List<String> clicked = visiblePapers().stream().map(e -> e.getDomAttribute("id")).toList();
        assertEquals(List.of("paper-2", "paper-3"), clicked);
        assertEquals("true", chip.getDomAttribute("aria-pressed"));

        open("/digests/2026-06-08?cat=cs.IR");
        assertEquals(clicked, visiblePapers().stream().map(e -> e.getDomAttribute("id")).toList(), "the URL shows what the chip showed");
        assertEquals("true", browser.findElement(By.cssSelector("#chips .chip[data-cat='cs.IR']")).getDomAttribute("aria-pressed"));
        assertEquals("2 of 6 papers", browser.findElement(By.id("filter-count")).getText());

        // and with a search and a status in the URL too
        open("/digests/2026-06-08?cat=cs.CL&q=consensus&status=repaired");
        assertEquals(List.of("paper-1"), visiblePapers().stream().map(e -> e.getDomAttribute("id")).toList());
        assertEquals("consensus", browser.findElement(By.id("q")).getDomProperty("value"));
        assertEquals("repaired", new Select(browser.findElement(By.id("status-filter"))).getFirstSelectedOption().getDomAttribute("value"));
    }

    @Test
    void prevAndNextReachTheNeighbouringDaysAndThePickerAnyDay() {
        open("/digests/2026-06-08");
        browser.findElement(By.cssSelector("a[rel=next]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("/digests/2026-06-09"));
        assertTrue(browser.findElements(By.cssSelector("a[rel=next]")).isEmpty(), "the newest day has no next");
        browser.findElement(By.cssSelector("a[rel=prev]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("/digests/2026-06-08"));
        browser.findElement(By.cssSelector("a[rel=prev]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("/digests/2026-06-07"));
        assertTrue(browser.findElements(By.cssSelector("a[rel=prev]")).isEmpty(), "the oldest day has no prev");

        Select day = new Select(browser.findElement(By.id("day")));
        assertEquals(List.of("2026-06-09", "2026-06-08", "2026-06-07"), day.getOptions().stream().map(WebElement::getText).toList());
        day.selectByValue("2026-06-09");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("/digests/2026-06-09"));

        // the index: newest first, with state, formats and engine
        browser.get(gateway.url() + "/");
        List<String> names = browser.findElements(By.cssSelector("li.digest a.name")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("2026-06-09", "2026-06-08", "2026-06-07"), names.subList(0, 3));
        WebElement first = browser.findElement(By.cssSelector("li.digest"));
        assertEquals("repaired", first.findElement(By.cssSelector(".state")).getText());
        assertTrue(first.findElement(By.cssSelector(".engine")).getText().startsWith("offline"));
        assertFalse(first.findElements(By.cssSelector("a[href='/digests/2026-06-09.atom']")).isEmpty());
        assertFalse(first.findElements(By.cssSelector("a[href='/digests/2026-06-09.jsonl']")).isEmpty());
    }

    @Test
    void theKeyboardMovesBetweenPapersOpensOneAndSearches() {
        open("/digests/2026-06-09");
        Actions keys = new Actions(browser);
        keys.sendKeys("j").perform();
        assertEquals("paper-0", chromium.js("return document.activeElement.id"));
        keys.sendKeys("j").perform();
        keys.sendKeys(Keys.ARROW_RIGHT).perform();
        // page order: the papers by category, cs.CL (0, 1, 5) first
        assertEquals("paper-5", chromium.js("return document.activeElement.id"));
        keys.sendKeys("k").perform();
        assertEquals("paper-1", chromium.js("return document.activeElement.id"));
        keys.sendKeys(Keys.ARROW_LEFT).perform();
        assertEquals("paper-0", chromium.js("return document.activeElement.id"));
        keys.sendKeys("j").perform();
        assertTrue(browser.findElement(By.id("paper-1")).getDomAttribute("class").contains("current"));
        keys.sendKeys("o").perform();
        assertEquals(Boolean.TRUE, chromium.js("return document.querySelector('#paper-1 details').open"));
        keys.sendKeys("/").perform();
        assertEquals("q", chromium.js("return document.activeElement.id"));
        // j and k typed into the search box are text, not moves
        keys.sendKeys("jk").perform();
        assertEquals("jk", browser.findElement(By.id("q")).getDomProperty("value"));
    }

    @Test
    void onAPhoneNothingIsWiderThanTheScreen() {
        browser.get(gateway.url() + "/digests/2026-06-09");
        browser.manage().window().setSize(new Dimension(390, 844));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElement(By.id("filter-count")).getText().isEmpty());
        chromium.js("document.querySelectorAll('details').forEach(d => d.open = true)");
        assertEquals(Boolean.TRUE, chromium.js("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
                "no sideways scrolling at 390 px");
        assertTrue(browser.findElement(By.id("q")).getRect().getWidth() <= 390);
        browser.get(gateway.url() + "/");
        assertEquals(Boolean.TRUE, chromium.js("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "the index too");
    }

    @Test
    void aScriptPlantedInATitleAnAuthorAndAFieldStaysInertInResultsAndHighlights() {
        open("/digests/2026-06-07");
        search("pwned");
        List<WebElement> found = visiblePapers();
        assertEquals(List.of("paper-5"), found.stream().map(e -> e.getDomAttribute("id")).toList());
        WebElement paper = found.getFirst();
        assertTrue(paper.findElement(By.tagName("h3")).getText().contains("<script>window.__pwned = 1;"), "the title shows the markup as text");
        assertTrue(paper.findElement(By.cssSelector(".authors")).getText().contains("<script>window.__pwned = 3;</script>Evil"));
        assertFalse(paper.findElements(By.cssSelector("h3 mark, .authors mark")).isEmpty(), "highlighted in title and authors");
        // the originals, where the planted motivation is, are read by the search and shown on demand
        paper.findElement(By.cssSelector("a.orig")).click();
        WebElement original = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> paper.findElements(By.cssSelector(".original")).stream().findFirst().orElse(null));
        assertTrue(original.getText().contains("<script>window.__pwned = 6;</script>"), original.getText());
        search("script");
        chromium.js("document.querySelectorAll('details').forEach(d => d.open = true)");
        assertEquals(Boolean.TRUE, chromium.js("return window.__pwned === undefined"), "no planted script ran");
        assertFalse(browser.getTitle().contains("pwned"));
        assertTrue(browser.findElements(By.cssSelector("article.paper script, article.paper img, mark script, mark img")).isEmpty(),
                "no element was made from digest text");
        assertFalse(paper.findElements(By.cssSelector("mark.q")).isEmpty(), "the word is highlighted as text");

        // the preferences highlight it too, as text
        chromium.js("localStorage.setItem('preferredAuthors', JSON.stringify(['Mallory <script>window.__pwned = 3;</script>']));"
                + "localStorage.setItem('preferredKeywords', JSON.stringify(['<img src=x onerror=window.__pwned=8>', 'Retrieval']));");
        open("/digests/2026-06-07");
        assertEquals(Boolean.TRUE, chromium.js("return window.__pwned === undefined"));
        assertTrue(browser.findElement(By.id("paper-5")).getDomAttribute("class").contains("preferred"));
        assertTrue(browser.findElement(By.cssSelector("#paper-5 .badge.match")).getText().startsWith("matches Mallory <script>"));
        assertTrue(browser.findElement(By.id("paper-2")).getDomAttribute("class").contains("preferred"), "Retrieval in its title");
        assertFalse(browser.findElement(By.id("paper-4")).getDomAttribute("class").contains("preferred"));
        assertEquals(browser.findElements(By.cssSelector("article.paper.preferred")).size() + " papers match",
                browser.findElement(By.id("pref-count")).getDomProperty("textContent"), "said inside the closed preferences");
        assertTrue(browser.findElements(By.cssSelector("article.paper script, article.paper img")).isEmpty());
        chromium.js("localStorage.clear()");
    }
}
