package io.digestrepair.simulator.profile;

import io.digestrepair.simulator.chat.ChatMessage;
import io.digestrepair.simulator.chat.ChatRequest;
import io.digestrepair.simulator.chat.ResponseFormat;
import io.digestrepair.simulator.wire.OpenAiError;

import java.util.Locale;

/**
 * What each provider refuses, with its own status and error body. Every answer here is taken from the provider's
 * documentation or from its users' bug reports quoting the body; the source is named beside each.
 */
public final class ProviderRules {

    /** An error answer: the status, the OpenAI-style body, and a {@code Retry-After} when the provider sends one. */
    public record Refusal(int status, OpenAiError body, Integer retryAfterSeconds) {
    }

    private ProviderRules() {
    }

    /** The error every call gets in this account state, or null when the account is fine. */
    public static Refusal account(Profile profile, Account account, ChatRequest request) {
        if (account == Account.OK) {
            return null;
        }
        return switch (profile) {
            case OPENAI -> switch (account) {
                // https://platform.openai.com/docs/guides/error-codes ("429 - You exceeded your current quota");
                // body as quoted in langchain-ai/langchainjs#1929 and chatanywhere/GPT_API_free#229: a 429 that
                // is no rate limit, and no Retry-After
                case NO_BALANCE -> refusal(429, "You exceeded your current quota, please check your plan and billing "
                        + "details. For more information on this error, read the docs: "
                        + "https://platform.openai.com/docs/guides/error-codes/api-errors.", "insufficient_quota",
                        "insufficient_quota");
                // body as quoted in continuedev/continue#12660
                case BAD_KEY -> refusal(401, "Incorrect API key provided: sk-...sim0. You can find your API key at "
                        + "https://platform.openai.com/account/api-keys.", "invalid_request_error", "invalid_api_key");
                case UNKNOWN_MODEL -> refusal(404, "The model `" + request.model() + "` does not exist or you do not "
                        + "have access to it.", "invalid_request_error", "model_not_found");
                case OK -> null;
            };
            // https://api-docs.deepseek.com/quick_start/error_codes: 401 Authentication Fails, 402 Insufficient
            // Balance; bodies as quoted in BerriAI/litellm#10403 (401) and continuedev/continue#9942 (402)
            case DEEPSEEK -> switch (account) {
                case NO_BALANCE -> refusal(402, "Insufficient Balance", "unknown_error", "invalid_request_error");
                case BAD_KEY -> refusal(401, "Authentication Fails, Your api key: ****sim0 is invalid",
                        "authentication_error", "invalid_request_error");
                // DeepSeek answers an unknown model name with a 400, not a 404
                case UNKNOWN_MODEL -> refusal(400, "Model Not Exist", "invalid_request_error", "invalid_request_error");
                case OK -> null;
            };
            // Ollama's /v1 wraps its native error (netease-youdao/QAnything#555:
            // 404 {'error': {'message': 'model "x" not found, try pulling it first', 'type': 'api_error', ...}})
            case OLLAMA -> refusal(404, "model \"" + request.model() + "\" not found, try pulling it first",
                    "api_error", null);
            // vLLM: `vllm serve --api-key` answers 401 {"error": "Unauthorized"} (api_server.py's auth middleware);
            // an unserved model name is a 404 NotFoundError "The model `x` does not exist."
            case REASONING -> account == Account.BAD_KEY
                    ? refusal(401, "Unauthorized", "Unauthorized", null)
                    : refusal(404, "The model `" + request.model() + "` does not exist.", "NotFoundError", "404");
        };
    }

    /** The error for a response format the provider does not take, or null. */
    public static Refusal format(Profile profile, ChatRequest request) {
        if (profile != Profile.DEEPSEEK) {
            // OpenAI, Ollama (since 0.5: format schema, and response_format on /v1) and vLLM take all three
            return null;
        }
        ResponseFormat.Type type = request.responseFormat().type();
        if (isDeepSeekReasoner(request) && type != ResponseFormat.Type.TEXT) {
            // gomate-community/TrustRAG#140: 400 {'message': 'deepseek-reasoner does not support Json Output.'}
            return refusal(400, "deepseek-reasoner does not support Json Output.", "invalid_request_error",
                    "invalid_request_error");
        }
        if (type == ResponseFormat.Type.JSON_SCHEMA) {
            // the error of this project's issue 10, also llm-exe/llm-exe#662 and ItzCrazyKns/Vane#969;
            // https://api-docs.deepseek.com/api/create-chat-completion lists only text and json_object
            return refusal(400, "This response_format type is unavailable now", "invalid_request_error",
                    "invalid_request_error");
        }
        if (type == ResponseFormat.Type.JSON_OBJECT && !mentionsJson(request)) {
            // https://api-docs.deepseek.com/guides/json_mode ("Include the word json in the system or user prompt");
            // the message as quoted in browserbase/stagehand#1204
            return refusal(400, "Prompt must contain the word 'json' in some form to use 'response_format' of type "
                    + "'json_object'", "invalid_request_error", "invalid_request_error");
        }
        return null;
    }

    /**
     * A rate limit as the provider sends it. OpenAI sends {@code Retry-After}; DeepSeek's documentation names the
     * 429 but no header (https://api-docs.deepseek.com/quick_start/rate_limit), so none is sent there.
     */
    public static Refusal rateLimited(Profile profile, int retryAfterSeconds) {
        if (profile == Profile.DEEPSEEK) {
            return new Refusal(429, new OpenAiError(new OpenAiError.Body("Rate Limit Reached", "rate_limit_error",
                    null, "rate_limit_exceeded")), null);
        }
        return new Refusal(429, OpenAiError.rateLimited(retryAfterSeconds), retryAfterSeconds);
    }

    /** DeepSeek's reasoning model: https://api-docs.deepseek.com/guides/reasoning_model. */
    public static boolean isDeepSeekReasoner(ChatRequest request) {
        return request.model().toLowerCase(Locale.ROOT).contains("reasoner");
    }

    private static boolean mentionsJson(ChatRequest request) {
        for (ChatMessage m : request.messages()) {
            if (m.content().toLowerCase(Locale.ROOT).contains("json")) {
                return true;
            }
        }
        return false;
    }

    private static Refusal refusal(int status, String message, String type, String code) {
        return new Refusal(status, new OpenAiError(new OpenAiError.Body(message, type, null, code)), null);
    }
}
