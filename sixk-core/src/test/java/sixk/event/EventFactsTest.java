package sixk.event;

import org.junit.jupiter.api.Test;
import sixk.entity.MoneyAmount;
import sixk.entity.MoneyFinder;
import sixk.record.Entity;
import sixk.record.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of a sentence's sums is an event's amount. */
class EventFactsTest {
    /** The facts of {@code type} in one sentence, with the spans of the cues of that type as the event stage finds them. */
    private static Map<String, Object> facts(EventType type, String text) {
        List<Entity> entities = new ArrayList<>();
        MoneyFinder.find(text, 0, "USD", entities);
        entities.sort(Comparator.comparingInt(e -> e.span().start()));
        List<Span> cues = new ArrayList<>();
        for (Cue c : EventCues.ALL) {
            if (c.type() != type) continue;
            Matcher m = c.pattern().matcher(text);
            if (m.find()) cues.add(new Span(m.start(), m.end()));
        }
        return EventFacts.read(type, text, List.of(new Span(0, text.length())), cues, entities, "Acme Corp", List.of());
    }

    private static double amount(EventType type, String text) {
        MoneyAmount a = (MoneyAmount) facts(type, text).get("amount");
        assertThat(a).as(text).isNotNull();
        return a.asDouble();
    }

    @Test
    void theResultsPeriodIsNotThePeriodTheyAreComparedWith() {
        // Agrium's 6-K of February 2009: the quarter's own year is not printed, the comparison's is.
        String text = "Agrium announced today net earnings for the fourth quarter of $124-million ($0.79 diluted earnings per share), "
                + "compared with the net earnings of $172-million in the fourth quarter of 2007 ($1.24 diluted earnings per share).";
        List<Entity> entities = new ArrayList<>();
        sixk.entity.DateFinder.find(text, 0, entities);
        assertThat(entities).extracting(Entity::value).contains("2007-Q4");
        Map<String, Object> f = EventFacts.read(EventType.RESULTS_OF_OPERATIONS, text, List.of(new Span(0, text.length())), List.of(), entities, "Agrium", List.of());
        assertThat(f).doesNotContainKey("period");
        String both = "EBIT was $172-million for the fourth quarter of 2008 compared with EBIT of $250-million for the fourth quarter of 2007.";
        List<Entity> two = new ArrayList<>();
        sixk.entity.DateFinder.find(both, 0, two);
        assertThat(EventFacts.read(EventType.RESULTS_OF_OPERATIONS, both, List.of(new Span(0, both.length())), List.of(), two, "Agrium", List.of()))
                .containsEntry("period", "2008-Q4");
    }

    @Test
    void cashPositionIsTheSumItsCueNamesNotAnEarlierOne() {
        assertThat(amount(EventType.CASH_POSITION,
                "After paying a $3.1 million special dividend in May, the company's cash position remained strong at $52.6 million."))
                .isEqualTo(52_600_000d);
    }

    @Test
    void financingIsTheSumRaisedNotTheSharePrice() {
        assertThat(amount(EventType.FINANCING,
                "The company will sell 2,000,000 common shares at a price of $4.25 per share to raise $8.5 million."))
                .isEqualTo(8_500_000d);
        // Advantage Energy's 6-K of July 2009: the cue ("bought deal financing") names no sum, the price per unit comes first.
        assertThat(amount(EventType.FINANCING, "Advantage announces that it has closed its previously announced bought deal financing. "
                + "Pursuant to the Financing, the Fund issued 17,000,000 trust units at a price of $6.00 per trust unit for gross proceeds of $102 million."))
                .isEqualTo(102_000_000d);
        assertThat(facts(EventType.FINANCING, "The Fund issued trust units at a price of $6.00 per trust unit.")).doesNotContainKey("amount");
    }

    @Test
    void aDealIsItsValueNotThePricePerShare() {
        // Aladdin's 6-K of March 2009: the price per share comes first, the deal's value after it.
        assertThat(amount(EventType.ACQUISITION_DISPOSITION, "Aladdin completed its merger with Vector Capital: shareholders receive $11.50 per share in cash, "
                + "reflecting a value of $160 million.")).isEqualTo(160_000_000d);
        assertThat(amount(EventType.MATERIAL_AGREEMENT, "Acme Corp entered into an underwriting agreement for 5,000,000 common shares, par value $0.001 per share, "
                + "for gross proceeds of $25 million.")).isEqualTo(25_000_000d);
        assertThat(facts(EventType.SHARE_BUYBACK, "Acme Corp may repurchase shares at up to $12.00 per share.")).doesNotContainKey("amount");
    }

    @Test
    void aChangeNeitherSaidAppointedNorDepartedIsNotGuessed() {
        assertThat(facts(EventType.MANAGEMENT_CHANGE, "Mr. Song will continue to serve on the board of directors until the 2005 Annual Meeting.")).doesNotContainKey("change");
        assertThat(facts(EventType.MANAGEMENT_CHANGE, "The Board appointed Jane Roe as Chief Financial Officer.")).containsEntry("change", "appointed");
        assertThat(facts(EventType.MANAGEMENT_CHANGE, "Mr. Devanny's employment with the Company was terminated on March 31.")).containsEntry("change", "departed");
        // The role ends where the sentence does: "… resigned as a director of Agria." is "director of Agria".
        assertThat(facts(EventType.MANAGEMENT_CHANGE, "Dr. Geoffrey Duyk has resigned as a director of Agria.")).containsEntry("role", "director of Agria");
    }

    @Test
    void aDividendsRecordAndPaymentDatesFollowItsDeclaration() {
        // Advantage Energy Income Fund's 6-K of February 2009: the dates are in the sentence after the one that tells the distribution.
        String text = "the Board of Directors of Advantage Energy Income Fund has approved a reduction in the cash distribution\n"
                + "for the month of February 2009 to $0.04 per Unit from the current $0.08 per Unit. The distribution will be payable on "
                + "March 16, 2009 to Unitholders of\nrecord at the close of business on February 27, 2009. The ex-distribution date is February 25, 2009.";
        List<Entity> entities = new ArrayList<>();
        MoneyFinder.find(text, 0, "CAD", entities);
        sixk.entity.DateFinder.find(text, 0, entities);
        entities.sort(Comparator.comparingInt(e -> e.span().start()));
        int told = text.indexOf(" The distribution");
        Map<String, Object> f = EventFacts.read(EventType.DIVIDEND, text, List.of(new Span(0, told)), List.of(), entities, "Advantage", List.of());
        assertThat(f).containsEntry("record_date", "2009-02-27").containsEntry("payment_date", "2009-03-16");
        assertThat(facts(EventType.DIVIDEND, "Acme Corp declared a dividend of $0.25 per share.")).doesNotContainKeys("record_date", "payment_date");
    }

    @Test
    void aCashPositionIsDatedByTheDateItsSentenceGives() {
        String text = "As of March 31, 2010, the Company had cash and short-term investments totaling RMB1,274.2 million, compared with "
                + "RMB1,214.7 million at December 31, 2009.";
        List<Entity> entities = new ArrayList<>();
        MoneyFinder.find(text, 0, "USD", entities);
        sixk.entity.DateFinder.find(text, 0, entities);
        entities.sort(Comparator.comparingInt(e -> e.span().start()));
        Map<String, Object> f = EventFacts.read(EventType.CASH_POSITION, text, List.of(new Span(0, text.length())), List.of(), entities, "51job", List.of());
        assertThat(f).containsEntry("as_of", "2010-03-31");
        assertThat(facts(EventType.CASH_POSITION, "Cash reserves of $85.4 million.")).doesNotContainKey("as_of");
    }

    @Test
    void theFilersPartInADealIsSaidOnlyWhenItIsTheSubject() {
        // Aegean's 6-K of February 2009 buys; Alcatel-Lucent's of May 2009 tells another party's purchase of its stake.
        assertThat(EventFacts.dealRole("Aegean Marine Petroleum Network Inc. Acquires Double-Hull Bunkering Tanker",
                List.of(new Span(0, 70)), "AEGEAN MARINE PETROLEUM NETWORK INC")).isEqualTo("acquirer");
        String sale = "Dassault Aviation completes the acquisition of Alcatel-Lucent\u2019s stakes in Thales";
        assertThat(EventFacts.dealRole(sale, List.of(new Span(0, sale.length())), "ALCATEL-LUCENT")).isNull();
        String sold = "On June 1, 2009, the Company sold its interest in the Portland terminal to Acme Partners.";
        assertThat(EventFacts.dealRole(sold, List.of(new Span(0, sold.length())), "AEGEAN MARINE")).isEqualTo("seller");
        String bought = "Aladdin Knowledge Systems Ltd. announced today that it was acquired by an affiliate of Vector Capital.";
        assertThat(EventFacts.dealRole(bought, List.of(new Span(0, bought.length())), "ALADDIN KNOWLEDGE SYSTEMS LTD")).isEqualTo("target");
    }

    @Test
    void kindsOfListingChangesDecisionsDocumentsAndMetrics() {
        assertThat(facts(EventType.LISTING, "Horizon received a letter from the NASDAQ Stock Market stating that it had regained compliance with the rule."))
                .containsEntry("change", "regained_compliance");
        assertThat(facts(EventType.LISTING, "51job received a Nasdaq Staff Deficiency Letter indicating that it is not in compliance with Rule 5605."))
                .containsEntry("change", "non_compliance");
        assertThat(facts(EventType.LISTING, "Alcatel-Lucent has submitted an application to delist its ADSs from the NYSE."))
                .containsEntry("change", "delisted").containsEntry("exchange", "NYSE");
        assertThat(facts(EventType.REGULATORY, "The European Commission has fined ABB EUR 33.75 million.")).containsEntry("decision", "fined");
        assertThat(facts(EventType.REGULATORY, "The FDA has approved Acme's new lens.")).containsEntry("decision", "approved");
        assertThat(facts(EventType.GOVERNING_DOCUMENTS, "The Board amended the Company's By-Laws.")).containsEntry("what", "bylaws");
        // The metric a guidance sentence leads with: revenue here, before the EBIT margin.
        assertThat(facts(EventType.GUIDANCE, "We increase our guidance to EUR 230-250m of total revenues and an EBIT margin of 12-13% for 2009."))
                .containsEntry("metric", "revenue");
        assertThat(facts(EventType.SHARE_BUYBACK, "As of June 30, 2009, the Company had repurchased 148,195 ADSs under the program."))
                .containsEntry("shares", 148_195L);
        assertThat(facts(EventType.SHARE_BUYBACK, "Acme may repurchase up to 2.5 million common shares.")).containsEntry("shares", 2_500_000L);
        assertThat(facts(EventType.REGULATORY, "The regulator met with the company.")).doesNotContainKey("decision");
        // The product as the filing marks it.
        String approval = "Alcon announced that the U.S. Food and Drug Administration has approved the AcrySof\u00ae IQ Toric lens.";
        List<Entity> marks = new ArrayList<>();
        sixk.entity.TrademarkFinder.find(approval, 0, marks);
        assertThat(EventFacts.read(EventType.REGULATORY, approval, List.of(new Span(0, approval.length())), List.of(), marks, "Alcon", List.of()))
                .containsEntry("product", "AcrySof").containsEntry("decision", "approved");
    }

    @Test
    void thePersonIsNeverTheCompanyOrItsCommittee() {
        // Nuance's 8-Ks of 2008 and 2018: the company or its committee is named before the person.
        assertThat(facts(EventType.MANAGEMENT_CHANGE, "On September 10, 2018, the Board of Directors of Nuance Communications, Inc. appointed Daniel Brennan "
                + "as Executive Vice President.")).containsEntry("person", "Daniel Brennan");
        assertThat(facts(EventType.MANAGEMENT_CHANGE, "On February 29, 2008, the Compensation Committee approved the appointment of James R. Arnold "
                + "as Chief Financial Officer.")).containsEntry("person", "James R. Arnold");
    }

    @Test
    void withoutASumInItsCueTheFirstSumOfTheSentenceStands() {
        assertThat(amount(EventType.CASH_POSITION, "At June 30 the cash position, $41.0 million, funds operations into 2012."))
                .isEqualTo(41_000_000d);
    }

    @Test
    void revenueOfOneLineOfBusinessIsNotTheTotal() {
        assertThat(amount(EventType.RESULTS_OF_OPERATIONS,
                "Strong demand lifted product sales to $2.1 billion, while total revenues for the quarter were $3.4 billion."))
                .isEqualTo(3.4e9);
        assertThat(facts(EventType.RESULTS_OF_OPERATIONS, "Brokers helped push investment sales to $900 million in the year."))
                .doesNotContainKey("amount");
        assertThat(facts(EventType.RESULTS_OF_OPERATIONS, "Cross-sales reached $45 million as more customers held two products."))
                .doesNotContainKey("amount");
    }

    @Test
    void anOwnerOrAPeriodBeforeTheRevenueWordKeepsItTheTotal() {
        assertThat(amount(EventType.RESULTS_OF_OPERATIONS, "The company's revenues were $12.5 million for the quarter.")).isEqualTo(12_500_000d);
        assertThat(amount(EventType.RESULTS_OF_OPERATIONS, "Fourth quarter net sales were $1.2 billion.")).isEqualTo(1.2e9);
    }

    @Test
    void aRevenueWordInsideAnotherWordIsNone() {
        // "Wholesales" holds "sales" after a letter, and so does a PDF's "Totalrevenues" without its space: neither is a revenue word.
        assertThat(amount(EventType.RESULTS_OF_OPERATIONS,
                "Wholesales of $8 million and Totalrevenues of $9 million came before the company's revenues of $40 million for the quarter."))
                .isEqualTo(40_000_000d);
        assertThat(amount(EventType.RESULTS_OF_OPERATIONS, "Fourth quarter NET SALES were $3.1 million.")).isEqualTo(3_100_000d);
    }

    @Test
    void aShareOfSalesIsARatioNotRevenue() {
        assertThat(amount(EventType.RESULTS_OF_OPERATIONS,
                "The group spent 8% of sales on research (about $12 million), and revenue for the year was $150 million."))
                .isEqualTo(150_000_000d);
    }

    @Test
    void anIncreaseByIsAChangeNotTheRevenue() {
        assertThat(amount(EventType.RESULTS_OF_OPERATIONS, "Net sales increased by $12.0 million to $96.4 million in the second quarter."))
                .isEqualTo(96_400_000d);
    }

    /** The results amount of a table as the entity stage reads it, with the results' period (or none) told in "Results". */
    private static double resultsAmount(String text, String period) {
        List<Entity> entities = new ArrayList<>();
        MoneyFinder.find(text, 0, "CAD", entities);
        sixk.entity.TableMoneyFinder.find(text, 0, "CAD", entities);
        entities.sort(Comparator.comparingInt(e -> e.span().start()));
        Span told = new Span(0, 7);
        if (period != null) entities.add(0, new Entity("period", "Results", period, 0, told));
        Map<String, Object> f = EventFacts.read(EventType.RESULTS_OF_OPERATIONS, text, List.of(told), List.of(), entities, "Acme", List.of());
        return ((MoneyAmount) f.get("amount")).asDouble();
    }

    @Test
    void aTableRowNamedForALineOfBusinessIsNotTheTotal() {
        // Table rows capitalize every label: only a total's modifiers keep it the total.
        String text = "Results (US$ million)\nInvestment sales\t0.9\t0.8\nOther operating income\t54\t46\nNet Sales\t3,617\t4,146\n";
        assertThat(resultsAmount(text, null)).isEqualTo(3.617e9);
    }

    @Test
    void aYearsResultsAreReadFromTheYearColumnNotTheQuartersPrintedFirst() {
        String text = "Results\nThree months ended Year ended\nDecember 31 December 31\n($000)\t2008\t2007\t%change\t2008\t2007\t%change\n"
                + "Total revenue\t$149,205\t$165,951\t(10)%\t$741,962\t$557,358\t33%\n";
        assertThat(resultsAmount(text, "2008")).isEqualTo(741_962_000d);
        assertThat(resultsAmount(text, "2008-Q4")).isEqualTo(149_205_000d);
    }
}
