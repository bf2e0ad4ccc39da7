package io.digestrepair.parser;

import io.micronaut.runtime.Micronaut;

public final class ParserApplication {
    private ParserApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ParserApplication.class, args);
    }
}
