package sixk.record;

import java.util.Map;

/** One event the filing reports: a type of docs/EVENTS.md, a confidence, evidence, and stated facts. */
public record Event(String type, double confidence, Evidence evidence, Map<String, Object> facts) {}
