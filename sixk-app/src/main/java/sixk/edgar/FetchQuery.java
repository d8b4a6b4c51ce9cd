package sixk.edgar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which filings a fetch wants: forms (exact, any case; empty = every form) and an inclusive date range (null = open). */
public record FetchQuery(Set<String> forms, LocalDate from, LocalDate to) {
    public FetchQuery {
        forms = forms == null ? Set.of() : forms.stream().map(f -> f.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }

    public boolean wantsForm(String form) {
        return forms.isEmpty() || (form != null && forms.contains(form.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean wantsDate(LocalDate filed) {
        if (filed == null) return from == null && to == null;
        return (from == null || !filed.isBefore(from)) && (to == null || !filed.isAfter(to));
    }

    public boolean wants(FilingRef f) { return wantsForm(f.form()) && wantsDate(f.filed()); }
}
