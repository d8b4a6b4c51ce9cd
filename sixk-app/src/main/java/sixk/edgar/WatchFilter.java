package sixk.edgar;

import sixk.record.Event;
import sixk.record.FilingRecord;
import sixk.record.Header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a watch is about: forms (exact, any case), companies (CIKs, or words of the name), and
 * event types. With event types, a filing gives one alert per matching event; without, one alert
 * per filing.
 */
public record WatchFilter(Set<String> forms, Set<Long> ciks, List<String> names, Set<String> eventTypes) {
    public WatchFilter {
        forms = forms.stream().map(f -> f.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        names = names.stream().map(n -> n.strip().toUpperCase(Locale.ROOT)).filter(n -> !n.isEmpty()).toList();
        eventTypes = eventTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        ciks = Set.copyOf(ciks);
    }

    public boolean wantsForm(String form) {
        return forms.isEmpty() || (form != null && forms.contains(form.strip().toUpperCase(Locale.ROOT)));
    }

    /** Whether any party of the filing (filer, subject, …) is a watched company; true when none is named. */
    public boolean wantsCompany(List<CurrentFeed.Entry> parties) {
        if (ciks.isEmpty() && names.isEmpty()) return true;
        for (CurrentFeed.Entry p : parties) {
            if (ciks.contains(p.cik())) return true;
            String company = p.company().toUpperCase(Locale.ROOT);
            for (String n : names) if (company.contains(n)) return true;
        }
        return false;
    }

    /** The alerts a read filing gives: per matching event, or one for the filing when no event type is named. */
    public List<Alert> alerts(FilingRecord r, CurrentFeed.Entry first, String url) {
        List<String> types = r.events() == null ? List.of() : r.events().stream().map(Event::type).distinct().toList();
        Header h = r.header();
        String form = r.form() != null ? r.form() : first.form();
        String company = h != null && h.primaryFiler() != null && h.primaryFiler().name() != null ? h.primaryFiler().name() : first.company();
        String filed = h != null && h.filedAsOf() != null ? h.filedAsOf() : null;
        String accession = r.accession() != null ? r.accession() : first.accession();
        List<Alert> out = new ArrayList<>();
        if (eventTypes.isEmpty()) {
            out.add(new Alert("filing", accession, form, first.cik(), company, filed, url, null, types));
            return out;
        }
        if (r.events() != null) {
            for (Event e : r.events()) {
                if (e.type() != null && eventTypes.contains(e.type().toLowerCase(Locale.ROOT))) {
                    out.add(new Alert("event", accession, form, first.cik(), company, filed, url, e, types));
                }
            }
        }
        return out;
    }
}
