package io.digestrepair.gateway.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.digestrepair.gateway.it.Api.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end through the gateway, with the real summarizer-service (its LangChain4j models) on the
 * llm-simulator's provider profiles: DeepSeek with the README's settings and a local reasoning model are
 * answered by the LLM; an account that cannot pay, a refused key or an unknown model ends the job through the
 * offline engine after a handful of calls, and says why in the job JSON, on the page (in a real browser) and
 * in the CLI's summary line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LlmProvidersTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int CONCURRENCY = 4;
    private static final int PAPERS = 24;

    private ServiceProcess simulator;
    private SummarizerProxy proxy;
    private EmbeddedGateway gateway;
    private Api api;
    private Api sim;

    @BeforeAll
    void start() {
        Services services = Services.shared();
        simulator = ServiceProcess.start("llm-simulator", Map.of());
        sim = new Api(simulator.url());
        proxy = new SummarizerProxy(services.summarizer.url());
        gateway = EmbeddedGateway.start(services.parser.url(), proxy.url(), Map.of(),
                Map.of("gateway.summarizer-info-ttl", "200ms"));
        api = gateway.api();
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    /** A summarizer configured as a user would, on the simulator's OpenAI-compatible endpoint. */
    private ServiceProcess summarizer(String model, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of("OPENAI_API_KEY", "sk-test",
                "OPENAI_BASE_URL", simulator.url() + "/v1", "MODEL_NAME", model,
                "LLM_MAX_CONCURRENCY", Integer.toString(CONCURRENCY)));
        env.putAll(more);
        ServiceProcess s = ServiceProcess.start("summarizer-service", env);
        proxy.target(s.url());
        return s;
    }

    private void simulate(Map<String, Object> settings) {
        StringBuilder json = new StringBuilder("{");
        settings.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": \"")
                .append(v).append('"'));
        Api.Reply r = sim.put("/admin/faults", json.append('}').toString().getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(200, r.status(), r.toString());
        assertEquals(200, sim.post("/admin/reset", null).status());
    }

    private int simulatorRequests() {
        return number(sim.get("/stats").json(), "requests");
    }

    private Map<String, Object> repair(String name, int papers) {
        Api.Reply created = api.put("/api/digests/" + name, Samples.chineseJsonl(name, papers), "application/x-ndjson");
        assertEquals(201, created.status(), created.toString());
        Map<String, Object> job = api.awaitEnd((String) created.json().get("jobId"));
        assertEquals("DONE", job.get("state"), job.toString());
        return job;
    }

    @SuppressWarnings("unchecked")
    private double llmShare(String name) {
        int all = 0;
        int llm = 0;
        for (Map<String, Object> p : (List<Map<String, Object>>) api.get("/api/digests/" + name).json().get("papers")) {
            for (Map<String, Object> f : ((Map<String, Map<String, Object>>) p.get("fields")).values()) {
                if (Boolean.TRUE.equals(f.get("repaired"))) {
                    all++;
                    if (!"offline".equals(((Map<String, Object>) f.get("provenance")).get("engine"))) {
                        llm++;
                    }
                }
            }
        }
        assertEquals(PAPERS * 5, all, "every field repaired");
        return (double) llm / all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> llm(Map<String, Object> job) {
        Map<String, Object> llm = (Map<String, Object>) job.get("llm");
        assertNotNull(llm, job.toString());
        return llm;
    }

    @Test
    @SuppressWarnings("unchecked")
    void deepSeekWithTheReadmesSettingsIsWrittenByTheLlm() {
        simulate(Map.of("SIM_PROFILE", "deepseek"));
        try (ServiceProcess s = summarizer("deepseek-chat", Map.of("LLM_PRICE_INPUT_PER_MTOK", "0.27",
                "LLM_PRICE_OUTPUT_PER_MTOK", "1.10"))) {
            Map<String, Object> job = repair("deepseek-ok", PAPERS);
            double share = llmShare("deepseek-ok");
            assertTrue(share >= 0.99, "fields written by the LLM: " + share);
            double perPaper = (double) simulatorRequests() / PAPERS;
            assertTrue(perPaper <= 1.05, perPaper + " requests per paper");
            assertEquals("ok", llm(job).get("state"), job.toString());
            Map<String, Object> tokens = (Map<String, Object>) job.get("tokens");
            assertTrue(number(tokens, "prompt") > 0 && number(tokens, "cached") > 0, tokens.toString());
            assertTrue(((Number) job.get("cost")).doubleValue() > 0, job.toString());
            assertTrue(api.get("/digests/deepseek-ok").text().contains("estimated cost"), "the page shows the cost");
        }
    }

    @Test
    void aLocalReasoningModelIsWrittenByTheLlm() {
        simulate(Map.of("SIM_PROFILE", "reasoning"));
        try (ServiceProcess s = summarizer("qwen3:8b", Map.of())) {
            repair("reasoning-ok", PAPERS);
            double share = llmShare("reasoning-ok");
            assertTrue(share >= 0.99, "fields written by the LLM: " + share);
            double perPaper = (double) simulatorRequests() / PAPERS;
            assertTrue(perPaper <= 1.05, perPaper + " requests per paper");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "deepseek, no_balance, 402, top up the account",
            "openai, no_balance, 429, top up the account",
            "openai, bad_key, 401, check OPENAI_API_KEY",
            "openai, unknown_model, 404, check MODEL_NAME",
    })
    void anAccountErrorEndsTheJobOfflineAndSaysWhyEverywhere(String profile, String account, int status, String remedy)
            throws Exception {
        simulate(Map.of("SIM_PROFILE", profile, "SIM_ACCOUNT", account, "SIM_LATENCY_MS", 100));
        String name = "refused-" + profile + "-" + account.replace('_', '-');
        try (ServiceProcess s = summarizer("main-model", Map.of())) {
            Path dir = Files.createTempDirectory("cli-");
            Path file = Files.write(dir.resolve(name + ".jsonl"), Samples.chineseJsonl(name, PAPERS));
            String out = cli("repair", file.toString(), "-o", dir.resolve("out").toString(), "--gateway", gateway.url(),
                    "--progress", "lines");

            String jobId = (String) api.get("/api/digests/" + name).json().get("repairedBy");
            Map<String, Object> job = api.job(jobId);
            assertEquals("DONE", job.get("state"), job.toString());
            assertEquals(0.0, llmShare(name), "the offline engine wrote every field");
            int calls = simulatorRequests();
            assertTrue(calls <= CONCURRENCY + 1, calls + " calls spent discovering " + account);

            Map<String, Object> llm = llm(job);
            assertEquals("stopped", llm.get("state"), job.toString());
            assertTrue(((String) llm.get("reason")).contains("HTTP " + status), llm.toString());
            assertEquals(PAPERS, number(llm, "offlinePapers"));
            String banner = (String) llm.get("banner");
            assertTrue(banner.contains(PAPERS + " papers were written by the offline engine; " + remedy)
                    && banner.endsWith("then repair again with ?upgrade=offline."), banner);

            assertTrue(out.contains("LLM stopped: ") && out.contains("HTTP " + status), out);
            if (profile.equals("deepseek")) {
                assertTrue(banner.contains("Insufficient Balance"), banner);
                assertBannerInBrowser(name, status);
            }
        }
    }

    /** The CLI as a user runs it (its shaded jar); its standard output and error. */
    private static String cli(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", ServiceProcess.jar("cli").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), out);
        return out;
    }

    private void assertBannerInBrowser(String name, int status) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("Chromium and chromedriver from Debian's packages are needed");
            }
            System.err.println("LlmProvidersTest: no Chromium here, the banner is checked in the HTML only");
            assertTrue(api.get("/digests/" + name).text().contains("id=\"llm-banner\""));
            return;
        }
        Path profileDir = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profileDir);
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        try {
            browser.get(gateway.url() + "/digests/" + name);
            var banner = browser.findElement(By.id("llm-banner"));
            assertTrue(banner.isDisplayed());
            String text = banner.getText();
            assertTrue(text.contains("HTTP " + status) && text.contains("written by the offline engine")
                    && text.contains("?upgrade=offline"), text);
        } finally {
            browser.quit();
        }
    }
}
