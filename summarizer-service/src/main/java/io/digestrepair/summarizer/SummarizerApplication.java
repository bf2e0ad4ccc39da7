package io.digestrepair.summarizer;

import io.micronaut.runtime.Micronaut;

public final class SummarizerApplication {
    private SummarizerApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(SummarizerApplication.class, args);
    }
}
