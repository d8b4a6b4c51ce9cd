package sixk.record;

/** A name the filer used before, and the date it changed (ISO). */
public record FormerName(String name, String changed) {}
