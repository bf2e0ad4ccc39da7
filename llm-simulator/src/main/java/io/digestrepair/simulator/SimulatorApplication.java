package io.digestrepair.simulator;

import io.micronaut.runtime.Micronaut;

public final class SimulatorApplication {
    private SimulatorApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(SimulatorApplication.class, args);
    }
}
