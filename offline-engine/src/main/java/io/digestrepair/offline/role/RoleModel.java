package io.digestrepair.offline.role;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear-chain model of sentence roles: a weight per (feature, role), and scores for
 * role changes and for the first and last role of an abstract. Immutable and thread-safe.
 */
public final class RoleModel {

    private static final int MAGIC = 0x44524F4C; // "DROL"
    private static final int FORMAT = 1;

    /** Where the trained model ships inside the jar. */
    public static final String RESOURCE = "/io/digestrepair/offline/role-model.bin";

    private static final int L = Role.COUNT;
    private static final int LL = L * L;

    private final String featureVersion;
    private final long[] nodeKeys;
    /** {@code nodeWeights[f * L + y]}, in the order of {@link #nodeKeys}. */
    private final float[] nodeWeights;
    private final double[] transitions;
    private final double[] start;
    private final double[] end;

    RoleModel(String featureVersion, long[] nodeKeys, float[] nodeWeights, double[] transitions, double[] start,
              double[] end) {
        if (nodeWeights.length != nodeKeys.length * L || transitions.length != LL || start.length != L
                || end.length != L) {
            throw new IllegalArgumentException("inconsistent model dimensions");
        }
        requireSorted(nodeKeys);
        this.featureVersion = featureVersion;
        this.nodeKeys = nodeKeys;
        this.nodeWeights = nodeWeights;
        this.transitions = transitions;
        this.start = start;
        this.end = end;
    }

    private static void requireSorted(long[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1] >= keys[i]) {
                throw new IllegalArgumentException("feature keys must be sorted and unique");
            }
        }
    }

    /** The model bundled with this library. */
    public static RoleModel bundled() {
        try (InputStream in = RoleModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("role model resource " + RESOURCE + " is missing; run the train command");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the bundled model's bytes, in hex: which model the engine runs, for its version. */
    public static String bundledDigest() {
        try (InputStream in = RoleModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("role model resource " + RESOURCE + " is missing; run the train command");
            }
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Distinct features the model weighs. */
    public int featureCount() {
        return nodeKeys.length;
    }

    /** Bytes the model's arrays take on the heap (object headers aside). */
    public long heapBytes() {
        return 8L * nodeKeys.length + 4L * nodeWeights.length + 8L * (transitions.length + start.length + end.length);
    }

    int[] decode(long[][] features) {
        return ChainDecoder.viterbi(emissions(features), transitions, start, end);
    }

    double[][] marginals(long[][] features) {
        return ChainDecoder.forwardBackward(emissions(features), transitions, start, end).node();
    }

    /** Per sentence, per role: the sum of the weights of the sentence's known features. */
    private double[][] emissions(long[][] features) {
        double[][] emit = new double[features.length][L];
        for (int i = 0; i < features.length; i++) {
            double[] row = emit[i];
            for (long key : features[i]) {
                int f = Arrays.binarySearch(nodeKeys, key);
                if (f >= 0) {
                    int base = f * L;
                    for (int y = 0; y < L; y++) {
                        row[y] += nodeWeights[base + y];
                    }
                }
            }
        }
        return emit;
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(gz);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(featureVersion);
        data.writeInt(L);
        for (Role r : Role.values()) {
            data.writeUTF(r.label());
        }
        writeDoubles(data, transitions);
        writeDoubles(data, start);
        writeDoubles(data, end);
        writeTable(data, nodeKeys, nodeWeights);
        data.flush();
        gz.finish();
    }

    public static RoleModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a role model");
        }
        int format = data.readInt();
        if (format != FORMAT) {
            throw new IOException("role model format " + format + ", expected " + FORMAT + "; retrain it");
        }
        String version = data.readUTF();
        if (!version.equals(FeatureExtractor.VERSION)) {
            throw new IOException("role model was trained on features " + version + ", this code extracts "
                    + FeatureExtractor.VERSION + "; retrain it");
        }
        int labels = data.readInt();
        if (labels != L) {
            throw new IOException("role model has " + labels + " roles, expected " + L);
        }
        for (Role r : Role.values()) {
            String label = data.readUTF();
            if (!label.equals(r.label())) {
                throw new IOException("role model label " + label + " where " + r.label() + " was expected");
            }
        }
        double[] transitions = readDoubles(data, LL);
        double[] start = readDoubles(data, L);
        double[] end = readDoubles(data, L);
        long[] nodeKeys = readKeys(data);
        float[] nodeWeights = readFloats(data, nodeKeys.length * L);
        return new RoleModel(version, nodeKeys, nodeWeights, transitions, start, end);
    }

    private static void writeTable(DataOutputStream data, long[] keys, float[] weights) throws IOException {
        data.writeInt(keys.length);
        // keys as deltas: sorted 64-bit hashes share their high bits with their neighbours, which compresses
        long previous = Long.MIN_VALUE;
        for (long k : keys) {
            data.writeLong(k - previous);
            previous = k;
        }
        for (float w : weights) {
            data.writeFloat(w);
        }
    }

    private static long[] readKeys(DataInputStream data) throws IOException {
        int count = data.readInt();
        long[] keys = new long[count];
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            previous += data.readLong();
            keys[i] = previous;
        }
        return keys;
    }

    private static float[] readFloats(DataInputStream data, int count) throws IOException {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = data.readFloat();
        }
        return v;
    }

    private static void writeDoubles(DataOutputStream data, double[] values) throws IOException {
        for (double v : values) {
            data.writeDouble(v);
        }
    }

    private static double[] readDoubles(DataInputStream data, int count) throws IOException {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = data.readDouble();
        }
        return v;
    }
}
