package sixk.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trained item classifier: one logistic regression per 8-K item over {@link Features}, kept
 * as the few hundred strongest words per item (model.json, written by {@code sixk train}). Its
 * weights are readable: the words that pushed an item up are the explanation of its score.
 */
public final class EventModel {
    public static final String RESOURCE = "/sixk/event/model.json";
    private static volatile EventModel standard;

    final List<String> items;
    final double[] bias;
    final Map<String, double[]> weights;
    /** How many training examples declared each item: how far its probability can be trusted. */
    final int[] examples;
    /** The weights again, keyed by feature hash in an open-addressed table: scoring allocates nothing. */
    private final long[] keys;
    private final double[][] rows;

    EventModel(List<String> items, double[] bias, Map<String, double[]> weights, int[] examples) {
        this.items = items;
        this.bias = bias;
        this.weights = weights;
        this.examples = examples;
        int size = Integer.highestOneBit(Math.max(16, weights.size() * 2)) * 2;
        this.keys = new long[size];
        this.rows = new double[size][];
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            long h = Features.hashOf(e.getKey());
            int slot = (int) (mix(h) & (size - 1));
            while (keys[slot] != 0 && keys[slot] != h) slot = (slot + 1) & (size - 1);
            keys[slot] = h;
            rows[slot] = e.getValue();
        }
    }

    private static long mix(long h) { return h ^ (h >>> 29) ^ (h >>> 47); }

    private double[] row(long h) {
        int slot = (int) (mix(h) & (keys.length - 1));
        while (keys[slot] != 0) {
            if (keys[slot] == h) return rows[slot];
            slot = (slot + 1) & (keys.length - 1);
        }
        return null;
    }

    /** The probability of each item for features given as {@link Features#hashes}. */
    public Map<String, Double> score(long[] features) {
        double[] z = bias.clone();
        double x = features.length == 0 ? 0 : 1 / Math.sqrt(features.length);
        for (long f : features) {
            double[] w = row(f);
            if (w == null) continue;
            for (int k = 0; k < z.length; k++) z[k] += w[k] * x;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < z.length; k++) out.put(items.get(k), 1 / (1 + Math.exp(-z[k])));
        return out;
    }

    /** How many training examples declared {@code item} (0 when the model does not know it). */
    public int examples(String item) {
        int k = items.indexOf(item);
        return k < 0 ? 0 : examples[k];
    }

    /** The committed model, or null when none was trained (the rules then decide alone). */
    public static EventModel standard() {
        EventModel m = standard;
        if (m == null) {
            synchronized (EventModel.class) {
                if (standard == null) standard = load();
                m = standard;
            }
        }
        return m == NONE ? null : m;
    }

    private static final EventModel NONE = new EventModel(List.of(), new double[0], Map.of(), new int[0]);

    private static EventModel load() {
        try (InputStream in = EventModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return NONE;
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event model " + RESOURCE, e);
        }
    }

    /** A model written by {@code sixk train}. */
    public static EventModel load(java.nio.file.Path file) throws IOException {
        return read(new ObjectMapper().readTree(file.toFile()));
    }

    /** The items the model scores ("2.02", …). */
    public List<String> items() { return items; }

    static EventModel read(JsonNode root) {
        JsonNode itemsNode = root.get("items");
        List<String> items = new java.util.ArrayList<>();
        itemsNode.fieldNames().forEachRemaining(items::add);
        double[] bias = new double[items.size()];
        int[] examples = new int[items.size()];
        Map<String, double[]> weights = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            JsonNode item = itemsNode.get(items.get(k));
            bias[k] = item.get("bias").asDouble();
            examples[k] = item.path("examples").asInt(0);
            Iterator<Map.Entry<String, JsonNode>> it = item.get("weights").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                weights.computeIfAbsent(e.getKey(), x -> new double[items.size()])[k] = e.getValue().asDouble();
            }
        }
        return new EventModel(List.copyOf(items), bias, weights, examples);
    }

    /** How much the words of {@code text} push {@code item} up: the sum of their weights, 0 for an unknown item. */
    public double weigh(String item, CharSequence text) {
        int k = items.indexOf(item);
        if (k < 0) return 0;
        double sum = 0;
        for (String f : Features.of(text)) {
            double[] w = weights.get(f);
            if (w != null) sum += w[k];
        }
        return sum;
    }

    /** The probability of each item for a text's features. */
    public Map<String, Double> score(Set<String> features) {
        double[] z = bias.clone();
        double x = features.isEmpty() ? 0 : 1 / Math.sqrt(features.size());
        for (String f : features) {
            double[] w = weights.get(f);
            if (w == null) continue;
            for (int k = 0; k < z.length; k++) z[k] += w[k] * x;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < z.length; k++) out.put(items.get(k), 1 / (1 + Math.exp(-z[k])));
        return out;
    }
}
