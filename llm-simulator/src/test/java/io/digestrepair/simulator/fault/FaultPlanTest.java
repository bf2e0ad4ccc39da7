package io.digestrepair.simulator.fault;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultPlanTest {

    private static SimulatorSettings settings(Map<String, String> values) {
        return SimulatorSettings.DEFAULTS.with(values);
    }

    @Test
    void eachFaultHappensAtItsRate() {
        SimulatorSettings s = settings(Map.of("SIM_RATE_429", "0.1", "SIM_RATE_500", "0.05", "SIM_RATE_TIMEOUT", "0.05",
                "SIM_RATE_MALFORMED", "0.2", "SIM_RATE_WRONG_LANGUAGE", "0.1", "SIM_RATE_PLACEHOLDER", "0.1"));
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        int n = 20_000;
        for (long key = 0; key < n; key++) {
            counts.merge(FaultPlan.decide(s, key, 0).fault(), 1, Integer::sum);
        }
        for (Fault f : Fault.values()) {
            double expected = f == Fault.NONE ? 0.4 : s.rate(f);
            double seen = counts.getOrDefault(f, 0) / (double) n;
            assertEquals(expected, seen, 0.015, f.name());
        }
    }

    @Test
    void rateOneAlwaysAndRateZeroNever() {
        SimulatorSettings always = settings(Map.of("SIM_RATE_WRONG_LANGUAGE", "1"));
        for (long key = 0; key < 1000; key++) {
            assertEquals(Fault.WRONG_LANGUAGE, FaultPlan.decide(always, key, (int) key % 5).fault());
            assertEquals(Fault.NONE, FaultPlan.decide(SimulatorSettings.DEFAULTS, key, 0).fault());
        }
    }

    @Test
    void aRetryOfTheSameRequestIsANewDrawSoItCanSucceed() {
        FaultPlan plan = new FaultPlan();
        SimulatorSettings s = settings(Map.of("SIM_RATE_429", "0.5"));
        int recovered = 0;
        for (long key = 0; key < 200; key++) {
            List<Fault> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(plan.next(s, key).fault());
            }
            if (attempts.getFirst() == Fault.RATE_LIMIT && attempts.contains(Fault.NONE)) {
                recovered++;
            }
        }
        assertTrue(recovered > 60, recovered + " of ~100 rate-limited requests recovered on retry");
    }

    @Test
    void theSameSeedRepeatsTheRunAfterAResetAndAnotherSeedDoesNot() {
        SimulatorSettings s = settings(Map.of("SIM_RATE_500", "0.3", "SIM_RATE_MALFORMED", "0.3", "SIM_SEED", "5"));
        FaultPlan plan = new FaultPlan();
        List<Fault> first = run(plan, s);
        plan.reset();
        assertEquals(first, run(plan, s));
        plan.reset();
        assertNotEquals(first, run(plan, settings(Map.of("SIM_RATE_500", "0.3", "SIM_RATE_MALFORMED", "0.3",
                "SIM_SEED", "6"))));
    }

    private static List<Fault> run(FaultPlan plan, SimulatorSettings s) {
        List<Fault> faults = new ArrayList<>();
        for (long key = 0; key < 20; key++) {
            for (int attempt = 0; attempt < 3; attempt++) {
                faults.add(plan.next(s, key).fault());
            }
        }
        return faults;
    }
}
