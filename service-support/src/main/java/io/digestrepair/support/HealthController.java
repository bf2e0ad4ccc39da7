package io.digestrepair.support;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Controller("/health")
public class HealthController {

    @Serdeable
    public record Health(String status, String service, Map<String, String> checks) {
    }

    private final String service;
    private final List<HealthCheck> checks;

    public HealthController(@Value("${micronaut.application.name:service}") String service, List<HealthCheck> checks) {
        this.service = service;
        this.checks = checks;
    }

    @Get
    public HttpResponse<Health> health() {
        Map<String, String> results = new LinkedHashMap<>();
        boolean up = true;
        for (HealthCheck check : checks) {
            boolean ok;
            try {
                ok = check.isUp();
            } catch (Exception e) {
                ok = false;
            }
            results.put(check.name(), ok ? "UP" : "DOWN");
            up &= ok;
        }
        Health body = new Health(up ? "UP" : "DOWN", service, results);
        return HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
