package sixk.event;

import org.junit.jupiter.api.Test;
import sixk.pipeline.FilingReader;
import sixk.record.Event;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cue regressions: sentences of real releases that were misread, and their near misses. */
class EventCuesTest {
    /** The types of the events read in a text filing. */
    private static List<String> types(String text) {
        return FilingReader.standard().read(text.getBytes(StandardCharsets.UTF_8), "release.txt").events().stream().map(Event::type).toList();
    }

    @Test
    void anAppointmentToAnExecutiveCommitteeIsAManagementChange() {
        // The release of ABB's 6-K of September 2009 (0001104659-09-053728), its first lines.
        String release = """
                ABB names Brice Koch to Group Executive Committee

                Manager of China business to take on new role as Head of Marketing and Customer Solutions

                Zurich, Switzerland, Sept. 9, 2009 \u2013 ABB, the leading power and automation technology group, has appointed Brice Koch \
                to the Group Executive Committee as Head of Marketing and Customer Solutions, a new role created to drive additional growth \
                across the company\u2019s markets and regions.
                """;
        assertThat(types(release)).contains("management_change");
    }

    @Test
    void aRoleNamedBeforeItsHolderRetiresIsAManagementChange() {
        // ABB's 6-K of June 2010 (0001104659-10-035934): the role comes before the verb.
        String release = """
                Jonsson to leave ABB at end of July 2010 after 34 years with the company

                Zurich, Switzerland, June 28, 2010 — Anders Jonsson, a member of the ABB Executive Committee since 2006, will retire \
                at the end of July 2010 after 34 years with the company.
                """;
        assertThat(types(release)).contains("management_change");
        // Directors retiring by rotation at a meeting are no change of management.
        String rotation = "The Chairman and two other Directors will retire by rotation at the annual general meeting and offer themselves for re-election.";
        assertThat(types(rotation)).doesNotContain("management_change");
    }

    @Test
    void aTakeoverOfferLaunchedIsNoProduct() {
        // Agria's 6-K of December 2010 (0000950123-10-116246).
        String release = """
                Agria to Launch Partial Takeover Offer for PGG Wrightson Limited

                Beijing, China — December 23, 2010 — Agria Corporation today announced that it intends to make a partial takeover                 offer for PGG Wrightson Limited.
                """;
        assertThat(types(release)).doesNotContain("product");
        String launch = "Acme Launches New Cloud Storage Service for Small Businesses\n\nLondon, May 5, 2010 — Acme today launched a new "
                + "cloud storage service for small businesses.";
        assertThat(types(launch)).contains("product");
    }

    @Test
    void aNameChangeApprovedByABoardIsNoAppointment() {
        // ABN AMRO's 6-K of October 2009 (0000950103-09-002644).
        String text = "The LLC V Name Change was approved by written consent of LLC V\u2019s Board of Directors dated June 16, 2009.";
        assertThat(types(text)).doesNotContain("management_change");
        String names = "Acme Names Jane Roe Chief Financial Officer\n\nLondon, May 5, 2010 \u2014 Acme today named Jane Roe its Chief Financial Officer.";
        assertThat(types(names)).contains("management_change");
    }

    @Test
    void managementChangesAndALeavingDirectorAreAManagementChange() {
        // Abbey National's 6-K of April 2009 (0000903423-09-000359).
        String release = "ABBEY AND ALLIANCE & LEICESTER MANAGEMENT CHANGES\n\nAbbey National plc (\u201cAbbey\u201d) and Alliance & Leicester plc "
                + "(\u201cA&L\u201d) have announced that David Bennett, Executive Director, will be leaving the Company.";
        assertThat(types(release)).contains("management_change");
        String amendment = "The Board approved changes to the Company's articles of association. Management changes to the plan were not proposed.";
        assertThat(types(amendment)).doesNotContain("management_change");
    }

    @Test
    void aNoticeOfNonComplianceIsAListingEvent() {
        // 51job's 6-K of March 2010 (0001309014-10-000212).
        String release = "51job, Inc. Receives Nasdaq Letter Following Passing of Board Member\n\nSHANGHAI, China, March 24, 2010 \u2013 51job, Inc. "
                + "(Nasdaq: JOBS) announced today that it has received a letter dated March 23, 2010 from Nasdaq stating that due to the death "
                + "of independent director Dr. Xiaoyue Chen, the Company no longer complies with Nasdaq\u2019s independent director and audit "
                + "committee requirements as set forth in Listing Rule 5605.";
        assertThat(types(release)).contains("listing");
    }

    /** The types of the cues that match a sentence. */
    private static List<EventType> cueTypes(String sentence) {
        return EventCues.ALL.stream().filter(c -> c.pattern().matcher(sentence).find()).map(Cue::type).distinct().toList();
    }

    @Test
    void aMeetingsVotingResultsAreNoResultsOfOperations() {
        // Alexco's 6-K of December 2009 lists "Report of Voting Results" as its exhibit.
        assertThat(cueTypes("99.1 Report of Voting Results dated December 1, 2009")).doesNotContain(EventType.RESULTS_OF_OPERATIONS)
                .contains(EventType.SHAREHOLDER_MEETING);
        assertThat(cueTypes("The Company announced annual meeting voting results today.")).doesNotContain(EventType.RESULTS_OF_OPERATIONS);
        // Alexco's 6-Ks of 2010 report drill holes' results, a drug developer a trial's.
        assertThat(cueTypes("Alexco Announces Keno Hill Silver District Exploration Results")).doesNotContain(EventType.RESULTS_OF_OPERATIONS);
        assertThat(cueTypes("Acme reports drilling results from the Silver King vein")).doesNotContain(EventType.RESULTS_OF_OPERATIONS);
        assertThat(cueTypes("Acme reports positive clinical results from the AC-101 trial")).doesNotContain(EventType.RESULTS_OF_OPERATIONS);
        assertThat(cueTypes("Acme reports fourth quarter results")).contains(EventType.RESULTS_OF_OPERATIONS);
    }

    @Test
    void holdingAGeneralMeetingIsNoInvestorPresentation() {
        // Ballard's 6-K of May 2009 and A-Power's of October 2010.
        assertThat(cueTypes("Ballard Power Systems will hold its Annual General Meeting on Tuesday, June 2, 2009.")).doesNotContain(EventType.INVESTOR_PRESENTATION);
        assertThat(cueTypes("A-Power Energy Generation Systems Ltd. to Hold Annual General Meeting of Shareholders")).doesNotContain(EventType.INVESTOR_PRESENTATION);
        assertThat(cueTypes("Acme will host an investor day in London.")).contains(EventType.INVESTOR_PRESENTATION);
        assertThat(cueTypes("Acme will hold a conference call at 10 a.m.")).contains(EventType.INVESTOR_PRESENTATION);
    }

    @Test
    void aMilestoneWithoutMoneyIsAFigureOfSpeech() {
        // ABN AMRO's 6-K of February 2010; Alexco's of November 2010.
        assertThat(cueTypes("I am delighted to announce that we have reached a significant milestone in the separation process.")).doesNotContain(EventType.MILESTONE_PAYMENT);
        assertThat(cueTypes("Alexco achieved a key milestone in its development as an operating company.")).doesNotContain(EventType.MILESTONE_PAYMENT);
        assertThat(cueTypes("Acme achieved a clinical milestone under the agreement, triggering a payment of $5 million.")).contains(EventType.MILESTONE_PAYMENT);
        assertThat(cueTypes("Acme has received a $4 million development milestone from its partner.")).contains(EventType.MILESTONE_PAYMENT);
    }

    @Test
    void anOfferingOfBondsLaunchedIsNoProductAndAJuryWaiverNoLawsuit() {
        // Alcatel-Lucent's 6-K of September 2009; a loan agreement filed with A-Power's of January 2010.
        assertThat(types("Alcatel-Lucent launches an offering of bonds convertible into and/or exchangeable for new or existing shares (OCEANE) "
                + "in an amount of \u20ac750 million.\n")).doesNotContain("product");
        assertThat(cueTypes("Acme launches its new range of hearing aids in Europe.")).contains(EventType.PRODUCT);
        assertThat(types("EACH PARTY HEREBY IRREVOCABLY WAIVES ANY RIGHT IT MAY HAVE, AND AGREES NOT TO REQUEST, A JURY TRIAL FOR THE "
                + "ADJUDICATION OF ANY DISPUTE HEREUNDER.\n")).doesNotContain("litigation");
        assertThat(cueTypes("A jury in Texas returned a verdict against Acme.")).contains(EventType.LITIGATION);
    }

    @Test
    void anEmployeeStockPurchasePlanIsNoBuyback() {
        assertThat(cueTypes("Amendment to Employee Stock Purchase Plan")).doesNotContain(EventType.SHARE_BUYBACK);
        assertThat(cueTypes("The Board approved a share repurchase program of up to $25 million.")).contains(EventType.SHARE_BUYBACK);
    }
}
