package sixk.web;

import java.util.List;
import java.util.Map;

/** Rows as CSV (RFC 4180): a header line, fields quoted when they hold a comma, quote or line break. */
final class Csv {
    private Csv() {}

    static String of(List<Map<String, Object>> rows) {
        StringBuilder b = new StringBuilder();
        if (rows.isEmpty()) return "";
        b.append(String.join(",", rows.get(0).keySet().stream().map(Csv::field).toList())).append("\r\n");
        for (Map<String, Object> r : rows) {
            b.append(String.join(",", r.values().stream().map(v -> field(v == null ? "" : v.toString())).toList())).append("\r\n");
        }
        return b.toString();
    }

    private static String field(String s) {
        // A leading = + - @ would be a formula in a spreadsheet: quote it with a leading apostrophe.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?")) s = "'" + s;
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
