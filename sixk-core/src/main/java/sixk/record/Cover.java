package sixk.record;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The cover page as printed. Null where the cover does not state a value. */
public record Cover(String registrantName, String reportMonth, String commissionFileNumber,
                    PrincipalOffice principalOffice, String annualReportForm,
                    @JsonProperty("paper_submission_101b1") Boolean paperSubmission101b1,
                    @JsonProperty("paper_submission_101b7") Boolean paperSubmission101b7,
                    @JsonProperty("exemption_12g3_2b") Boolean exemption12g32b, String exemptionFileNumber) {

    public static final Cover EMPTY = new Cover(null, null, null, null, null, null, null, null, null);
}
