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
    void dateAloneOpensARelease() {
        DatelineFinder.Found f = DatelineFinder.find("News Release\n\nAlexco Announces Resource\n\nMay 6, 2010 -- Alexco Resource Corp. (TSX:AXR)");
        assertThat(f.dateline().city()).isNull();
        assertThat(f.dateline().date()).isEqualTo("2010-05-06");
        assertThat(DatelineFinder.find("Title\n\nFor Immediate Release \u2013 February 5, 2009\n\nVANCOUVER, CANADA \u2013 Ballard").dateline().date())
                .isEqualTo("2009-02-05");
    }

    @Test
    void coverLinesAreNotDatelines() {
        assertThat(DatelineFinder.find("For the month of September 2002\nOn October 30, 2008 the company\nDated: May 5, 2009")).isNull();
    }

    @Test
    void tickersAreFoldedToShortCodes() {
        assertThat(TickerFinder.find("(Nasdaq: ALDN) and TSX Venture: AAA, TAIEX: 2311; NASDAQ: ALDN"))
                .isEqualTo(List.of(new Ticker("NASDAQ", "ALDN"), new Ticker("TSX-V", "AAA"), new Ticker("TAIEX", "2311")));
    }
}
