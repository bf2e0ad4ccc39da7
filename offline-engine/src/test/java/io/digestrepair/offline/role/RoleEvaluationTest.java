package io.digestrepair.offline.role;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.digestrepair.offline.role.Role.BACKGROUND;
import static io.digestrepair.offline.role.Role.METHOD;
import static io.digestrepair.offline.role.Role.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleEvaluationTest {

    @Test
    void scoresAgainstHandCountedFigures() {
        RoleEvaluation e = new RoleEvaluation();
        // gold:      B B M M R R
        // predicted: B M M M R B
        e.add(List.of(BACKGROUND, BACKGROUND, METHOD, METHOD, RESULT, RESULT),
                List.of(BACKGROUND, METHOD, METHOD, METHOD, RESULT, BACKGROUND));
        assertEquals(4.0 / 6, e.accuracy(), 1e-12);
        assertEquals(0.5, e.precision(BACKGROUND), 1e-12);
        assertEquals(0.5, e.recall(BACKGROUND), 1e-12);
        assertEquals(2.0 / 3, e.precision(METHOD), 1e-12);
        assertEquals(1.0, e.recall(METHOD), 1e-12);
        assertEquals(0.8, e.f1(METHOD), 1e-12);
        assertEquals(2.0 / 3, e.f1(RESULT), 1e-12);
        // macro over the three roles present in the gold data
        assertEquals((0.5 + 0.8 + 2.0 / 3) / 3, e.macroF1(), 1e-12);
        String[] lines = e.report().split("\n");
        assertEquals("accuracy=0.667 macro_f1=0.656", lines[lines.length - 1]);
        assertTrue(e.report().contains("method"));
    }
}
