package sixk.text;

import org.junit.jupiter.api.Test;
import sixk.record.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where sentences end: at their stop, at a short line, at a blank line, and before a list item. */
class SentencesTest {
    private static List<String> sentences(String text) {
        return Sentences.split(text, 0, text.length()).stream().map(s -> s.of(text).strip()).toList();
    }

    @Test
    void aWrappedLineRunsOnAStopEndsIt() {
        assertThat(sentences("Flamel Technologies announced today that it has received a milestone payment of\n"
                + "$4 million from Servier Monde. The payment follows the agreement of January 2002."))
                .containsExactly("Flamel Technologies announced today that it has received a milestone payment of\n$4 million from Servier Monde.",
                        "The payment follows the agreement of January 2002.");
    }

    @Test
    void eachListItemIsASentenceOfItsOwn() {
        // 51job's 6-K of May 2010: highlights without stops, one per line; the cash figure was read as part of the revenue sentence.
        String text = "First Quarter 2010 Financial Highlights:\n"
                + "\u2013 Total revenues increased 42.6% over Q1 2009 to RMB254.3 million (US$37.3 million), exceeding the Company\u2019s guidance range\n"
                + "\u2013 Cash and short-term investments increased to RMB1,274.2 million (US$186.7 million) as of March 31, 2010\n";
        assertThat(sentences(text)).containsExactly("First Quarter 2010 Financial Highlights:",
                "\u2013 Total revenues increased 42.6% over Q1 2009 to RMB254.3 million (US$37.3 million), exceeding the Company\u2019s guidance range",
                "\u2013 Cash and short-term investments increased to RMB1,274.2 million (US$186.7 million) as of March 31, 2010");
    }

    @Test
    void aHyphenThatIsNoBulletDoesNotEndALine() {
        String text = "Revenue for the year was affected by a decline in demand across most of our regional markets\n-related businesses and others.";
        assertThat(sentences(text)).hasSize(1);
    }

    @Test
    void aCurrencyWithAStopDoesNotEndTheSentence() {
        // ABB's 6-K of May 2010: "Rs." and the sum after it are one sentence.
        assertThat(sentences("In 2009, ABB Limited, India, reported revenues of Rs. 63 billion ($1.4 billion) and profit of Rs. 4 billion."))
                .hasSize(1);
    }

    @Test
    void spansPointIntoTheText() {
        String text = "One. Two.";
        List<Span> spans = Sentences.split(text, 0, text.length());
        assertThat(spans).extracting(s -> s.of(text).strip()).containsExactly("One.", "Two.");
    }
}
