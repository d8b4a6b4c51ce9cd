package sixk.search;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentenceBreaksTest {
    static List<String> sentences(String text) {
        BreakIterator b = new SentenceBreaks();
        b.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = b.first(), end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) out.add(text.substring(start, end));
        return out;
    }

    @Test
    void sentencesAndLinesNotNumbersOrInitials() {
        assertThat(sentences("Flamel received $4.5 million from Servier. The U.S. Dollars rose. J. Smith said so!\n\"Good,\" he said? (Yes)"))
                .containsExactly("Flamel received $4.5 million from Servier. ", "The U.S. Dollars rose. ", "J. Smith said so!\n",
                        "\"Good,\" he said? ", "(Yes)");
        assertThat(sentences("")).isEmpty();
        assertThat(sentences("no end")).containsExactly("no end");
    }

    @Test
    void precedingAndFollowingAsTheContractSays() {
        BreakIterator b = new SentenceBreaks();
        String text = "One two. Three four. Five";
        b.setText(text);
        assertThat(b.following(0)).isEqualTo(9);
        assertThat(b.following(9)).isEqualTo(21);
        assertThat(b.following(21)).isEqualTo(text.length());
        assertThat(b.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(b.preceding(10)).isEqualTo(9);
        assertThat(b.preceding(9)).isEqualTo(0);
        assertThat(b.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(b.isBoundary(9)).isTrue();
        assertThat(b.isBoundary(10)).isFalse();
        assertThatThrownBy(() -> b.following(text.length() + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongRunOfSpacesIsLinear() {
        String text = "A" + " ".repeat(200_000) + "B.";
        BreakIterator b = new SentenceBreaks();
        b.setText(text);
        assertThat(b.following(0)).isEqualTo(text.length());
    }
}
