package io.digestrepair.offline.role;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrfTrainerTest {

    private static final String[] TOPICS = {"graphs", "proteins", "images", "robots", "speech", "markets", "compilers", "networks"};

    /** Abstracts of a made-up language where each role has its own wording and place, plus shared topic words. */
    private static List<LabeledAbstract> synthetic(int count, long seed) {
        Random rnd = new Random(seed);
        List<LabeledAbstract> out = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            List<String> s = new ArrayList<>();
            List<Role> r = new ArrayList<>();
            String topic = TOPICS[rnd.nextInt(TOPICS.length)];
            for (int k = 0; k <= rnd.nextInt(2); k++) {
                s.add("Learning on " + topic + " remains hard for current systems.");
                r.add(Role.BACKGROUND);
            }
            s.add("We aim to understand " + topic + " better.");
            r.add(Role.OBJECTIVE);
            for (int k = 0; k <= rnd.nextInt(3); k++) {
                s.add("The encoder maps " + topic + " into vectors with attention.");
                r.add(Role.METHOD);
            }
            for (int k = 0; k <= rnd.nextInt(2); k++) {
                s.add("Accuracy on " + topic + " improves by " + (rnd.nextInt(30) + 1) + " points.");
                r.add(Role.RESULT);
            }
            if (rnd.nextBoolean()) {
                s.add("All rights reserved.");
                r.add(Role.OTHER);
            }
            double[] conf = new double[s.size()];
            Arrays.fill(conf, 1.0);
            out.add(new LabeledAbstract("synthetic#" + a, s, r, conf));
        }
        return out;
    }

    private static RoleModel train(List<LabeledAbstract> data) {
        return new CrfTrainer(new CrfTrainer.Options(0.1, 1, 100, false, 0.0), m -> { }).train(data);
    }

    @Test
    void learnsRolesFromWordsAndPlace() {
        RoleModel model = train(synthetic(80, 1));
        RoleEvaluation eval = RoleEvaluation.of(new RoleTagger(model), synthetic(40, 2));
        assertTrue(eval.accuracy() > 0.98, eval.report());
        for (Role r : Role.values()) {
            assertTrue(eval.f1(r) > 0.95, r + ": " + eval.report());
        }
    }

    @Test
    void theSameDataGivesTheSameModel() throws IOException {
        List<LabeledAbstract> data = synthetic(40, 3);
        assertArrayEquals(bytes(train(data)), bytes(train(data)));
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws IOException {
        RoleModel model = train(synthetic(40, 4));
        RoleModel copy = RoleModel.read(new ByteArrayInputStream(bytes(model)));
        assertEquals(model.featureCount(), copy.featureCount());
        RoleTagger a = new RoleTagger(model);
        RoleTagger b = new RoleTagger(copy);
        for (LabeledAbstract abs : synthetic(20, 5)) {
            assertEquals(a.roles(abs.sentences()), b.roles(abs.sentences()));
        }
    }

    @Test
    void aModelOfOtherFeaturesIsRefused() throws IOException {
        byte[] b = bytes(train(synthetic(10, 6)));
        byte[] garbage = Arrays.copyOf(b, b.length);
        garbage[0] ^= 0x55; // breaks the gzip header
        assertThrows(IOException.class, () -> RoleModel.read(new ByteArrayInputStream(garbage)));
    }

    @Test
    void probabilitiesAreDistributions() {
        RoleTagger tagger = new RoleTagger(train(synthetic(40, 7)));
        RoleTagging t = tagger.tag(synthetic(1, 8).getFirst().sentences());
        for (int i = 0; i < t.size(); i++) {
            double sum = 0;
            for (Role r : Role.values()) {
                sum += t.probability(i, r);
            }
            assertEquals(1.0, sum, 1e-9);
        }
    }

    private static byte[] bytes(RoleModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }
}
