package io.digestrepair.simulator.fault;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorSettingsTest {

    @Test
    void theEnvironmentSetsWhatItNamesAndIgnoresOtherVariables() {
        SimulatorSettings s = SimulatorSettings.fromEnvironment(Map.of(
                "SIM_LATENCY_MS", "1000", "SIM_RATE_429", "0.1", "SIM_RATE_MALFORMED", " 0.25 ", "SIM_SEED", "7",
                "SIM_MALFORMED_VARIANTS", "fenced, LATEX_BACKSLASH", "PATH", "/usr/bin", "SIM_RATE_500", ""));
        assertEquals(1000, s.latencyMs());
        assertEquals(0.1, s.rate429());
        assertEquals(0.25, s.rateMalformed());
        assertEquals(0.0, s.rate500());
        assertEquals(7, s.seed());
        assertEquals(List.of(MalformedVariant.FENCED, MalformedVariant.LATEX_BACKSLASH), s.malformedVariants());
        assertEquals(SimulatorSettings.DEFAULTS.hangMs(), s.hangMs());
    }

    @Test
    void unusableValuesNameTheSetting() {
        var bad = assertThrows(InvalidSettingException.class,
                () -> SimulatorSettings.fromEnvironment(Map.of("SIM_RATE_500", "1.5")));
        assertEquals("SIM_RATE_500", bad.setting());
        assertTrue(bad.getMessage().contains("between 0 and 1"), bad.getMessage());
        assertEquals("SIM_LATENCY_MS", assertThrows(InvalidSettingException.class,
                () -> SimulatorSettings.DEFAULTS.with(Map.of("SIM_LATENCY_MS", "soon"))).setting());
        assertEquals("SIM_MALFORMED_VARIANTS", assertThrows(InvalidSettingException.class,
                () -> SimulatorSettings.DEFAULTS.with(Map.of("SIM_MALFORMED_VARIANTS", "wobbly"))).setting());
        assertEquals("SIM_RATE_492", assertThrows(InvalidSettingException.class,
                () -> SimulatorSettings.DEFAULTS.with(Map.of("SIM_RATE_492", "1"))).setting());
    }

    @Test
    void exclusiveRatesMayNotAddUpToMoreThanOne() {
        var e = assertThrows(InvalidSettingException.class,
                () -> SimulatorSettings.DEFAULTS.with(Map.of("SIM_RATE_429", "0.6", "SIM_RATE_PLACEHOLDER", "0.5")));
        assertTrue(e.getMessage().contains("at most 1"), e.getMessage());
        assertEquals(1.0, SimulatorSettings.DEFAULTS.with(Map.of("SIM_RATE_429", "0.5", "SIM_RATE_500", "0.5"))
                .rate(Fault.SERVER_ERROR) * 2);
    }

    @Test
    void theMapRoundTrips() {
        SimulatorSettings s = SimulatorSettings.DEFAULTS.with(Map.of("SIM_RATE_TIMEOUT", "0.2", "SIM_HANG_MS", "5000"));
        Map<String, String> asText = new java.util.LinkedHashMap<>();
        s.asMap().forEach((k, v) -> asText.put(k, String.valueOf(v)));
        assertEquals(s, SimulatorSettings.DEFAULTS.with(asText));
        assertEquals(SimulatorSettings.names(), List.copyOf(s.asMap().keySet()));
    }
}
