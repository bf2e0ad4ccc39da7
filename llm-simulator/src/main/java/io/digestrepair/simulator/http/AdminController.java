package io.digestrepair.simulator.http;

import io.digestrepair.simulator.Simulator;
import io.digestrepair.simulator.chat.Json;
import io.digestrepair.simulator.fault.InvalidSettingException;
import io.digestrepair.simulator.fault.SimulatorSettings;
import io.digestrepair.simulator.wire.StatsSnapshot;
import io.digestrepair.support.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Run-time control for tests: the fault settings under their environment names, and a reset of the counts.
 * A test tool's admin surface, so it is not protected.
 */
@Controller("/admin")
public class AdminController {

    private final Simulator simulator;

    public AdminController(Simulator simulator) {
        this.simulator = simulator;
    }

    @Get(uri = "/faults", produces = MediaType.APPLICATION_JSON)
    public String faults() {
        return json(simulator.settings());
    }

    /** The environment's settings with the body's replaced: a test states every fault it wants and gets no other. */
    @Put(uri = "/faults", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public String replace(@Nullable @Body String body) {
        return apply(body, simulator::replaceSettings);
    }

    /** The current settings with the body's replaced. */
    @Patch(uri = "/faults", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public String update(@Nullable @Body String body) {
        return apply(body, simulator::updateSettings);
    }

    /** Back to the environment's settings. */
    @Delete(uri = "/faults", produces = MediaType.APPLICATION_JSON)
    public String restore() {
        return json(simulator.replaceSettings(Map.of()));
    }

    /** Zeroes {@code /stats} and forgets earlier attempts, so that a seeded run repeats exactly. */
    @Post(uri = "/reset", produces = MediaType.APPLICATION_JSON)
    public StatsSnapshot reset() {
        return simulator.reset();
    }

    private static String apply(String body, Function<Map<String, String>, SimulatorSettings> change) {
        try {
            return json(change.apply(values(body)));
        } catch (InvalidSettingException e) {
            throw ProblemException.badRequest(e.getMessage(), null, e.setting());
        }
    }

    /** JSON scalars as the text an environment variable would hold; arrays as comma-separated lists. */
    private static Map<String, String> values(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw ProblemException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.badRequest("the body must be a JSON object of settings, e.g. {\""
                    + SimulatorSettings.RATE_429 + "\": 0.1}; known: " + String.join(", ", SimulatorSettings.names()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            if (v.isNumber() || v.isString()) {
                values.put(e.getKey(), v.asString());
            } else if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(item -> items.add(item.asString()));
                values.put(e.getKey(), String.join(",", items));
            } else {
                throw ProblemException.badRequest(e.getKey() + " must be a number or a string", null, e.getKey());
            }
        }
        return values;
    }

    private static String json(SimulatorSettings settings) {
        return Json.MAPPER.writeValueAsString(settings.asMap());
    }
}
