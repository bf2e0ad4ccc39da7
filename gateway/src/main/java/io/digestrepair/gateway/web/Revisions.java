package io.digestrepair.gateway.web;

import io.digestrepair.support.ProblemException;

/** A revision number as a client writes it in a URL. */
final class Revisions {

    private Revisions() {
    }

    static int number(String text) {
        String t = text.trim();
        if (!t.matches("[1-9][0-9]{0,8}")) {
            throw ProblemException.badRequest("revision is a number from 1 (GET /api/digests/{name} lists them)", null, "revision");
        }
        return Integer.parseInt(t);
    }
}
