package sixk.eval;

import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labeled 8-K texts: full submissions whose header declares ITEM INFORMATION, and the 8-K
 * bodies listed in crawler-items.tsv with the items found in them. Item 9.01 (exhibits) is
 * bookkeeping and dropped; pre-2004 item numbers ("5", "12") are mapped to today's. One file in
 * five, chosen by a hash of its name, is held out from training so the evaluation measures
 * filings the model never saw.
 */
public final class EightKCorpus {
    /** A labeled 8-K: its path, its declared items, and whether it is held out of training. */
    public record Labeled(Path path, Set<String> items, boolean heldOut) {}

    private static final Map<String, String> OLD_ITEMS = Map.ofEntries(Map.entry("1", "5.01"), Map.entry("2", "2.01"),
            Map.entry("3", "1.03"), Map.entry("4", "4.01"), Map.entry("5", "8.01"), Map.entry("6", "5.02"), Map.entry("7", "9.01"),
            Map.entry("8", "5.03"), Map.entry("9", "7.01"), Map.entry("10", "5.05"), Map.entry("11", "5.04"), Map.entry("12", "2.02"));

    private EightKCorpus() {}

    public static List<Labeled> read(Path dir) throws IOException {
        Map<String, Set<String>> crawler = crawlerItems(dir.resolve("crawler-items.tsv"));
        FilingReader headerOnly = new FilingReader(List.of(), false);
        List<Labeled> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                Set<String> items = crawler.get(name);
                if (items == null && name.endsWith(".txt")) items = declared(headerOnly, p);
                if (items == null || items.isEmpty()) continue;
                out.add(new Labeled(p, items, heldOut(name)));
            }
        }
        return out;
    }

    /** The items an 8-K submission's header declares, without 9.01; null when it declares none. */
    private static Set<String> declared(FilingReader reader, Path p) {
        try {
            FilingRecord r = reader.read(p);
            if (r.header() == null || r.header().items() == null || r.header().items().isEmpty()) return null;
            if (r.form() == null || !r.form().toUpperCase(java.util.Locale.ROOT).startsWith("8-K")) return null;
            Set<String> items = new LinkedHashSet<>();
            for (String i : r.header().items()) if (i != null && !i.equals("9.01")) items.add(i);
            return items;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Set<String>> crawlerItems(Path tsv) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        if (!Files.isRegularFile(tsv)) return out;
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\t");
            if (cols.length < 2) continue;
            Set<String> items = new LinkedHashSet<>();
            for (String item : cols[1].split(";")) {
                String s = item.strip();
                String modern = s.contains(".") ? s : OLD_ITEMS.get(s);
                if (modern != null && !modern.equals("9.01")) items.add(modern);
            }
            out.put(cols[0], items);
        }
        return out;
    }

    /** One file in five, by the first byte of the SHA-256 of its name. */
    public static boolean heldOut(String name) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) % 5 == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
