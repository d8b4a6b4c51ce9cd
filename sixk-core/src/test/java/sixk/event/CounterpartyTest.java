package sixk.event;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The other party of an event sentence. */
class CounterpartyTest {
    private static String find(String sentence) { return Counterparty.find(sentence, 0, sentence.length(), "Acme Energy Ltd."); }

    @Test
    void aPartyAfterFromOrWithLegalFormIncluded() {
        assertThat(find("Acme received a $4 million milestone payment from Servier Monde.")).isEqualTo("Servier Monde");
        assertThat(find("Acme signed a supply agreement with CF Industries Holdings, Inc. today.")).isEqualTo("CF Industries Holdings, Inc.");
    }

    @Test
    void aCountrysPossessiveIsWhereThePartyIsNotItsName() {
        assertThat(find("Acme signed a contract with Thailand\u2019s Biomass Electricity Co., Ltd. to build a plant."))
                .isEqualTo("Biomass Electricity Co., Ltd.");
        // A possessive that is not a place is part of the name.
        assertThat(find("Acme signed a lease with McDonald's Restaurants Limited for the site.")).isEqualTo("McDonald's Restaurants Limited");
    }

    @Test
    void theFilerIsNeverItsOwnCounterparty() {
        assertThat(find("Acme Energy announced a buyback approved by Acme Energy Ltd.'s board.")).isNull();
    }

    @Test
    void theDealOrItsDocumentIsNotAParty() {
        // Disney's 8-K of October 2012: "the Agreement and Plan of Merger … with Lucasfilm Ltd."
        assertThat(find("Acme entered into an Agreement and Plan of Merger with Lucasfilm Ltd. and George Lucas."))
                .isEqualTo("Lucasfilm Ltd.");
        assertThat(find("Acme entered into a Securities Purchase Agreement with certain investors.")).isNull();
        assertThat(find("Agria to Launch Partial Takeover Offer for PGG Wrightson Limited")).isNull();
        assertThat(find("The notes were registered with the Securities and Exchange Commission.")).isNull();
        assertThat(find("Acme sold 1,000,000 shares of Common Stock and Pre-Funded Warrants to investors.")).isNull();
    }

    @Test
    void aRuleOrAnExchangeIsNoParty() {
        // A-Power's 6-K of June 2009; Aladdin's of March 2009.
        assertThat(find("The issuance of the Notes was done in reliance on the exemptions set forth in Section 4(2) and Rule 506 of Regulation D promulgated under the Act.")).isNull();
        assertThat(find("Aladdin's ordinary shares will be delisted from the Tel Aviv Stock Exchange.")).isNull();
        assertThat(find("Re: Registration Statement No. 333-228159 - Issuance of Senior Notes due 2025")).isNull();
    }

    @Test
    void aProvinceOrCountryIsWhereNotWho() {
        assertThat(find("Acme agreed to sell its oil and gas assets of Northwest Alberta.")).isNull();
        assertThat(find("Acme signed a license agreement with the University of California.")).isEqualTo("University of California");
        assertThat(find("Acme signed a supply agreement with Volvo AB.")).isEqualTo("Volvo AB");
    }
}
