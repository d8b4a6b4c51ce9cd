package sixk.edgar;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One filing as a listing (index, submissions JSON, feed) names it: enough to fetch it and to
 * name its file. {@code company} and {@code filed} may be null when the listing does not say.
 */
public record FilingRef(long cik, String accession, String form, String company, LocalDate filed) {
    public static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

    public FilingRef {
        requireAccession(accession);
        if (cik <= 0 || cik > 9_999_999_999L) throw new IllegalArgumentException("not a CIK: " + cik);
    }

    /** Where the filing goes below --out: CIK/ACCESSION.txt, built from validated numbers only. */
    public String fileName() { return cik + "/" + accession + ".txt"; }

    static void requireAccession(String accession) {
        if (accession == null || !ACCESSION.matcher(accession).matches()) {
            throw new IllegalArgumentException("not an accession number: " + accession);
        }
    }
}
