package sixk.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The filing record of docs/RECORD.md: one per submission. The normalized text of each document is
 * carried in {@link #texts()} (not part of the JSON) so that sinks can store and index it and every
 * span can be checked against it.
 */
@JsonPropertyOrder({"source", "form", "accession", "header", "cover", "signatures", "stamps", "documents",
        "press_releases", "events", "entities", "warnings"})
public record FilingRecord(Source source, String form, String accession, Header header, Cover cover,
                           List<Signature> signatures, List<Stamp> stamps, List<DocumentInfo> documents,
                           List<PressRelease> pressReleases, List<Event> events, List<Entity> entities,
                           List<Warning> warnings, @JsonIgnore List<String> texts) {

    private static final java.util.regex.Pattern ACCESSION = java.util.regex.Pattern.compile("\\d{10}-?\\d{2}-?\\d{6}");

    /**
     * The stable key of a filing: its accession number, else the SHA-256 of its bytes. A malformed
     * header's "accession" (not ten, two and six digits) is no key.
     */
    @JsonIgnore
    public String id() {
        return accession != null && ACCESSION.matcher(accession).matches() ? accession : source.sha256();
    }

    /** The normalized text of document {@code i}. */
    public String text(int i) { return texts.get(i); }
}
