package io.digestrepair.simulator.chat;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the simulator's own parsing and writing (thread-safe once built). */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** The JSON string literal of a text, quotes included. */
    public static String quote(String text) {
        return MAPPER.writeValueAsString(text);
    }
}
