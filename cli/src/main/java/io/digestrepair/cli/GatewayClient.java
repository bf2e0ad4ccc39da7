package io.digestrepair.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The part of the gateway's HTTP API the command line needs. */
final class GatewayClient {

    /**
     * What {@code PUT /api/digests/{name}} answered.
     *
     * @param format  as the parser read it: {@code markdown}, {@code jsonl}, or {@code crawl} for the pipeline's crawl of a day
     * @param message what the gateway said of it (a crawl: "crawl of 2026-06-16 (555 papers): kept for --restore-dropped")
     */
    record Upload(String name, Optional<String> jobId, int papers, int papersToRepair, String format, String message) {

        Upload(String name, Optional<String> jobId, int papers, int papersToRepair, String format) {
            this(name, jobId, papers, papersToRepair, format, null);
        }

        Upload(String name, Optional<String> jobId, int papers, int papersToRepair) {
            this(name, jobId, papers, papersToRepair, "", null);
        }

        /** The day's crawl (rows without AI fields) is kept to restore papers from, never served repaired. */
        boolean crawl() {
            return "crawl".equals(format);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String token;
    private final HttpClient http;

    GatewayClient(URI base, String token) {
        this.base = base;
        this.token = token == null || token.isBlank() ? null : token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    URI base() {
        return base;
    }

    Upload upload(String name, byte[] digest, DigestFile.Format format) throws GatewayException {
        return upload(name, digest, format, false);
    }

    /** @param restoreDropped {@code ?restore=dropped}: add the papers of the day's crawl the digest lacks */
    Upload upload(String name, byte[] digest, DigestFile.Format format, boolean restoreDropped) throws GatewayException {
        String path = "/api/digests/" + name + (restoreDropped ? "?restore=dropped" : "");
        HttpRequest request = authorized(HttpRequest.newBuilder(base.resolve(path)))
                .header("Content-Type", format.mediaType())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(digest))
                .build();
        JsonNode body = json(send(request, "upload " + name));
        JsonNode counts = body.path("counts");
        String jobId = body.path("jobId").asText(null);
        String kind = body.path("format").asText(null);
        int papers = "crawl".equals(kind) && body.has("papers") ? body.path("papers").asInt() : counts.path("papers").asInt();
        return new Upload(body.path("name").asText(name), Optional.ofNullable(jobId),
                papers, counts.path("papersToRepair").asInt(), kind == null ? "" : kind, body.path("message").asText(null));
    }

    JobStatus job(String id) throws GatewayException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/jobs/" + id)).GET().build();
        return JobStatus.from(json(send(request, "job " + id)));
    }

    /** The names of every stored digest ({@code GET /api/digests}). */
    java.util.List<String> names() throws GatewayException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/digests")).GET().build();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (JsonNode d : json(send(request, "list digests"))) {
            names.add(d.path("name").asText());
        }
        return names;
    }

    /** What {@code POST /api/digests/{name}/repair?upgrade=offline} answered: a job, or why none was needed. */
    record Upgrade(Optional<String> jobId, String skipped) {
    }

    Upgrade upgradeOffline(String name) throws GatewayException {
        HttpRequest request = authorized(HttpRequest.newBuilder(base.resolve("/api/digests/" + name + "/repair?upgrade=offline")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        JsonNode body = json(send(request, "upgrade " + name));
        return new Upgrade(Optional.ofNullable(body.path("jobId").asText(null)), body.path("message").asText(null));
    }

    /** {@code GET /api/digests/{name}}: per paper its status and per field the engine that wrote it. */
    JsonNode digest(String name) throws GatewayException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/digests/" + name)).GET().build();
        return json(send(request, "digest " + name));
    }

    byte[] download(String name, DigestFile.Format format) throws GatewayException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/digests/" + name + format.extension())).GET().build();
        return send(request, "download " + name).body();
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<byte[]> send(HttpRequest request, String what) throws GatewayException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new GatewayException("the gateway at " + base + " is not reachable (is the stack running? ./digest-repair up)", e);
        } catch (IOException e) {
            throw new GatewayException(what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(what + ": interrupted", e);
        }
        if (response.statusCode() / 100 == 4) {
            throw new GatewayException.Refused(what + ": HTTP " + response.statusCode() + problemDetail(response.body()));
        }
        if (response.statusCode() / 100 != 2) {
            throw new GatewayException(what + ": HTTP " + response.statusCode() + problemDetail(response.body()));
        }
        return response;
    }

    /** The {@code detail} of a problem+json body, so the user sees why, not just a status code. */
    private static String problemDetail(byte[] body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String detail = problem.path("detail").asText(problem.path("title").asText(""));
            return detail.isBlank() ? "" : " " + detail;
        } catch (IOException e) {
            return "";
        }
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws GatewayException {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new GatewayException("the gateway answered something that is not JSON: " + e.getMessage(), e);
        }
    }
}
