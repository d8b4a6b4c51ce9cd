package sixk.event;

import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.entity.MoneyAmount;
import sixk.pipeline.FilingReader;
import sixk.record.Entity;
import sixk.record.Event;
import sixk.record.FilingRecord;
import sixk.record.PressRelease;
import sixk.record.Quote;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The events and facts of the worked example (docs/record.md): Flamel's 6-K of September 2002. */
class SeedEventsTest {
    private static final FilingRecord R = FilingReader.standard().read(TestFiles.resource("filings/flamel-6k-2002-09-seed.txt"), "seed.txt");

    private static Event event(String type) {
        return R.events().stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + R.events()));
    }

    @Test
    void milestonePaymentOfFourMillionDollarsReceivedFromServierMonde() {
        Event e = event("milestone_payment");
        MoneyAmount amount = (MoneyAmount) e.facts().get("amount");
        assertThat(amount.asDouble()).isEqualTo(4_000_000d);
        assertThat(amount.currency()).isEqualTo("USD");
        assertThat(e.facts()).containsEntry("direction", "received").containsEntry("counterparty", "Servier Monde");
        assertThat(e.evidence().span().of(R.text(e.evidence().document()))).containsIgnoringCase("milestone payment");
        assertThat(e.evidence().text()).contains("Servier Monde");
    }

    @Test
    void cashPositionOfMoreThanFourteenMillion() {
        Event e = event("cash_position");
        MoneyAmount amount = (MoneyAmount) e.facts().get("amount");
        assertThat(amount.asDouble()).isEqualTo(14_000_000d);
        assertThat(amount.qualifier()).isEqualTo("more than");
        assertThat(e.evidence().text()).contains("more than $14 million");
    }

    @Test
    void positiveEarningsGuidanceForTheThirdQuarter() {
        Event e = event("guidance");
        assertThat(e.facts()).containsEntry("period", "2002-Q3").containsEntry("direction", "positive");
        assertThat(e.evidence().text()).contains("positive net income per share for the third quarter of 2002");
    }

    @Test
    void noEventTheReleaseDoesNotReport() {
        assertThat(R.events()).extracting(Event::type).containsOnly("milestone_payment", "cash_position", "guidance");
    }

    @Test
    void twoQuotesWithTheirSpeakers() {
        PressRelease pr = R.pressReleases().get(0);
        assertThat(pr.quotes()).extracting(Quote::speaker).containsExactly("Gerard Soula", "Stephen Willard");
        assertThat(pr.quotes().get(0).title()).isEqualTo("president and chief executive officer of Flamel");
        for (Quote q : pr.quotes()) assertThat(q.span().of(R.text(pr.document()))).isEqualTo(q.text());
        assertThat(pr.issuers()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Flamel Technologies S.A.");
            assertThat(i.ticker()).isEqualTo("FLML");
        });
        assertThat(pr.about().span().of(R.text(pr.document()))).startsWith("Flamel Technologies S.A. is a biopharmaceutical company");
        assertThat(pr.forwardLookingStatements().span().of(R.text(pr.document()))).contains("forward-looking statements");
    }

    @Test
    void entitiesPointAtTheirWords() {
        List<Entity> money = R.entities().stream().filter(e -> e.kind().equals("money")).toList();
        assertThat(money).extracting(Entity::text).contains("$4 million", "more than $14 million");
        Entity person = R.entities().stream().filter(e -> e.kind().equals("person") && e.text().contains("Soula")).findFirst().orElseThrow();
        Map<?, ?> value = (Map<?, ?>) person.value();
        assertThat(value.get("name")).isEqualTo("Gerard Soula");
        assertThat(value.get("honorific")).isEqualTo("Dr.");
        assertThat(R.entities()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("period");
            assertThat(e.value()).isEqualTo("2002-Q3");
        });
        assertThat(R.entities()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("trademark");
            assertThat(e.value()).isEqualTo("Micropump");
        });
        for (Entity e : R.entities()) assertThat(e.span().of(R.text(e.document()))).isEqualTo(e.text());
    }
}
