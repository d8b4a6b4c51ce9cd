package sixk.edgar;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** EDGAR's company_tickers.json: ticker → CIK. Entries that do not read are skipped with a warning. */
public final class TickerTable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<String, Long> ciks;
    private final Map<Long, String> titles;

    private TickerTable(Map<String, Long> ciks, Map<Long, String> titles) {
        this.ciks = ciks;
        this.titles = titles;
    }

    public static TickerTable parse(byte[] json, String name, Consumer<String> warn) {
        Map<String, Long> ciks = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            warn.accept(name + ": malformed JSON, no tickers read: " + JsonProblems.describe(e));
            return new TickerTable(ciks, titles);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            warn.accept(name + ": not a JSON object of tickers; no tickers read");
            return new TickerTable(ciks, titles);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            JsonNode cik = v.get("cik_str");
            JsonNode ticker = v.get("ticker");
            if (cik == null || !cik.canConvertToLong() || cik.asLong() <= 0 || ticker == null || !ticker.isTextual() || ticker.asText().isBlank()) {
                warn.accept(name + " entry \"" + e.getKey() + "\": malformed ticker entry skipped: " + IndexFile.shorten(v.toString()));
                continue;
            }
            ciks.putIfAbsent(ticker.asText().strip().toUpperCase(Locale.ROOT), cik.asLong());
            JsonNode title = v.get("title");
            if (title != null && title.isTextual()) titles.putIfAbsent(cik.asLong(), title.asText());
        }
        return new TickerTable(ciks, titles);
    }

    public Optional<Long> cik(String ticker) {
        return Optional.ofNullable(ciks.get(ticker.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<String> title(long cik) { return Optional.ofNullable(titles.get(cik)); }

    public int size() { return ciks.size(); }
}
