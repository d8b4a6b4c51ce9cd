package sixk.edgar;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One page of a company's submissions JSON (data.sec.gov/submissions/CIK##########.json): the
 * filings as parallel arrays (accessionNumber, filingDate, form, …), and on the first page the
 * names of the older pages ({@code filings.files}), each with the dates it covers.
 */
public record CompanyFilings(String company, List<FilingRef> filings, List<OlderPage> olderPages) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An extra page listed in {@code filings.files}, with the filing dates it spans. */
    public record OlderPage(String name, LocalDate from, LocalDate to) {
        /** Whether the page may hold filings of [from, to] (open ends are null); a page without dates always may. */
        public boolean overlaps(LocalDate rangeFrom, LocalDate rangeTo) {
            if (from == null || to == null) return true;
            return (rangeFrom == null || !to.isBefore(rangeFrom)) && (rangeTo == null || !from.isAfter(rangeTo));
        }
    }

    /**
     * Reads the first page (with {@code filings.recent}) or an older page (the arrays at top level).
     * A filing whose accession, date or form does not read is skipped with a warning naming it;
     * malformed JSON gives an empty page and a warning with the line and column.
     */
    public static CompanyFilings parse(byte[] json, long cik, String name, Consumer<String> warn) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            warn.accept(name + ": malformed JSON skipped: " + JsonProblems.describe(e));
            return new CompanyFilings(null, List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            warn.accept(name + ": not a submissions JSON object; skipped");
            return new CompanyFilings(null, List.of(), List.of());
        }
        String company = root.path("name").isTextual() ? root.path("name").asText() : null;
        JsonNode filings = root.path("filings");
        JsonNode arrays = filings.isObject() ? filings.path("recent") : root;
        List<FilingRef> refs = rows(arrays, cik, company, name, warn);
        List<OlderPage> older = new ArrayList<>();
        JsonNode files = filings.path("files");
        if (files.isArray()) {
            int i = 0;
            for (JsonNode f : files) {
                String page = f.path("name").asText("");
                try {
                    EdgarSite.SEC.submissionsPage(page); // validates the name before it becomes a URL
                    older.add(new OlderPage(page, date(f.path("filingFrom").asText(null)), date(f.path("filingTo").asText(null))));
                } catch (IllegalArgumentException e) {
                    warn.accept(name + ": filings.files[" + i + "] is not a submissions page name, skipped: " + IndexFile.shorten(f.toString()));
                }
                i++;
            }
        }
        return new CompanyFilings(company, refs, older);
    }

    private static List<FilingRef> rows(JsonNode arrays, long cik, String company, String name, Consumer<String> warn) {
        JsonNode acc = arrays.path("accessionNumber");
        JsonNode dates = arrays.path("filingDate");
        JsonNode forms = arrays.path("form");
        if (!acc.isArray()) {
            if (!arrays.isMissingNode()) warn.accept(name + ": no accessionNumber array; no filings read");
            return List.of();
        }
        List<FilingRef> out = new ArrayList<>(acc.size());
        for (int i = 0; i < acc.size(); i++) {
            String a = acc.path(i).asText("");
            String form = forms.path(i).isTextual() ? forms.path(i).asText().strip() : "";
            LocalDate filed = date(dates.path(i).asText(null));
            if (!FilingRef.ACCESSION.matcher(a).matches() || form.isEmpty() || filed == null) {
                warn.accept(name + ": filing #" + i + " malformed (accession \"" + IndexFile.shorten(a) + "\", form \""
                        + IndexFile.shorten(form) + "\", date " + dates.path(i) + "), skipped");
                continue;
            }
            out.add(new FilingRef(cik, a, form, company, filed));
        }
        return out;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
