package io.digestrepair.simulator.http;

import io.digestrepair.simulator.Simulator;
import io.digestrepair.simulator.wire.StatsSnapshot;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

@Controller("/stats")
public class StatsController {

    private final Simulator simulator;

    public StatsController(Simulator simulator) {
        this.simulator = simulator;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public StatsSnapshot stats() {
        return simulator.stats();
    }
}
