package io.digestrepair.gateway.digest;

/** Published when a digest gets a new revision: serving caches drop what they hold for it. */
public record DigestChanged(String name, int revision) {
}
