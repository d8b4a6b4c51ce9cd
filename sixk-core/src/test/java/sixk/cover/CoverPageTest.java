package sixk.cover;

import org.junit.jupiter.api.Test;
import sixk.record.Cover;
import sixk.record.FilingRecord;
import sixk.record.Warning;

import static org.assertj.core.api.Assertions.assertThat;

/** Each cover layout met in the corpus, on the real text of a filing (the source is named above each test). */
class CoverPageTest {

    /** Abbey National plc, 6-K of February 2009 (0000903423-09-000080): text layout with dotted boxes. */
    @Test
    void dottedBoxesOfATextCover() {
        FilingRecord r = Snippets.text("""
                FORM 6-K
                SECURITIES AND EXCHANGE COMMISSION
                Washington, D.C. 20549
                Report of Foreign Issuer
                Pursuant to Rule 13a-16 or 15d-16 of
                Securities Exchange Act of 1934
                For the month of February 2009
                ABBEY NATIONAL PLC
                (Translation of registrant's name into English)
                Abbey National House, 2 Triton Square, Regent’s
                Place, London NW1 3AN, England
                (Address of principal executive offices)
                Indicate by check mark whether the registrant files or will file annual reports under cover Form 20-F or Form 40-F.
                Form 20-F . . . .X. . . . Form 40-F . . . . . . . .
                Indicate by check mark whether the registrant by furnishing the information contained in this Form is also thereby furnishing the information to the Commission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.
                Yes . . . . . . . No . . .X. . . .
                """);
        Cover c = r.cover();
        assertThat(r.form()).isEqualTo("6-K");
        assertThat(c.registrantName()).isEqualTo("ABBEY NATIONAL PLC");
        assertThat(c.reportMonth()).isEqualTo("2009-02");
        assertThat(c.commissionFileNumber()).isNull();
        assertThat(c.annualReportForm()).isEqualTo("20-F");
        assertThat(c.exemption12g32b()).isFalse();
        assertThat(c.principalOffice().city()).isEqualTo("London");
        assertThat(c.principalOffice().country()).isEqualTo("United Kingdom");
        assertThat(c.principalOffice().text()).isEqualTo("Abbey National House, 2 Triton Square, Regent’s, Place, London NW1 3AN, England");
    }

    /**
     * A line longer than the caption's reach with a bracket past it (a release's first paragraph,
     * as in an 8-K exhibit of 2023, 0001193125-23-194715): the caption is sought within the reach.
     */
    @Test
    void aLongLineWithABracketPastTheCaptionsReach() {
        String paragraph = "Acme Corp. today announced results for the second quarter ended June 30, 2023, with revenue up in every segment and "
                + "margins higher than in any quarter since the company listed its shares, as its chief executive told investors on a call "
                + "(the call's recording is on its website).";
        assertThat(paragraph.length()).isGreaterThan(260);
        FilingRecord r = Snippets.text(paragraph + """

                ACME CORP.
                (Exact name of registrant as specified in its charter)
                12 Main Street, Springfield, Illinois
                (Address of principal executive offices)
                """);
        assertThat(r.warnings()).extracting(Warning::code).doesNotContain("stage_failed");
        assertThat(r.cover().principalOffice()).isNotNull();
        assertThat(r.cover().principalOffice().text()).contains("12 Main Street");
    }

    /** 51job, Inc., 6-K of July 2009 (0000950123-09-027237): HTML with Wingdings boxes (þ marked, o empty). */
    @Test
    void wingdingsBoxesOfAnHtmlCover() {
        FilingRecord r = Snippets.resource("51job-6k-2009-07-cover.htm");
        Cover c = r.cover();
        assertThat(r.form()).isEqualTo("6-K");
        assertThat(c.registrantName()).isEqualTo("51job, Inc");
        assertThat(c.reportMonth()).isEqualTo("2009-07");
        assertThat(c.commissionFileNumber()).isEqualTo("0-50841");
        assertThat(c.annualReportForm()).isEqualTo("20-F");
        assertThat(c.paperSubmission101b1()).isFalse();
        assertThat(c.paperSubmission101b7()).isFalse();
        assertThat(c.exemption12g32b()).isFalse();
        assertThat(c.exemptionFileNumber()).isNull();
        assertThat(c.principalOffice().city()).isEqualTo("Shanghai");
        assertThat(c.principalOffice().country()).isEqualTo("China");
        assertThat(r.warnings()).extracting(Warning::code).doesNotContain("annual_report_form_inferred");
    }

    /** Agrium Inc., 6-K of January 2009 (0001130319-09-000002): Unicode ☒ on their own lines, a 40-F filer. */
    @Test
    void unicodeBoxesOnSeparateLines() {
        Cover c = Snippets.text("""
                SECURITIES AND EXCHANGE COMMISSION
                Washington, DC 20549
                Form 6-K
                Report of Foreign Issuer
                Pursuant to Rule 13a-16 or 15d-16 of
                the Securities Exchange Act of 1934
                For the month of: January, 2009
                Commission File Number: 001-14460
                AGRIUM INC.
                (Name of registrant)
                13131 Lake Fraser Drive S.E.
                Calgary, Alberta,
                Canada T2J 7E8
                (Address of Principal Executive Offices)
                Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F:
                Form 20-F ☐
                Form 40-F ☒
                Indicate by check mark if the registrant is submitting the Form 6-K in paper as permitted by Regulation S-T Rule 101(b)(1): ☐
                Indicate by check mark if the registrant is submitting the Form 6-K in paper as permitted by Regulation S-T Rule 101(b)(7): ☐
                Indicate by check mark whether the registrant by furnishing the information contained in this Form is also thereby furnishing the information to the SEC pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.
                Yes ☐
                No ☒
                If “Yes” is marked, indicate the file number assigned to the registrant in connection with Rule 12g3-2(b): N/A
                """).cover();
        assertThat(c.registrantName()).isEqualTo("AGRIUM INC");
        assertThat(c.reportMonth()).isEqualTo("2009-01");
        assertThat(c.commissionFileNumber()).isEqualTo("001-14460");
        assertThat(c.annualReportForm()).isEqualTo("40-F");
        assertThat(c.paperSubmission101b1()).isFalse();
        assertThat(c.exemption12g32b()).isFalse();
        assertThat(c.exemptionFileNumber()).isNull();
        assertThat(c.principalOffice().city()).isEqualTo("Calgary");
        assertThat(c.principalOffice().country()).isEqualTo("Canada");
    }

    /** Aegean Marine Petroleum Network Inc., 6-K of January 2009 (0000919574-09-000505): [ X ] after the label. */
    @Test
    void bracketedMarkAfterTheLabel() {
        Cover c = Snippets.text("""
                UNITED STATES
                SECURITIES AND EXCHANGE COMMISSION
                Washington, D.C. 20549
                FORM 6-K
                REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO
                RULE 13A-16 OR 15D-16 UNDER THE SECURITIES
                EXCHANGE ACT OF 1934
                For the month of January 2009
                Commission File Number: 001-33179
                AEGEAN MARINE PETROLEUM NETWORK INC.
                (Translation of registrant's name into English)
                42 Hatzikyriakou Avenue
                Piraeus, Athens 185 38
                Greece
                (Address of principal executive offices)
                Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.
                Form 20-F [ X ] Form 40-F [ ]
                Indicate by check mark if the registrant is submitting the Form 6-K in paper as permitted by Regulation S-T Rule 101(b)(1): ________.
                Note: Regulation S-T Rule 101(b)(1) only permits the submission in paper of a Form 6-K if submitted solely to provide an attached annual report to security holders.
                """).cover();
        assertThat(c.registrantName()).isEqualTo("AEGEAN MARINE PETROLEUM NETWORK INC");
        assertThat(c.annualReportForm()).isEqualTo("20-F");
        assertThat(c.paperSubmission101b1()).isFalse();
        assertThat(c.paperSubmission101b7()).isNull();
        assertThat(c.principalOffice().city()).isEqualTo("Piraeus");
        assertThat(c.principalOffice().country()).isEqualTo("Greece");
    }

    /** Alexco Resource Corp., 6-K of February 2010 (0001062993-10-000388): boxes before their labels, a misspelt month. */
    @Test
    void bracketedMarkBeforeTheLabelAndAMisspeltMonth() {
        Cover c = Snippets.text("""
                FORM 6-K
                REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16
                UNDER THE SECURITIES EXCHANGE ACT OF 1934
                For the month of Februrary, 2010
                Commission File Number: 001-33621
                ALEXCO RESOURCE CORPORATION
                (Translation of registrant's name into English)
                Suite 1150-200 Granville Street
                Vancouver, British Columbia, Canada V6C 1S4
                (Address of principal executive offices)
                Indicate by check mark whether the registrant files or will file annual reports under cover Form 20-F or Form 40-F.
                [ ] Form 20-F [ x ] Form 40-F
                Indicate by check mark if the registrant is submitting the Form 6-K in paper as permitted by Regulation S-T Rule 101(b)(1): [ ]
                Indicate by check mark whether by furnishing the information contained in this Form, the registrant is also thereby furnishing the information to the Commission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.
                Yes [ ] No [ x ]
                If "Yes" is marked, indicate below the file number assigned to the registrant in connection with Rule 12g3-2(b): 82- _________
                """).cover();
        assertThat(c.reportMonth()).isEqualTo("2010-02");
        assertThat(c.annualReportForm()).isEqualTo("40-F");
        assertThat(c.exemption12g32b()).isFalse();
        assertThat(c.exemptionFileNumber()).isNull();
        assertThat(c.principalOffice().city()).isEqualTo("Vancouver");
    }

    /** AIXTRON AG, 6-K of July 2009 (0001157523-09-005455): ⊠ and the enclosing square U+20DE as boxes. */
    @Test
    void otherUnicodeBoxGlyphs() {
        Cover c = Snippets.text("""
                FORM 6-K
                Report of Foreign Private Issuer
                Pursuant to Rule 13a-16 or 15d-16 of the
                Securities Exchange Act of 1934
                Commission File No. 000-51196
                For the month of July, 2009
                AIXTRON AKTIENGESELLSCHAFT
                (Translation of registrant’s name into English)
                Kackertstrasse
                D-52072 Aachen
                Germany
                (Address of principal executive offices)
                Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.
                Form 20-F \u22A0
                Form 40-F \u20DE
                """).cover();
        assertThat(c.commissionFileNumber()).isEqualTo("000-51196");
        assertThat(c.reportMonth()).isEqualTo("2009-07");
        assertThat(c.annualReportForm()).isEqualTo("20-F");
        assertThat(c.principalOffice().city()).isEqualTo("Aachen");
        assertThat(c.principalOffice().country()).isEqualTo("Germany");
    }

    /** Agrium Inc., 6-K of March 2009 (0001193125-09-048622): a bare X after the second label. */
    @Test
    void bareMarkAfterTheSecondLabel() {
        Cover c = Snippets.text("""
                Form 6-K
                Report of Foreign Issuer
                Pursuant to Rule 13a-16 or 15d-16 of
                the Securities Exchange Act of 1934
                For the month of: March, 2009
                Commission File Number: 001-14460
                AGRIUM INC.
                (Name of registrant)
                13131 Lake Fraser Drive S.E.
                Calgary, Alberta,
                Canada T2J 7E8
                (Address of Principal Executive Offices)
                Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F:
                Form 20-F Form 40-F X
                Indicate by check mark whether the registrant by furnishing the information contained in this Form is also thereby furnishing the information to the SEC pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.
                Yes No X
                """).cover();
        assertThat(c.annualReportForm()).isEqualTo("40-F");
        assertThat(c.exemption12g32b()).isFalse();
    }

    /**
     * Ballard Power Systems Inc., 6-K of January 2009 (0000912282-09-000008): the boxes are images, so the text
     * has no mark, and the filing does not say which form it files: nothing is inferred and a warning says why.
     */
    @Test
    void lostMarksWithoutEvidenceGiveNoFormAndAWarning() {
        FilingRecord r = Snippets.text("""
                UNITED STATES
                SECURITIES AND EXCHANGE COMMISSION
                Form 6-K
                REPORT OF FOREIGN PRIVATE ISSUER
                PURSUANT TO RULE 13a-16 OR 15d-16
                UNDER THE SECURITIES EXCHANGE ACT OF 1934
                January 2009
                Commission File Number: 000-53543
                Ballard Power Systems Inc.
                ———————————————————————————————————
                (Translation of registrant’s name into English)
                Canada
                ———————————————————————————————————
                (Jurisdiction of incorporation or organization)
                9000 Glenlyon Parkway
                Burnaby, BC
                V5J 5J8
                Canada
                ———————————————————————————————————
                (Address of principal executive office)

                Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F: Form 20-F Form 40-F
                Indicate by check mark if the registrant is submitting the Form 6-K in paper as permitted by Regulation S-T Rule 101(b)(1):
                """);
        Cover c = r.cover();
        assertThat(c.registrantName()).isEqualTo("Ballard Power Systems Inc");
        assertThat(c.reportMonth()).isEqualTo("2009-01");
        assertThat(c.annualReportForm()).isNull();
        assertThat(c.paperSubmission101b1()).isNull();
        assertThat(c.principalOffice().city()).isEqualTo("Burnaby");
        assertThat(c.principalOffice().country()).isEqualTo("Canada");
        assertThat(r.warnings()).extracting(Warning::code).contains("annual_report_form_unknown");
    }

    /** Agria Corporation, 6-K of June 2009 (0000950123-09-016999): no caption under the name; it heads the address. */
    @Test
    void nameWithoutCaptionHeadsTheAddress() {
        Cover c = Snippets.text("""
                FORM 6-K
                REPORT OF FOREIGN PRIVATE ISSUER
                PURSUANT TO RULE 13a-16 OR 15d-16 UNDER
                THE SECURITIES EXCHANGE ACT OF 1934
                For the month of May 2009
                Commission File Number: 001-33766
                AGRIA CORPORATION
                Room 706, 7/F, Huantai Building, No. 12A
                South Street Zhongguancun
                Haidian District, Beijing 100081
                People’s Republic of China
                (Address of principal executive offices)
                """).cover();
        assertThat(c.registrantName()).isEqualTo("AGRIA CORPORATION");
        assertThat(c.principalOffice().city()).isEqualTo("Beijing");
        assertThat(c.principalOffice().country()).isEqualTo("China");
        assertThat(c.principalOffice().text()).doesNotContain("AGRIA");
    }

    /** ABN AMRO Holding N.V., 6-K (0000950103-09-001192): "For May 26, 2009" is the report month. */
    @Test
    void reportDateAfterFor() {
        Cover c = Snippets.text("""
                FORM 6-K
                SECURITIES AND EXCHANGE COMMISSION
                Report of Foreign Private Issuer
                Pursuant to Rule 13a-16 or 15d-16 of
                the Securities Exchange Act of 1934
                For May 26, 2009
                Commission File Number: 001-14624
                ABN AMRO HOLDING N.V.
                Gustav Mahlerlaan 10
                1082 PP Amsterdam
                The Netherlands
                ________________________________________________
                (Address of principal executive offices)
                """).cover();
        assertThat(c.reportMonth()).isEqualTo("2009-05");
        assertThat(c.registrantName()).isEqualTo("ABN AMRO HOLDING N.V");
        assertThat(c.principalOffice().city()).isEqualTo("Amsterdam");
        assertThat(c.principalOffice().country()).isEqualTo("Netherlands");
    }

    /** Advanced Semiconductor Engineering, Inc., 6-K (0000950103-09-000241): a date alone in the head; "Republic of China". */
    @Test
    void dateAloneInTheHeadAndTaiwan() {
        Cover c = Snippets.text("""
                FORM 6-K
                Report of Foreign Private Issuer
                Pursuant to Rule 13a-16 or 15d-16
                of the Securities Exchange Act of 1934
                February 9, 2009
                Commission File Number 001-16125
                Advanced Semiconductor Engineering, Inc.
                ( Exact name of Registrant as specified in its charter)
                26 Chin Third Road
                Nantze Export Processing Zone
                Kaoshiung, Taiwan
                Republic of China
                (Address of principal executive offices)
                """).cover();
        assertThat(c.reportMonth()).isEqualTo("2009-02");
        assertThat(c.registrantName()).isEqualTo("Advanced Semiconductor Engineering, Inc");
        assertThat(c.principalOffice().city()).isEqualTo("Kaoshiung");
        assertThat(c.principalOffice().country()).isEqualTo("Taiwan");
    }

    /**
     * A name broken over two lines above the caption. The break is the one Advanced Semiconductor Engineering, Inc.
     * prints in its signature block (0000950103-09-000025); its cover is adapted to it.
     */
    @Test
    void nameSplitOverTwoLines() {
        Cover c = Snippets.text("""
                FORM 6-K
                Report of Foreign Private Issuer
                Pursuant to Rule 13a-16 or 15d-16
                of the Securities Exchange Act of 1934
                January 7, 2009
                Commission File Number 001-16125

                ADVANCED SEMICONDUCTOR
                ENGINEERING, INC.
                ( Exact name of Registrant as specified in its charter)
                26 Chin Third Road
                Kaoshiung, Taiwan
                Republic of China
                (Address of principal executive offices)
                """).cover();
        assertThat(c.registrantName()).isEqualTo("ADVANCED SEMICONDUCTOR ENGINEERING, INC");
    }

    /**
     * A caption printed before the name: Koninklijke Philips N.V.'s cover (0001104659-23-008911, in the corpus as
     * data__form6k.RoyalPhilips.html) with its name and caption rows swapped, as table layouts print them.
     */
    @Test
    void captionPrintedBeforeTheName() {
        Cover c = Snippets.text("""
                FORM 6-K
                REPORT OF FOREIGN ISSUER
                Pursuant to Rule 13a-16 or 15d-16 of the Securities Exchange Act of 1934
                January 30, 2023

                (Exact name of registrant as specified in its charter)

                KONINKLIJKE PHILIPS N.V.

                The Netherlands

                (Jurisdiction of incorporation or organization)

                Breitner Center, Amstelplein 2, 1096 BC Amsterdam, The Netherlands

                (Address of principal executive offices)
                """).cover();
        assertThat(c.registrantName()).isEqualTo("KONINKLIJKE PHILIPS N.V");
        assertThat(c.reportMonth()).isEqualTo("2023-01");
        assertThat(c.principalOffice().city()).isEqualTo("Amsterdam");
        assertThat(c.principalOffice().country()).isEqualTo("Netherlands");
    }

    /** Alcatel-Lucent, 6-K of July 2009 (0001308179-09-000093): the name is a logo image; the line above the caption is not a name. */
    @Test
    void noNameWhenTheCaptionHasNone() {
        Cover c = Snippets.text("""
                FORM 6-K
                Report of Foreign Private Issuer
                Pursuant to Rule 13a-16 or 15d-16
                of the Securities Exchange Act of 1934
                For the month of July, 2009
                Commission File Number 1-11130

                (Translation of registrant’s name into English)

                54, rue La Boétie

                75008 Paris — France

                (Address of principal executive offices)
                """).cover();
        assertThat(c.registrantName()).isNull();
        assertThat(c.commissionFileNumber()).isEqualTo("1-11130");
        assertThat(c.principalOffice().city()).isEqualTo("Paris");
        assertThat(c.principalOffice().country()).isEqualTo("France");
    }

    /** NVIDIA Corporation, 8-K of March 2026 (0001045810-26-000024): the file number under a caption broken over two cells. */
    @Test
    void eightKCoverWithCaptionRow() {
        FilingRecord r = Snippets.text("""
                UNITED STATES
                SECURITIES AND EXCHANGE COMMISSION
                FORM 8-K
                CURRENT REPORT
                PURSUANT TO SECTION 13 OR 15(d) OF
                THE SECURITIES EXCHANGE ACT OF 1934
                Date of Report (Date of earliest event reported): March 2, 2026
                NVIDIA CORPORATION

                (Exact name of registrant as specified in its charter)

                Delaware\t0-23985\t94-3177549
                (State or other jurisdiction\t(Commission\t(IRS Employer
                of incorporation)\tFile Number)\tIdentification No.)

                2788 San Tomas Expressway, Santa Clara, CA 95051
                (Address of principal executive offices) (Zip Code)
                Registrant’s telephone number, including area code: (408) 486-2000
                """);
        Cover c = r.cover();
        assertThat(r.form()).isEqualTo("8-K");
        assertThat(c.registrantName()).isEqualTo("NVIDIA CORPORATION");
        assertThat(c.commissionFileNumber()).isEqualTo("0-23985");
        assertThat(c.reportMonth()).isNull();
        assertThat(c.annualReportForm()).isNull();
        assertThat(c.principalOffice().city()).isEqualTo("Santa Clara");
        assertThat(c.principalOffice().country()).isEqualTo("United States");
    }

    /** International Business Machines Corporation, 10-K for 2023 (0000051143-24-000012): the number above its caption. */
    @Test
    void tenKCoverWithTheNumberAboveItsCaption() {
        FilingRecord r = Snippets.text("""
                UNITED STATES
                SECURITIES AND EXCHANGE COMMISSION
                WASHINGTON, D.C. 20549

                FORM 10-K
                ANNUAL REPORT
                pursuant to Section 13 or 15 (d) of the
                Securities Exchange Act of 1934
                FOR THE YEAR ENDED DECEMBER 31, 2023
                1-2360
                (Commission file number)
                INTERNATIONAL BUSINESS MACHINES CORPORATION
                (Exact name of registrant as specified in its charter)

                New York
                (State of Incorporation)
                13-0871985
                (IRS Employer Identification Number)
                One New Orchard Road
                Armonk, New York
                (Address of principal executive offices)
                10504
                (Zip Code)
                """);
        Cover c = r.cover();
        assertThat(r.form()).isEqualTo("10-K");
        assertThat(c.registrantName()).isEqualTo("INTERNATIONAL BUSINESS MACHINES CORPORATION");
        assertThat(c.commissionFileNumber()).isEqualTo("1-2360");
        assertThat(c.reportMonth()).isNull();
        assertThat(c.principalOffice().city()).isEqualTo("Armonk");
        assertThat(c.principalOffice().country()).isEqualTo("United States");
    }

    /** A blank number is null, not a guess: "Commission file number ____" (Plymouth Rock Technologies Inc., 20-F, 0001062993-21-003193). */
    @Test
    void blankFileNumberIsNull() {
        Cover c = Snippets.text("""
                FORM 20-F
                [X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
                For the fiscal year ended November 30, 2020
                Commission file number _______________________________

                PLYMOUTH ROCK TECHNOLOGIES INC.
                (Exact name of Registrant as specified in its charter)

                _______________________________________
                (Translation of Registrant's name into English)

                British Columbia, Canada
                (Jurisdiction of incorporation or organization)

                Suite 206 - 1045 West 8th Avenue, Vancouver, British Columbia, Canada V6H 1C3
                (Address of principal executive offices)
                """).cover();
        assertThat(c.commissionFileNumber()).isNull();
        assertThat(c.registrantName()).isEqualTo("PLYMOUTH ROCK TECHNOLOGIES INC");
        assertThat(c.principalOffice().city()).isEqualTo("Vancouver");
        assertThat(c.principalOffice().country()).isEqualTo("Canada");
    }
}
