package io.digestrepair.gateway.remote;

/** A peer service refused a request: retrying the same request would not help. */
public class RemoteRejectedException extends RuntimeException {

    private final String service;
    private final RemoteProblem problem;

    public RemoteRejectedException(String service, RemoteProblem problem, Throwable cause) {
        super(service + " answered " + problem.status() + ": " + problem.detail()
                + (problem.field() == null ? "" : " (field " + problem.field() + ")")
                + (problem.line() == null ? "" : " (line " + problem.line() + ")"), cause);
        this.service = service;
        this.problem = problem;
    }

    public String service() {
        return service;
    }

    public RemoteProblem problem() {
        return problem;
    }
}
