package sixk.submission;

import sixk.record.Header;
import sixk.record.Warning;

import java.util.List;

/**
 * A parsed submission: the header when there is one, the raw documents, and what the parser
 * noticed. {@code format} is the outer form: sgml (a full submission or document block),
 * html, text, pdf, image, binary.
 */
public record Submission(String format, Header header, List<RawDocument> documents, List<Warning> warnings) {}
