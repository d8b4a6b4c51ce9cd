package sixk.edgar;

import sixk.record.Event;

import java.util.List;

/**
 * One alert, written as one JSON line. {@code alert} is "event" (one per matching event, when the
 * watch names --event types) or "filing" (one per new filing, when it names none); {@code event}
 * is null for the latter, and {@code events} lists every event type the filing reports.
 */
public record Alert(String alert, String accession, String form, long cik, String company, String filed,
                    String url, Event event, List<String> events) {}
