package sixk.record;

import java.util.List;
import java.util.Map;

/**
 * The SEC header (SEC-HEADER, IMS-HEADER, or the .nc feed form) as stated, dates in ISO.
 * {@code groupMembers} lists GROUP MEMBERS lines; {@code other} keeps every further top-level
 * field of the dissemination specification (EFFECTIVENESS DATE, SROS, DEPOSITOR-CIK, …) under its
 * snake_case name, so that nothing the header states is dropped.
 */
public record Header(String accession, String submissionType, Integer publicDocumentCount,
                     String periodOfReport, String filedAsOf, String dateOfChange, String acceptanceDatetime,
                     List<String> items, List<Filer> filers, List<String> groupMembers, Map<String, String> other) {

    /** The first filer or subject company: the company the filing is about. */
    public Filer primaryFiler() {
        if (filers == null || filers.isEmpty()) return null;
        for (Filer f : filers) if ("filer".equals(f.role()) || "subject_company".equals(f.role())) return f;
        return filers.get(0);
    }
}
