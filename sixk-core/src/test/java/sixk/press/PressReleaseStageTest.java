package sixk.press;

import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;
import sixk.record.PressRelease;
import sixk.record.Ticker;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PressReleaseStageTest {
    @Test
    void seedExhibitIsAPressRelease() {
        FilingRecord r = FilingReader.standard().read(TestFiles.resource("filings/flamel-6k-2002-09-seed.txt"), "seed");
        assertThat(r.pressReleases()).hasSize(1);
        PressRelease p = r.pressReleases().get(0);
        String text = r.text(p.document());
        assertThat(p.headline()).isEqualTo("Flamel Technologies Announces Receipt of $4 Million Milestone Payment from Servier Monde");
        assertThat(p.headlineSpan().of(text)).isEqualTo(p.headline());
        assertThat(p.dateline().city()).isEqualTo("Lyon");
        assertThat(p.dateline().country()).isEqualTo("France");
        assertThat(p.dateline().date()).isEqualTo("2002-09-19");
        assertThat(p.dateline().span().of(text)).startsWith("Lyon, France, September 19, 2002");
        assertThat(p.tickers()).containsExactly(new Ticker("NASDAQ", "FLML"));
    }

    @Test
    void allCapsCityAndOrdinalDay() {
        String text = "Exhibit 99.1\n\nFOR IMMEDIATE RELEASE\n\nAbbey's 2008 profits up over 20 per cent driven by\nstrong lending and deposit growth\n\n"
                + "LONDON, 5th February 2009 - Abbey reports (NYSE: STD).";
        DatelineFinder.Found f = DatelineFinder.find(text);
        assertThat(f.dateline().city()).isEqualTo("London");
        assertThat(f.dateline().date()).isEqualTo("2009-02-05");
        assertThat(PressReleaseStage.headlineAbove(text, f.lineStart()).of(text).replace('\n', ' '))
                .isEqualTo("Abbey's 2008 profits up over 20 per cent driven by strong lending and deposit growth");
    }

    @Test
    void subHeadlineIsNotPartOfTheHeadline() {
        String text = "Acme Takes Delivery of Tanker Newbuilding\nDouble-Hull Vessel to Serve Trinidad\n\nPIRAEUS, Greece, June 8, 2009 -- Acme said";
        DatelineFinder.Found f = DatelineFinder.find(text);
        assertThat(PressReleaseStage.headlineAbove(text, f.lineStart()).of(text)).isEqualTo("Acme Takes Delivery of Tanker Newbuilding");
    }

    @Test
    void aHeadlineWrappedAfterItsVerbIsOneHeadline() {
        // A-Power's 6-K of May 2009 (0001144204-09-029492): the headline was cut after "Appoints".
        String text = "A-Power Energy Generation Systems Ltd. Appoints\nChief Financial Officer & Chief Operating Officer\n"
                + "Shenyang, China, May 26, 2009 \u2014 A-Power Energy Generation Systems, Ltd. (Nasdaq: APWR) today announced";
        DatelineFinder.Found f = DatelineFinder.find(text);
        assertThat(PressReleaseStage.headlineAbove(text, f.lineStart()).of(text).replace('\n', ' '))
                .isEqualTo("A-Power Energy Generation Systems Ltd. Appoints Chief Financial Officer & Chief Operating Officer");
        String connector = "Acme Signs Supply Agreement With\nGlobal Shipping Line\n\nPIRAEUS, Greece, June 8, 2009 -- Acme said";
        assertThat(PressReleaseStage.headlineAbove(connector, DatelineFinder.find(connector).lineStart()).of(connector).replace('\n', ' '))
                .isEqualTo("Acme Signs Supply Agreement With Global Shipping Line");
    }

    @Test
    void bulletedHighlightsBetweenHeadlineAndDatelineArePassedOver() {
        // A-Power's 6-K of April 2009 (0001144204-09-019692): the first highlight was taken for the headline.
        String dashes = "A-Power Energy Generation Systems Ltd. Reports $10.0 Million in Net Income for the Fourth Quarter of 2008\n"
                + "- Q4 Diluted EPS $0.30; FY08 $1.01 \u2013\n- FY08 Revenue Grew 74% to $265 Million \u2013\n"
                + "- Teleconference to Be Held on Thursday, April 9, 2009 \u2013\nShenyang, China, April 9, 2009 - A-Power said";
        assertThat(PressReleaseStage.headlineAbove(dashes, DatelineFinder.find(dashes).lineStart()).of(dashes))
                .isEqualTo("A-Power Energy Generation Systems Ltd. Reports $10.0 Million in Net Income for the Fourth Quarter of 2008");
        // Alcon's 6-K of April 2009: five highlights set apart by blank lines, under a heading.
        StringBuilder dots = new StringBuilder("Exhibit 99.1\nAlcon Reports Rise in First Quarter Earnings on Organic Sales Growth\nFirst Quarter Highlights\n\n");
        for (int i = 1; i <= 5; i++) dots.append("\u00b7\tHighlight number ").append(i).append(" of the quarter\n\n");
        String alcon = dots.append("HUENENBERG, Switzerland \u2013 April 22, 2009 \u2013 Alcon, Inc. reported").toString();
        assertThat(PressReleaseStage.headlineAbove(alcon, DatelineFinder.find(alcon).lineStart()).of(alcon))
                .isEqualTo("Alcon Reports Rise in First Quarter Earnings on Organic Sales Growth");
    }

    @Test
    void theWrappedEndOfAListItemIsNoHeadline() {
        String text = "- The exchange rate for the Canadian dollar, expressed in U.S. dollars,\naveraging C$1.02 to U.S.$1.00;\n"
                + "CALGARY, Alberta, May 5, 2010 - Agrium said";
        assertThat(PressReleaseStage.headlineAbove(text, DatelineFinder.find(text).lineStart())).isNull();
        String brand = "eBay Reports Record Quarter\nSAN JOSE, Calif., April 21, 2010 - eBay Inc. said";
        assertThat(PressReleaseStage.headlineAbove(brand, DatelineFinder.find(brand).lineStart()).of(brand)).isEqualTo("eBay Reports Record Quarter");
    }

    @Test
    void anAnnouncingHeadlineAboveASubHeadlineIsTheHeadline() {
        // ABVC BioPharma's 8-K of April 2025 (0001213900-25-032135): its sub-headline was taken for the headline.
        String text = "Exhibit 99.1\n\nABVC BioPharma Announces 2024 Financial Results\n\n"
                + "Revenue Surges 234%, Expenses Down 21%, EPS Improves 77%\n\nSilicon Valley, CA (April 16, 2025) \u2013 ABVC BioPharma, Inc. today";
        DatelineFinder.Found f = DatelineFinder.find(text);
        assertThat(f.dateline().city()).isEqualTo("Silicon Valley");
        assertThat(f.dateline().date()).isEqualTo("2025-04-16");
        assertThat(PressReleaseStage.headline(text, f).of(text)).isEqualTo("ABVC BioPharma Announces 2024 Financial Results");
        String plain = text.replace("(April 16, 2025)", "April 16, 2025");
        assertThat(PressReleaseStage.headline(plain, DatelineFinder.find(plain)).of(plain)).isEqualTo("ABVC BioPharma Announces 2024 Financial Results");
        // A letterhead above an announcing headline stays where it is.
        String letterhead = "ABB Ltd\n\nABB Announces Realignment of Automation Divisions\n\nZurich, Switzerland, November 27, 2009 \u2013 ABB said";
        assertThat(PressReleaseStage.headline(letterhead, DatelineFinder.find(letterhead)).of(letterhead))
                .isEqualTo("ABB Announces Realignment of Automation Divisions");
    }

    @Test
    void dateAloneOpensARelease() {
        DatelineFinder.Found f = DatelineFinder.find("News Release\n\nAlexco Announces Resource\n\nMay 6, 2010 -- Alexco Resource Corp. (TSX:AXR)");
        assertThat(f.dateline().city()).isNull();
        assertThat(f.dateline().date()).isEqualTo("2010-05-06");
        assertThat(DatelineFinder.find("Title\n\nFor Immediate Release \u2013 February 5, 2009\n\nVANCOUVER, CANADA \u2013 Ballard").dateline().date())
                .isEqualTo("2009-02-05");
    }

    @Test
    void aHeadlineBelowMayEndOnALegalFormsPeriod() {
        // Alberta Star's 6-K of August 2010 (0001176256-10-000722).
        String text = "NEWS RELEASE\n\nAugust 20, 2010\tTSX-V Trading Symbol: ASX\nOTC BB Trading Symbol: ASXSF\n\n"
                + "ALBERTA STAR TO COMMENCE 5 WELL DRILLING PROGRAM WITH WESTERN PLAINS PETROLEUM LTD.\n\nFor Immediate Release\n\n"
                + "CALGARY, ALBERTA - Alberta Star Development Corp. announces";
        DatelineFinder.Found f = DatelineFinder.dateAlone(text);
        assertThat(f.dateline().date()).isEqualTo("2010-08-20");
        assertThat(PressReleaseStage.headline(text, f).of(text)).isEqualTo("ALBERTA STAR TO COMMENCE 5 WELL DRILLING PROGRAM WITH WESTERN PLAINS PETROLEUM LTD.");
        // A company's name alone below a date is a signature or a letterhead.
        String signature = "Date: May 5, 2010\n\nBallard Power Systems Inc.\n\nBy: /s/ Tony Guglielmin";
        assertThat(PressReleaseStage.headlineBelow(signature, signature.indexOf("2010") + 4)).isNull();
    }

    @Test
    void aContactsTelephoneOrEmailIsNoHeadline() {
        // Aegean's 6-K of April 2009 (0000919574-09-009135): the contact block runs into the headline.
        String text = "Exhibit 1\nCONTACTS:\nAegean Marine Petroleum Network Inc. Investor Relations:\n(212) 763-5665 Leon Berman, Principal\n"
                + "investor@ampni.com The IGB Group\n(212) 477-8438\nAegean Marine Petroleum Network Inc. Acquires Double-Hull Bunkering Tanker\n"
                + "Further Strengthens Logistics Infrastructure in West Africa\nPIRAEUS, Greece, April 21, 2009 - Aegean Marine Petroleum Network Inc. today";
        assertThat(PressReleaseStage.headline(text, DatelineFinder.find(text)).of(text))
                .isEqualTo("Aegean Marine Petroleum Network Inc. Acquires Double-Hull Bunkering Tanker");
        // Below a lone date, an address book's row is no headline.
        String row = "April 3, 2009\nmdonahue@agrium.com\n\nNova Scotia Securities Commission\tSecurities Commission of Newfoundland and Labrador\n";
        assertThat(PressReleaseStage.headlineBelow(row, row.indexOf("2009") + 4)).isNull();
    }

    @Test
    void aContractsOpeningIsNoDateline() {
        // A-Power's 6-K of January 2010 (0001144204-10-002880), its voting agreement exhibit.
        assertThat(DatelineFinder.find("EXECUTION COPY\nVOTING AGREEMENT\nVOTING AGREEMENT, dated as of January 21, 2010 (this \"Agreement\"), by and among"))
                .isNull();
        assertThat(DatelineFinder.find("AMENDMENT NO. 4 TO SILVER AGREEMENT\nTHIS AMENDMENT, May 5, 2010, between")).isNull();
        assertThat(DatelineFinder.find("Title\n\nIsle of Man, May 5, 2010 - Acme said").dateline().city()).isEqualTo("Isle of Man");
    }

    @Test
    void coverLinesAreNotDatelines() {
        assertThat(DatelineFinder.find("For the month of September 2002\nOn October 30, 2008 the company\nDated: May 5, 2009")).isNull();
    }

    @Test
    void tickersAreFoldedToShortCodes() {
        assertThat(TickerFinder.find("(Nasdaq: ALDN) and TSX Venture: AAA, TAIEX: 2311; NASDAQ: ALDN"))
                .isEqualTo(List.of(new Ticker("NASDAQ", "ALDN"), new Ticker("TSXV", "AAA"), new Ticker("TAIEX", "2311")));
    }

    // Regression tests from real 6-Ks that once read wrong (lines copied from the filings).

    @Test
    void severalReleasesInOneDocument() {
        String text = "This Form 6-K consists of the following:\n\n1. Press release issued by ABB Ltd dated October 7, 2009.\n\n"
                + "Press Release\n\nABB to review European Commission decision in power transformer investigation\n\n"
                + "Zurich, Switzerland, Oct. 7, 2009 \u2014 ABB confirmed today that the European Commission has announced its decision (NYSE: ABB).\n\n"
                + "Press Release\n\nABB renews USD 2 billion credit facility\n\n"
                + "Zurich, Switzerland, Oct. 8, 2009 \u2014 ABB has renewed a $2 billion credit facility with a group of banks.\n";
        List<DatelineFinder.Found> all = DatelineFinder.findAll(text, DatelineFinder.find(text));
        assertThat(all).extracting(f -> f.dateline().date()).containsExactly("2009-10-07", "2009-10-08");
        assertThat(PressReleaseStage.headline(text, all.get(1)).of(text)).isEqualTo("ABB renews USD 2 billion credit facility");
        assertThat(all.get(0).dateline().city()).isEqualTo("Zurich");
    }

    @Test
    void aHeadlineWrappedAfterTheCompanysLegalFormIsOneHeadline() {
        String text = "Exhibit 99.2\n\nAcme Energy and Thailand's Northern Power Co. Ltd.\nSign a Supply Contract for a 90 MW Plant\n"
                + "Bangkok, Thailand, March 2, 2010 \u2014 Acme Energy (NASDAQ: ACME) announced today a contract.\n\n"
                + "Beta Holdings AG\nInterim Management Statement\nZurich, 4 May 2010 \u2014 Beta Holdings AG today issues its statement.\n";
        List<DatelineFinder.Found> all = DatelineFinder.findAll(text, DatelineFinder.find(text));
        assertThat(PressReleaseStage.headline(text, all.get(0)).of(text).replace('\n', ' '))
                .isEqualTo("Acme Energy and Thailand's Northern Power Co. Ltd. Sign a Supply Contract for a 90 MW Plant");
        // A company's name over a title that does not open with a verb stays a headline of its own.
        assertThat(PressReleaseStage.headline(text, all.get(1)).of(text)).isEqualTo("Beta Holdings AG");
    }

    @Test
    void minutesBeforeTheReleaseAreNotOne() {
        // Minutes signed "place, date⇥name", an accounting note "During the year ended …, the Company": no dateline;
        // the release after them still is one.
        String text = "Minutes of the Annual General Meeting\n\nheld on May 5, 2010, 10.00 a.m. at the Messe, Zurich\n\n"
                + "During the year ended November 30, 2009, the Company issued 100,000 shares to directors.\n\n"
                + "This notice is dated 5 May 2010 and was sent to all holders.\n\n"
                + "For the minutes:\nZurich, May 5, 2010\tJane Roe, Secretary to the Board of Directors\n\nPress Release\n\n"
                + "Acme shareholders approve all board proposals\n\n"
                + "Zurich, Switzerland, May 5, 2010 \u2014 Shareholders of Acme have approved all proposals of the Board.\n";
        assertThat(DatelineFinder.find(text).dateline().country()).isEqualTo("Switzerland");
        // Past the window where the top release is looked for, the scan for later releases finds the same one only.
        List<DatelineFinder.Found> all = DatelineFinder.findAll(text, null);
        assertThat(all).extracting(f -> f.dateline().country()).containsExactly("Switzerland");
        assertThat(PressReleaseStage.headline(text, all.get(0)).of(text)).isEqualTo("Acme shareholders approve all board proposals");
    }

    @Test
    void aDatelineAloneIsFollowedByItsHeadline() {
        String text = "TABLE OF CONTENTS\n\nItem\n1\nPress release dated 25 May 2009\n\nItem 1\n\nPress Release\n\n"
                + "Amsterdam, 25 May 2009\nABN AMRO Group reports first quarter 2009 financial results\nFirst quarter figures.";
        DatelineFinder.Found f = DatelineFinder.find(text);
        assertThat(f.dateline().city()).isEqualTo("Amsterdam");
        assertThat(PressReleaseStage.headline(text, f).of(text)).isEqualTo("ABN AMRO Group reports first quarter 2009 financial results");
    }

    @Test
    void aDateAloneAfterALabelWithSymbolsBetween() {
        String text = "NEWS RELEASE\n\nJune 10, 2009\n\nTSX-V Trading Symbol: ASX\n\nOTC BB Trading Symbol: ASXSF\n\n"
                + "ALBERTA STAR DEVELOPMENT CORP. FILES NOTICE OF APPEARANCE IN IDAHO, USA\n\nAlberta Star Development Corp. reports that";
        DatelineFinder.Found f = DatelineFinder.dateAlone(text);
        assertThat(f.dateline().date()).isEqualTo("2009-06-10");
        assertThat(PressReleaseStage.headline(text, f).of(text)).isEqualTo("ALBERTA STAR DEVELOPMENT CORP. FILES NOTICE OF APPEARANCE IN IDAHO, USA");
        assertThat(TickerFinder.find(text)).containsExactly(new Ticker("TSXV", "ASX"), new Ticker("OTCBB", "ASXSF"));
    }

    @Test
    void aDateInTheFirstCellOfARowBesideTheListing() {
        String text = "NEWS RELEASE\n\nMarch 3, 2010\tTSX Symbol: ABC\n\tNYSE Amex Symbol: ABQ\n\n"
                + "ACME MINING CORP. COMPLETES SALE OF ITS NEVADA PROPERTY\n\nAcme Mining Corp. announced today that";
        DatelineFinder.Found f = DatelineFinder.dateAlone(text);
        assertThat(f.dateline().date()).isEqualTo("2010-03-03");
        assertThat(f.dateline().span().of(text)).isEqualTo("March 3, 2010");
        assertThat(PressReleaseStage.headline(text, f).of(text)).isEqualTo("ACME MINING CORP. COMPLETES SALE OF ITS NEVADA PROPERTY");
    }

    @Test
    void aWireDatelineWithoutItsYear() {
        String text = "Advantage Announces Release of Fourth Quarter Results\n\nCALGARY, March 18 /CNW/ - Advantage Energy Income Fund is pleased";
        assertThat(DatelineFinder.find(text)).isNull();
        DatelineFinder.Found f = DatelineFinder.noYear(text, "2009");
        assertThat(f.dateline().date()).isEqualTo("2009-03-18");
        assertThat(f.dateline().city()).isEqualTo("Calgary");
        assertThat(DatelineFinder.noYear(text, null)).isNull();
    }

    @Test
    void theCoversDateIsNoDateline() {
        // Advantage Energy Income Fund's 6-K of February 2009: the cover's date, then its captions and the registrant's name.
        String text = "FORM 6-K\nReport of Foreign Private Issuer\nPursuant to Rule 13a-16 or 15d-16\nof the Securities Exchange Act of 1934\n"
                + "February 12, 2009\nCommission File Number: 001-32677\nAdvantage Energy Income Fund\n\n(Exact name of registrant as specifiec in its charter)\n";
        assertThat(DatelineFinder.dateAlone(text)).isNull();
        // A dated letter is no release either.
        assertThat(DatelineFinder.dateAlone("October 5, 2010\n\nDear Shareholders:\n\nI am pleased to invite you to our 2010 Annual Meeting of\n"
                + "Shareholders of Acme Energy Ltd.\n")).isNull();
    }

    @Test
    void aWireServicesCaptionIsNoHeadline() {
        String text = "Exhibit 99.1\n\nNews release via Canada NewsWire, Calgary 403-269-7605\nAttention Business/Financial Editors:\n"
                + "Advantage Announces Monthly Distribution\n(TSX: AVN.UN, NYSE: AAV)\nCALGARY, Feb. 12 /CNW/ - As a result of continuing weakness";
        DatelineFinder.Found f = DatelineFinder.noYear(text, "2009");
        assertThat(PressReleaseStage.headline(text, f).of(text)).isEqualTo("Advantage Announces Monthly Distribution");
    }

    @Test
    void bulletsOfASymbolFontArePassedOver() {
        // Alcon's 6-K of October 2010: Word's bullets came out as the letter o before a tab.
        String text = "Exhibit 99.1\nAlcon Independent Director Committee Notes Change in Alcon Chairmanship\n\n"
                + "o\tNo Change in Composition or Mandate of the IDC\n\no\tNovartis\u2019 Merger Proposal Cannot Be Approved by the Alcon Board\n\n"
                + "HUENENBERG, Switzerland \u2013 October 24, 2010 \u2013 The Alcon Independent Director Committee (the \u201cIDC\u201d) notes that";
        DatelineFinder.Found f = DatelineFinder.find(text);
        assertThat(PressReleaseStage.headline(text, f).of(text)).isEqualTo("Alcon Independent Director Committee Notes Change in Alcon Chairmanship");
        assertThat(PressReleaseStage.isBullet("o\tNo Change in Composition")).isTrue();
        assertThat(PressReleaseStage.isBullet("o the other")).isFalse();
    }

    @Test
    void aPlaceOpensWithACapital() {
        // Agrium's 6-K of May 2010: a sentence wrapped so that a line opens "close of business on April 30, 2010".
        String wrapped = "- Stock-based compensation expense reflecting Agrium's stock price at the\n"
                + "close of business on April 30, 2010 ($62.41 U.S.) and a $1 change in stock\nprice equates to a $0.01 change in earnings per share;\n";
        assertThat(DatelineFinder.find(wrapped)).isNull();
        // A joint release names two places, the second after "and"; a particle may be lower case.
        DatelineFinder.Found joint = DatelineFinder.find("Palo Alto, Calif., and Paris, June 18, 2009 \u2013 HP and Alcatel-Lucent today announced");
        assertThat(joint.dateline().city()).isEqualTo("Palo Alto");
        assertThat(joint.dateline().date()).isEqualTo("2009-06-18");
        assertThat(DatelineFinder.find("Rio de Janeiro, May 5, 2009 \u2013 Acme today announced").dateline().city()).isEqualTo("Rio de Janeiro");
    }

    @Test
    void singleQuotedSpeechAfterItsVerb() {
        // AIXTRON's 6-K of July 2009 quotes in single marks and never closes the quote: the paragraph's end does.
        String text = "Paul Hyland, President and Chief Executive Officer at AIXTRON, comments: 'I am happy to be able to announce that Q1 "
                + "did mark the bottom of the industry's declining order intake.\nQ2 not only marked the return of market demand.\n"
                + "The company's results, in 'real' terms, improved.\nJane Roe, Chief Financial Officer, said: \u2018Our customers\u2019 orders rose, and we expect the recovery to continue into 2010.\u2019 "
                + "The outlook is positive.";
        List<sixk.record.Quote> quotes = QuoteFinder.find(text, 0, text.length());
        assertThat(quotes).extracting(sixk.record.Quote::speaker).containsExactly("Paul Hyland", "Jane Roe");
        assertThat(quotes.get(0).text()).startsWith("I am happy").endsWith("order intake.").contains("industry's");
        assertThat(quotes.get(1).text()).isEqualTo("Our customers\u2019 orders rose, and we expect the recovery to continue into 2010.");
    }

    @Test
    void oneSymbolOnTwoExchanges() {
        assertThat(TickerFinder.find("CALGARY, Alberta \u2013 Agrium Inc. (TSX and NYSE: AGU) issued"))
                .containsExactly(new Ticker("TSX", "AGU"), new Ticker("NYSE", "AGU"));
    }

    @Test
    void speakersNamedBeforeOrAfterTheirWords() {
        String text = "\u201cWe are pleased to take delivery of the Kalymnos,\u201d said E. Nikolas Tavlarios, President.\n"
                + "\u201cWe are deeply disappointed that the board has rejected our proposal,\u201d said Agrium President and CEO Mike Wilson. \n"
                + "Mr. Wilson added, \u201cWe remain fully committed to acquiring CF and are considering all options.\u201d\n"
                + "Ben Verwaayen, CEO, commented:\n\n\u201cThe second quarter showed a sequential improvement in our results.\u201d\n";
        assertThat(QuoteFinder.find(text, 0, text.length())).extracting(sixk.record.Quote::speaker)
                .containsExactly("E. Nikolas Tavlarios", "Mike Wilson", "Mike Wilson", "Ben Verwaayen");
    }

    @Test
    void aSpeakerWhoseTitleTheTitlePatternDoesNotCover() {
        String text = "Jane Roe, Acme\u2019s President and CEO commented that \u201cthe closing of this sale completes a year of change.\u201d\n"
                + "Commenting on the results, Lee Chan, President and Chief Executive Officer of 88cloud, Inc., said, \u201cOur cost control yielded results.\u201d\n"
                + "Tom Blake, who joined the board in 2005, said \u201cthe board is united behind the plan.\u201d\n";
        List<sixk.record.Quote> quotes = QuoteFinder.find(text, 0, text.length());
        assertThat(quotes).extracting(sixk.record.Quote::speaker).containsExactly("Jane Roe", "Lee Chan", "Tom Blake");
        assertThat(quotes).extracting(sixk.record.Quote::title)
                .containsExactly("Acme\u2019s President and CEO", "President and Chief Executive Officer of 88cloud, Inc.", null);
    }
}
