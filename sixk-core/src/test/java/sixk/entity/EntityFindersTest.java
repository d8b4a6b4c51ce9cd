package sixk.entity;

import org.junit.jupiter.api.Test;
import sixk.record.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Money, percent, dates and periods as filings print them: each value normalized, each span exact. */
class EntityFindersTest {
    private static List<Entity> money(String text, String dollar) {
        List<Entity> out = new ArrayList<>();
        MoneyFinder.find(text, 0, dollar, out);
        for (Entity e : out) assertThat(e.span().of(text)).isEqualTo(e.text());
        return out;
    }

    private static MoneyAmount only(String text) {
        List<Entity> found = money(text, "USD");
        assertThat(found).as(text).hasSize(1);
        return (MoneyAmount) found.get(0).value();
    }

    @Test
    void tableCellsTakeTheirCaptionsUnitOverTheFigureReadAlone() {
        // A laid-out table as the reader renders it: "($000)" over cells that print their own "$".
        String text = "Revenue\n($000)\t2008\t2007\n-------------\nNatural gas\nexcluding\nhedging\t$ 79,402\t$ 73,662\n"
                + "Total revenue\t$149,205\t$(16,580)\n\n(expressed in thousands of dollars)\nRoyalties\t1,653\t1,512\n";
        List<Entity> found = money(text, "CAD");
        TableMoneyFinder.find(text, 0, "CAD", found);
        found.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
        assertThat(found).extracting(e -> e.span().of(text)).containsExactly("$ 79,402", "$ 73,662", "$149,205", "$(16,580)", "1,653", "1,512");
        assertThat(found).extracting(e -> ((MoneyAmount) e.value()).asDouble())
                .containsExactly(79_402_000d, 73_662_000d, 149_205_000d, -16_580_000d, 1_653_000d, 1_512_000d);
        // Plain "dollars" are the document's own, here Canadian.
        assertThat(found).extracting(e -> ((MoneyAmount) e.value()).currency()).containsOnly("CAD");
    }

    @Test
    void aCaptionGovernsPastTheColumnHeadingsAboveItsFirstFigures() {
        // Alexco's balance sheet of September 2010: four lines of headings and labels before the first row of figures,
        // whose cash of $13,268 thousand had been read as $13,268.
        String text = "INTERIM CONSOLIDATED BALANCE SHEETS\nAS AT\t(unaudited)\n(expressed in thousands of dollars)\nSEPTEMBER 30\tJUNE 30\n"
                + "2010\t2010\nASSETS\nCurrent Assets\nCash and cash equivalents\t$\t13,268\t$\t24,383\n";
        List<Entity> found = money(text, "CAD");
        TableMoneyFinder.find(text, 0, "CAD", found);
        assertThat(found).extracting(e -> ((MoneyAmount) e.value()).asDouble()).containsExactlyInAnyOrder(13_268_000d, 24_383_000d);
        // Once figures have come, four quiet lines still end the caption's table.
        String after = "(in thousands of dollars)\nCash\t1,000\nNotes\nto\nthe\nstatements\nPage\t12\n";
        List<Entity> rest = new ArrayList<>();
        TableMoneyFinder.find(after, 0, "CAD", rest);
        assertThat(rest).extracting(e -> e.span().of(after)).containsExactly("1,000");
    }

    @Test
    void aCaptionMayNameItsCurrencyByItsCode() {
        String text = "Highlights (CAD millions)\nRevenue\t102.9\t88.1\n";
        List<Entity> found = new ArrayList<>();
        TableMoneyFinder.find(text, 0, "USD", found);
        assertThat(found).extracting(e -> ((MoneyAmount) e.value()).asDouble()).containsExactly(102_900_000d, 88_100_000d);
        assertThat(found).extracting(e -> ((MoneyAmount) e.value()).currency()).containsOnly("CAD");
    }

    @Test
    void moneyInItsPrintedForms() {
        assertThat(only("received a $4 million payment").asDouble()).isEqualTo(4e6);
        assertThat(only("Receipt of $4 Million Milestone").asDouble()).isEqualTo(4e6);
        assertThat(only("sales of US$4.0m in the year")).isEqualTo(new MoneyAmount(4_000_000L, "USD", null, null));
        assertThat(only("EUR 12,5 millions").asDouble()).isEqualTo(12.5e6);
        assertThat(only("a €3 billion loan").currency()).isEqualTo("EUR");
        assertThat(only("¥120 million").currency()).isEqualTo("JPY");
        assertThat(only("£2.5bn").asDouble()).isEqualTo(2.5e9);
        assertThat(only("RMB1,113.1 million").asDouble()).isEqualTo(1_113_100_000d);
        assertThat(only("C$ 41 million").currency()).isEqualTo("CAD");
        assertThat(only("NT$3,617 million").currency()).isEqualTo("TWD");
        assertThat(only("HK$ 1.2 billion").currency()).isEqualTo("HKD");
        assertThat(only("CHF 250 million").currency()).isEqualTo("CHF");
        assertThat(only("12.5 million euros").asDouble()).isEqualTo(12.5e6);
        assertThat(only("3 million Swiss francs").currency()).isEqualTo("CHF");
        // After the number: the currency itself, a scale (attached or not), a code, or "of".
        assertThat(only("paid 40 euros each").asDouble()).isEqualTo(40d);
        assertThat(only("a 4m euros fee").asDouble()).isEqualTo(4e6);
        assertThat(only("2.5 Billion USD").currency()).isEqualTo("USD");
        assertThat(only("120 mn yuan").currency()).isEqualTo("CNY");
    }

    @Test
    void aScaledSumIsWholeWithoutTheBinaryErrorsOfItsProduct() {
        // 3.687 × 10⁹ and 68.1 × 10⁹ are not exact in binary: the record printed 3687000000.000001 and 68099999999.99999.
        assertThat(only("revenues of EUR 3,687 million")).isEqualTo(new MoneyAmount(3_687_000_000L, "EUR", null, null));
        assertThat(only("revenue of $68.1 billion")).isEqualTo(new MoneyAmount(68_100_000_000L, "USD", null, null));
        assertThat(only("$16.6 million").value()).isEqualTo(16_600_000L);
        assertThat(only("a dividend of $0.25 per share").value()).isEqualTo(0.25);
    }

    @Test
    void qualifiersAndRanges() {
        assertThat(only("cash of more than $14 million").qualifier()).isEqualTo("more than");
        assertThat(only("up to $25 million worth").qualifier()).isEqualTo("up to");
        assertThat(only("approximately €5 million").qualifier()).isEqualTo("approximately");
        MoneyAmount range = only("revenue of $10–12 million");
        assertThat(range.asDouble()).isEqualTo(10e6);
        assertThat(range.high().doubleValue()).isEqualTo(12e6);
    }

    @Test
    void aBareDollarIsTheDocumentsDollar() {
        String text = "(All figures are in Canadian dollars unless otherwise noted) Revenue was $41 million.";
        assertThat(DollarCurrency.of(text)).isEqualTo("CAD");
        assertThat(((MoneyAmount) money(text, DollarCurrency.of(text)).get(0).value()).currency()).isEqualTo("CAD");
        assertThat(DollarCurrency.of("Revenue was $41 million.")).isEqualTo("USD");
        // "NT " closes many a capitalized word before the statement; Taiwan's dollar is named either way.
        assertThat(DollarCurrency.of("THE SUPPLY AGREEMENT AND THE PAYMENT SCHEDULE. All amounts are in NT dollars.")).isEqualTo("TWD");
        assertThat(DollarCurrency.of("AGREEMENT\nAmounts are expressed in New Taiwan dollars.")).isEqualTo("TWD");
        assertThat(DollarCurrency.of("THE AGREEMENT NT dollars")).isEqualTo("USD");
    }

    @Test
    void numbersInBothConventions() {
        assertThat(Numbers.parse("1,234.56")).isEqualTo(1234.56);
        assertThat(Numbers.parse("1.234,56")).isEqualTo(1234.56);
        assertThat(Numbers.parse("4.000.000")).isEqualTo(4_000_000d);
        assertThat(Numbers.parse("12,5")).isEqualTo(12.5);
        assertThat(Numbers.parse("1,234")).isEqualTo(1234d);
        assertThat(Numbers.parse("12a")).isNaN();
    }

    @Test
    void percents() {
        List<Entity> out = new ArrayList<>();
        String text = "up 12.5% on last year, a 3 per cent margin and 40 percent of sales; down -2,1 %";
        PercentFinder.find(text, 0, out);
        assertThat(out.stream().map(e -> (Object) ((Map<?, ?>) e.value()).get("value")).toList()).containsExactly(12.5, 3L, 40L, -2.1);
    }

    private static List<Object> dates(String text, String kind) {
        List<Entity> out = new ArrayList<>();
        DateFinder.find(text, 0, out);
        for (Entity e : out) assertThat(e.span().of(text)).isEqualTo(e.text());
        return out.stream().filter(e -> e.kind().equals(kind)).map(Entity::value).toList();
    }

    @Test
    void datesInTheirPrintedForms() {
        assertThat(dates("on September 19, 2002, on 19 September 2002, on Sept. 19, 2002 and on 2002-09-19", "date"))
                .containsExactly("2002-09-19", "2002-09-19", "2002-09-19", "2002-09-19");
        assertThat(dates("on February 30, 2009", "date")).isEmpty();
    }

    @Test
    void periodsAsTheRecordWritesThem() {
        assertThat(dates("Q3 2002 and the third quarter of 2002 and 3Q09", "period")).containsExactly("2002-Q3", "2002-Q3", "2009-Q3");
        assertThat(dates("the first half of 2009, H1 2009, the six months ended June 30, 2009", "period"))
                .containsExactly("2009-H1", "2009-H1", "2009-H1");
        assertThat(dates("fiscal 2008, FY2008 and the year ended December 31, 2001", "period")).containsExactly("2008", "2008", "2001");
        assertThat(dates("for the quarter ended June 30, 2009 and January 2009 revenues", "period")).containsExactly("2009-Q2", "2009-01");
        // The year first: "Retail's 2008 fourth quarter net sales", "the 2009 first half".
        assertThat(dates("Retail's 2008 fourth quarter net sales, the 2009 first half and 2010 1st Quarter", "period"))
                .containsExactly("2008-Q4", "2009-H1", "2010-Q1");
        assertThat(dates("sales of 2008 units in the first quarter", "period")).isEmpty();
    }

    @Test
    void peopleOrganizationsTrademarks() {
        List<Entity> out = new ArrayList<>();
        String text = "Dr. Gerard Soula, president and chief executive officer of Flamel, said that Corning Inc. markets Micropump® technology.";
        PersonFinder.find(text, 0, out);
        OrganizationFinder.find(text, 0, out);
        TrademarkFinder.find(text, 0, out);
        assertThat(out).extracting(Entity::kind).contains("person", "organization", "trademark", "product");
        Map<?, ?> person = (Map<?, ?>) out.get(0).value();
        assertThat(person.get("name")).isEqualTo("Gerard Soula");
        assertThat(person.get("title")).isEqualTo("president and chief executive officer of Flamel");
        assertThat(out).anySatisfy(e -> assertThat(e.text()).isEqualTo("Corning Inc."));
    }

    @Test
    void aPossessiveIsNotPartOfAName() {
        List<Entity> out = new ArrayList<>();
        String text = "Mr. Devanny\u2019s employment ends; Ms. Springsteen-Abbott and Mr. O\u2019Brien stay. Dr. Goldman's term began.";
        PersonFinder.find(text, 0, out);
        assertThat(out).extracting(Entity::text).containsExactly("Mr. Devanny", "Ms. Springsteen-Abbott", "Mr. O\u2019Brien", "Dr. Goldman");
        assertThat(PersonName.PATTERN.matcher("Toshiba\u2019s Fab").find()).isFalse();
    }

    @Test
    void organizationNamesRunUpToSevenWordsBeforeTheirLegalForm() {
        List<String> found = organizations("Shares of (Biomass Electricity Co., Ltd.) and of Alpha Beta Gamma Delta Epsilon Zeta Eta Inc. rose; "
                + "Compagnie Generale de Geophysique des Pays de la Loire S.A. signed.");
        // The leftmost capital from which at most six more words reach a legal form opens the name.
        assertThat(found).containsExactly("Biomass Electricity Co., Ltd.", "Alpha Beta Gamma Delta Epsilon Zeta Eta Inc.",
                "Geophysique des Pays de la Loire S.A.");
        // Eight words before the form: the name's first word is out of reach, and the name starts one word later.
        assertThat(organizations("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Inc.")).containsExactly("Beta Gamma Delta Epsilon Zeta Eta Theta Inc.");
        // A name does not run across a line of figures or a semicolon.
        assertThat(organizations("Total; 2009 Acme Widgets Inc.")).containsExactly("Acme Widgets Inc.");
    }

    @Test
    void organizationNamesAtTheEdgesOfWhereTheyCanStart() {
        // A capital inside a run of characters, a comma before the form, a form-like word inside a name.
        assertThat(organizations("sold to x-Acme Corp. today")).containsExactly("Acme Corp.");
        assertThat(organizations("bought by the Acme Widgets, Inc. unit")).containsExactly("Acme Widgets, Inc.");
        assertThat(organizations("with Foo Co-op Holdings now")).containsExactly("Foo Co-op Holdings");
        // A comma, two blanks or a word of small letters end the run of words a name can have.
        assertThat(organizations("Alpha, Beta Inc.")).containsExactly("Beta Inc.");
        assertThat(organizations("Alpha  Beta Inc.")).containsExactly("Beta Inc.");
        assertThat(organizations("Alpha with Beta Inc.")).containsExactly("Beta Inc.");
    }

    @Test
    void aNameEndsAtTheFirstCommaEvenWhenTheTitleFollowsOnTheNextLine() {
        List<Entity> out = new ArrayList<>();
        PersonFinder.find("The new directors are William Campbell,\nPresident and CEO of Intuit Corp.; Lawrence Ellison, Chairman of Oracle.", 0, out);
        assertThat(out).extracting(Entity::text).containsExactly("William Campbell", "Lawrence Ellison");
    }

    private static List<String> organizations(String text) {
        List<Entity> out = new ArrayList<>();
        OrganizationFinder.find(text, 0, out);
        return out.stream().map(Entity::text).toList();
    }

    @Test
    void aMarkedNameOfThreeLongWordsIsReadWhole() {
        String word = "A" + "x".repeat(30); // 31 characters, the longest word a marked name has
        String name = word + " " + word.replace('A', 'B') + " " + word.replace('A', 'C');
        List<Entity> out = new ArrayList<>();
        TrademarkFinder.find("Our " + name + " ® platform", 0, out);
        assertThat(out).extracting(Entity::value).contains(name);
    }
}
