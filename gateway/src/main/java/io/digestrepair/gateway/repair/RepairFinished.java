package io.digestrepair.gateway.repair;

/** Published when a job ends, whatever the state: serving caches drop what they hold for the digest. */
public record RepairFinished(String digest, int revision, String jobId, JobState state) {
}
