package sixk.record;

/** One document of the submission: its declared type and what was read of it. */
public record DocumentInfo(Integer sequence, String type, String filename, String description, String format,
                           String exhibitNumber, String title, int chars) {}
