package sixk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import sixk.record.Json;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The scoring rules of the gold README on a tiny synthetic gold file and record. */
class GoldScorerTest {
    private static JsonNode json(String s) throws IOException { return Json.MAPPER.readTree(s); }

    private static final String GOLD = """
            {"file": "x.txt", "form": "6-K",
             "cover": {"registrant_name": "Flamel Technologies S.A.", "report_month": "2002-09", "commission_file_number": null,
                       "annual_report_form": "20-F", "principal_office_city": "Vénissieux", "principal_office_country": "France"},
             "signatures": [{"name": "Stephen Willard", "title": "Executive Vice President, Chief Financial Officer and General Counsel", "date": "2002-09-20"},
                            {"name": "Gerard Soula", "title": "President", "date": "2002-09-20"}],
             "stamps": [{"date": "2002-09-23", "by": "Thomson Financial"}],
             "exhibits": [{"number": "1", "press_release": true}, {"number": "99.1", "press_release": true}, {"number": "99.2", "press_release": false}],
             "press_releases": [{"headline": "Flamel Announces Receipt of $4 Million Milestone Payment", "dateline_city": "Lyon",
                                 "dateline_date": "2002-09-19", "tickers": [{"exchange": "NASDAQ", "symbol": "FLML"}],
                                 "quote_speakers": ["Gerard Soula", "Stephen Willard"]}],
             "events": [{"type": "milestone_payment", "amount": {"value": 4000000, "currency": "USD"}, "counterparty": "Servier Monde"},
                        {"type": "cash_position", "amount": {"value": 14000000, "currency": "USD"}},
                        {"type": "guidance", "period": "2002-Q3"}]}
            """;

    private static final String RECORD = """
            {"form": "6-K",
             "cover": {"registrant_name": "FLAMEL TECHNOLOGIES", "report_month": "2002-09", "commission_file_number": "0-28508",
                       "annual_report_form": "20-F", "principal_office": {"city": "Venissieux", "country": "France"}},
             "signatures": [{"name": "Stephen Willard", "title": "Executive Vice President, Chief Financial Officer and General, Counsel", "date": "2002-09-20"},
                            {"name": "Someone Else", "title": "Director", "date": "2002-09-20"}],
             "stamps": [{"text": "PROCESSED SEP 23 2002 THOMSON FINANCIAL", "date": "2002-09-23", "by": "Thomson Financial"}],
             "documents": [{"type": "6-K", "exhibit_number": null, "format": "text", "chars": 100},
                           {"type": "EX-1", "exhibit_number": "1", "format": "text", "chars": 100},
                           {"type": "EX-99.1", "exhibit_number": "99.1", "format": "html", "chars": 100},
                           {"type": "EX-99.1", "exhibit_number": "99.1", "format": "pdf", "chars": 0},
                           {"type": "GRAPHIC", "exhibit_number": null, "format": "image", "chars": 0}],
             "press_releases": [{"document": 1, "headline": "Flamel Announces Receipt of $4 Million Milestone Payment",
                                 "dateline": {"city": "Lyon", "date": "2002-09-19"},
                                 "tickers": [{"exchange": "NASDAQ", "symbol": "FLML"}, {"exchange": "NYSE", "symbol": "X"}],
                                 "quotes": [{"speaker": "Dr. Gerard Soula"}]},
                                {"document": 2, "headline": "Another release", "dateline": {"city": null, "date": null}, "tickers": [], "quotes": []}],
             "events": [{"type": "milestone_payment", "facts": {"amount": {"value": 4030000, "currency": "USD"}, "counterparty": "Servier Monde S.A."}},
                        {"type": "cash_position", "facts": {"amount": {"value": 14000000, "currency": "EUR"}}},
                        {"type": "dividend", "facts": {}}]}
            """;

    private static Scoreboard score() throws IOException {
        Scoreboard b = new Scoreboard();
        GoldScorer.declareFields(b);
        GoldScorer.score(json(GOLD), json(RECORD), "x.txt", b);
        return b;
    }

    @Test
    void coverFieldsFoldCaseAccentsAndLegalForms() throws IOException {
        Scoreboard b = score();
        assertThat(b.fields().get("form").right()).isEqualTo(1);
        assertThat(b.fields().get("cover.registrant_name").right()).as("S.A. ending and case folded").isEqualTo(1);
        assertThat(b.fields().get("cover.principal_office_city").right()).as("accents folded").isEqualTo(1);
        assertThat(b.fields().get("cover.commission_file_number").right()).as("a value where the gold says null is wrong").isZero();
        assertThat(b.fields().get("cover.commission_file_number").n()).isEqualTo(1);
    }

    @Test
    void signaturesMatchByNameThenScoreTitleAndDate() throws IOException {
        Scoreboard.Count s = score().fields().get("signatures");
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(1);
        Scoreboard b = score();
        assertThat(b.fields().get("signatures.title").n()).as("only matched signers").isEqualTo(1);
        assertThat(b.fields().get("signatures.title").right()).as("punctuation folded").isEqualTo(1);
        assertThat(b.fields().get("signatures.date").right()).isEqualTo(1);
    }

    @Test
    void exhibitsMatchByNumberAndTheFlagComesFromPressReleases() throws IOException {
        Scoreboard b = score();
        Scoreboard.Count e = b.fields().get("exhibits");
        assertThat(e.tp()).isEqualTo(2);
        assertThat(e.fn()).isEqualTo(1);
        assertThat(e.fp()).as("the PDF copy of 99.1 has no gold twin here").isEqualTo(1);
        assertThat(b.fields().get("exhibits.press_release").n()).isEqualTo(2);
        assertThat(b.fields().get("exhibits.press_release").right()).isEqualTo(2);
        assertThat(GoldScorer.recordExhibits(json(RECORD))).extracting(GoldScorer.Exhibit::pressRelease)
                .as("the unread PDF copy is the release its HTML original is").containsExactly(true, true, true);
    }

    @Test
    void pressReleasesMatchByHeadline() throws IOException {
        Scoreboard b = score();
        Scoreboard.Count p = b.fields().get("press_releases");
        assertThat(p.tp()).isEqualTo(1);
        assertThat(p.fp()).isEqualTo(1);
        assertThat(b.fields().get("press_releases.headline").right()).isEqualTo(1);
        assertThat(b.fields().get("press_releases.dateline_city").right()).isEqualTo(1);
        assertThat(b.fields().get("press_releases.dateline_date").right()).isEqualTo(1);
        Scoreboard.Count t = b.fields().get("press_releases.tickers");
        assertThat(t.tp()).isEqualTo(1);
        assertThat(t.fp()).isEqualTo(1);
        Scoreboard.Count q = b.fields().get("press_releases.quote_speakers");
        assertThat(q.tp()).as("Dr. is dropped").isEqualTo(1);
        assertThat(q.fn()).isEqualTo(1);
    }

    @Test
    void eventsPerTypeWithMicroAndMacroAndFacts() throws IOException {
        Scoreboard b = score();
        assertThat(b.eventTypes().get("milestone_payment").tp()).isEqualTo(1);
        assertThat(b.eventTypes().get("guidance").fn()).isEqualTo(1);
        assertThat(b.eventTypes().get("dividend").fp()).isEqualTo(1);
        Scoreboard.Count micro = b.eventsMicro();
        assertThat(micro.tp()).isEqualTo(2);
        assertThat(micro.fp()).isEqualTo(1);
        assertThat(micro.fn()).isEqualTo(1);
        assertThat(micro.f1()).isCloseTo(2.0 / 3, within(1e-9));
        // per-type F1: milestone 1, cash 1, guidance 0, dividend 0.
        assertThat(b.eventsMacroF1()).isCloseTo(0.5, within(1e-9));
        // $4.03M is within 1% of $4M; EUR is not USD.
        assertThat(b.fields().get("events.amount").n()).isEqualTo(2);
        assertThat(b.fields().get("events.amount").right()).isEqualTo(1);
        assertThat(b.fields().get("events.counterparty").right()).as("legal form folded").isEqualTo(1);
        assertThat(b.fields().get("events.period").right()).as("the guidance was not found").isZero();
    }

    @Test
    void mismatchesNameFileFieldExpectedAndGot() throws IOException {
        assertThat(score().mismatches()).anySatisfy(m -> {
            assertThat(m.file()).isEqualTo("x.txt");
            assertThat(m.field()).isEqualTo("cover.commission_file_number");
            assertThat(m.expected()).isNull();
            assertThat(m.got()).isEqualTo("0-28508");
        });
    }

    @Test
    void foldingRules() {
        assertThat(TextFold.name("ABN AMRO HOLDING N V")).isEqualTo(TextFold.name("ABN AMRO Holding N.V."));
        assertThat(TextFold.name("Alcon, Inc.")).isEqualTo(TextFold.name("ALCON INC"));
        assertThat(TextFold.text("Group Controller & Deputy CFO")).isEqualTo(TextFold.text("group controller and deputy cfo"));
        assertThat(TextFold.name("Corporation")).as("a name is never folded to nothing").isEqualTo("corporation");
    }
}
