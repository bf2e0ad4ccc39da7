package io.digestrepair.gateway.it;

import java.util.Map;

/**
 * The real services, started once per test JVM from their jars and shared by the tests; stopped
 * when the JVM exits: parser-service, summarizer-service with the offline engine, and (when a
 * test asks) the llm-simulator with a second summarizer-service that uses it as its LLM.
 */
public final class Services {

    private static Services shared;
    private static Llm llm;
    private static ServiceProcess otherModel;

    public final ServiceProcess parser;
    public final ServiceProcess summarizer;

    /** The simulator and a summarizer configured with it as an OpenAI-compatible endpoint. */
    public record Llm(ServiceProcess simulator, ServiceProcess summarizer) {
    }

    private Services(ServiceProcess parser, ServiceProcess summarizer) {
        this.parser = parser;
        this.summarizer = summarizer;
    }

    public static synchronized Services shared() {
        if (shared == null) {
            ServiceProcess parser = ServiceProcess.start("parser-service", Map.of());
            ServiceProcess summarizer = ServiceProcess.start("summarizer-service", Map.of("LLM_PROVIDER", "offline"));
            shared = new Services(parser, summarizer);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                summarizer.close();
                parser.close();
            }));
        }
        return shared;
    }

    public static synchronized Llm llm() {
        if (llm == null) {
            ServiceProcess simulator = ServiceProcess.start("llm-simulator", Map.of());
            ServiceProcess summarizer = ServiceProcess.start("summarizer-service", Map.of(
                    "LLM_PROVIDER", "openai",
                    "OPENAI_BASE_URL", simulator.url() + "/v1",
                    "OPENAI_API_KEY", "test-key",
                    "MODEL_NAME", MODEL));
            llm = new Llm(simulator, summarizer);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                summarizer.close();
                simulator.close();
            }));
        }
        return llm;
    }

    /**
     * A second summarizer on the same simulator with another model, standing for the first one
     * restarted with a new {@code MODEL_NAME}.
     */
    public static synchronized ServiceProcess llmOtherModel() {
        if (otherModel == null) {
            ServiceProcess summarizer = ServiceProcess.start("summarizer-service", Map.of(
                    "LLM_PROVIDER", "openai",
                    "OPENAI_BASE_URL", llm().simulator().url() + "/v1",
                    "OPENAI_API_KEY", "test-key",
                    "MODEL_NAME", OTHER_MODEL));
            otherModel = summarizer;
            Runtime.getRuntime().addShutdownHook(new Thread(summarizer::close));
        }
        return otherModel;
    }

    public static final String MODEL = "simulated-model";
    public static final String OTHER_MODEL = "simulated-model-2";
}
