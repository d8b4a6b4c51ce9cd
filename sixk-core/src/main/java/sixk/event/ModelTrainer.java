package sixk.event;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the {@link EventModel}: one-vs-rest logistic regression by stochastic gradient descent
 * over binary features scaled by 1/√n, L2-regularized, with a fixed seed so the same examples give
 * the same model. The weights are then cut to the strongest {@code keep} per item and the model
 * retrained on those words alone, so what is committed is small and is what was trained.
 */
public final class ModelTrainer {
    /** One labeled text: its features and the 8-K items its filer declared (9.01 excluded). */
    public record Example(String name, Set<String> features, Set<String> items) {}

    private static final int EPOCHS = 40;
    private static final double RATE = 0.5, L2 = 1e-5;
    private static final int MIN_DOCS = 2, MIN_ITEM_EXAMPLES = 3;

    private ModelTrainer() {}

    public static EventModel train(List<Example> examples, int keep) {
        List<String> items = items(examples);
        Map<String, Integer> vocab = vocabulary(examples, null);
        double[][] w = fit(examples, items, vocab);
        Set<String> kept = new TreeSet<>();
        List<String> terms = new ArrayList<>(vocab.keySet());
        for (int k = 0; k < items.size(); k++) {
            final int item = k;
            Integer[] order = new Integer[terms.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(Math.abs(w[b][item]), Math.abs(w[a][item])));
            for (int i = 0; i < Math.min(keep, order.length); i++) kept.add(terms.get(order[i]));
        }
        Map<String, Integer> small = vocabulary(examples, kept);
        double[][] w2 = fit(examples, items, small);
        Map<String, double[]> weights = new HashMap<>();
        List<String> smallTerms = new ArrayList<>(small.keySet());
        for (int t = 0; t < smallTerms.size(); t++) {
            double[] v = new double[items.size()];
            for (int k = 0; k < items.size(); k++) v[k] = round(w2[t][k]);
            weights.put(smallTerms.get(t), v);
        }
        double[] bias = new double[items.size()];
        for (int k = 0; k < items.size(); k++) bias[k] = round(w2[smallTerms.size()][k]);
        int[] positives = new int[items.size()];
        for (Example e : examples) for (int k = 0; k < items.size(); k++) if (e.items().contains(items.get(k))) positives[k]++;
        return new EventModel(items, bias, weights, positives);
    }

    /** The model as JSON: items → {bias, weights {word: weight}}, plus what it was trained on. */
    public static ObjectNode toJson(EventModel model, Map<String, Object> about) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode meta = root.putObject("about");
        about.forEach((k, v) -> meta.put(k, String.valueOf(v)));
        ObjectNode items = root.putObject("items");
        for (int k = 0; k < model.items.size(); k++) {
            ObjectNode item = items.putObject(model.items.get(k));
            item.put("examples", model.examples[k]);
            item.put("bias", model.bias[k]);
            ObjectNode ws = item.putObject("weights");
            Map<String, Double> sorted = new TreeMap<>();
            for (Map.Entry<String, double[]> e : model.weights.entrySet()) if (e.getValue()[k] != 0) sorted.put(e.getKey(), e.getValue()[k]);
            sorted.forEach(ws::put);
        }
        return root;
    }

    private static List<String> items(List<Example> examples) {
        Map<String, Integer> count = new TreeMap<>();
        for (Example e : examples) for (String i : e.items()) count.merge(i, 1, Integer::sum);
        List<String> out = new ArrayList<>();
        count.forEach((item, n) -> { if (n >= MIN_ITEM_EXAMPLES) out.add(item); });
        return out;
    }

    private static Map<String, Integer> vocabulary(List<Example> examples, Set<String> only) {
        Map<String, Integer> df = new TreeMap<>();
        for (Example e : examples) for (String f : e.features()) if (only == null || only.contains(f)) df.merge(f, 1, Integer::sum);
        Map<String, Integer> vocab = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) if (e.getValue() >= MIN_DOCS) vocab.put(e.getKey(), vocab.size());
        return vocab;
    }

    /** Weights [term][item], with the bias in the last row. */
    private static double[][] fit(List<Example> examples, List<String> items, Map<String, Integer> vocab) {
        int n = vocab.size();
        double[][] w = new double[n + 1][items.size()];
        int[][] rows = new int[examples.size()][];
        double[] scale = new double[examples.size()];
        for (int d = 0; d < examples.size(); d++) {
            Set<String> fs = examples.get(d).features();
            rows[d] = fs.stream().map(vocab::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sorted().toArray();
            scale[d] = fs.isEmpty() ? 0 : 1 / Math.sqrt(fs.size());
        }
        Random random = new Random(42);
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1), t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double rate = RATE / (1 + epoch * 0.1);
            for (int d : order) {
                Set<String> labels = examples.get(d).items();
                for (int k = 0; k < items.size(); k++) {
                    double z = w[n][k];
                    for (int f : rows[d]) z += w[f][k] * scale[d];
                    double g = 1 / (1 + Math.exp(-z)) - (labels.contains(items.get(k)) ? 1 : 0);
                    w[n][k] -= rate * g;
                    for (int f : rows[d]) w[f][k] -= rate * (g * scale[d] + L2 * w[f][k]);
                }
            }
        }
        return w;
    }

    private static double round(double v) { return Math.round(v * 1e4) / 1e4; }
}
