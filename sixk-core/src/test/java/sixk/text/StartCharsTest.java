package sixk.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class StartCharsTest {
    @Test
    void aMatchCanOnlyBeginWithWhatThePatternOpensWith() {
        StartChars s = StartChars.of(Pattern.compile("(?i)(?<![\\p{L}])(?:reports?|announce[sd]?)\\s(?:[\\w-]+\\s){0,3}results"));
        assertThat(s.admits("r", 0)).isTrue();
        assertThat(s.admits("A", 0)).isTrue();
        assertThat(s.admits("x", 0)).isFalse();
        assertThat(s.admits(" ", 0)).isFalse();
        assertThat(s.admits("é", 0)).as("beyond ASCII is always tried").isTrue();
    }

    @Test
    void anOptionalOrRepeatedOpeningAdmitsWhatFollowsIt() {
        StartChars s = StartChars.of(Pattern.compile("(?:US|C)?\\$\\s?\\d"));
        assertThat(s.admits("$", 0)).isTrue();
        assertThat(s.admits("U", 0)).isTrue();
        assertThat(s.admits("C", 0)).isTrue();
        assertThat(s.admits("D", 0)).isFalse();
        assertThat(StartChars.of(Pattern.compile("(?:\\w+\\s){0,4}milestone")).admits("q", 0)).isTrue();
    }

    @Test
    void aMatchCanOnlyBeginWithAPairThePatternOpensWith() {
        StartChars s = StartChars.of(Pattern.compile("(?i)(?<![\\p{L}])(?:reports?|announce[sd]?)\\s(?:[\\w-]+\\s){0,3}results"));
        assertThat(s.admits("Reported", 0)).isTrue();
        assertThat(s.admits("the announced", 4)).isTrue();
        assertThat(s.admits("Ran", 0)).as("r, but not re").isFalse();
        assertThat(s.admits("ax", 0)).isFalse();
        assertThat(s.admits("x", 0)).isFalse();
        assertThat(s.admits("r", 0)).as("the text ends after the first character").isTrue();
        assertThat(s.admits("ré", 0)).as("beyond ASCII is always tried").isTrue();
        // An optional opening: "US$5", "C$5" and "$5" all open a match; "C5" does not.
        StartChars money = StartChars.of(Pattern.compile("(?:US|C)?\\$\\s?\\d"));
        assertThat(money.admits("US$5", 0)).isTrue();
        assertThat(money.admits("C$5", 0)).isTrue();
        assertThat(money.admits("$ 5", 0)).isTrue();
        assertThat(money.admits("C5", 0)).isFalse();
        assertThat(money.admits("$x", 0)).isFalse();
    }

    @Test
    void aPositiveLookbehindAdmitsEverything() {
        StartChars s = StartChars.of(Pattern.compile("(?<=\\$)\\d+"));
        assertThat(s.admits("x", 0)).isTrue();
        assertThat(s.admits("xy", 0)).isTrue();
    }

    @Test
    void aPairIsReadOnlyInsideTheRegionAMatchMustEndIn() {
        Pattern p = Pattern.compile("a(?!x)");
        StartChars s = StartChars.of(p);
        assertThat(s.admits("ax", 0)).isFalse();
        // A region that ends after the "a": its bounds hide the "x", and the match is there.
        assertThat(p.matcher("ax").region(0, 1).lookingAt()).isTrue();
        assertThat(s.admits("ax", 0, 1)).isTrue();
        List<String> found = new ArrayList<>();
        Scan.matches(p.matcher("ax").useTransparentBounds(false), "ax", 0, 1, (t, i) -> true, m -> found.add(m.group()));
        assertThat(found).as("transparent bounds let the lookahead see the x").isEmpty();
        Matcher lines = Pattern.compile("(?m)^a(?!x)").matcher("ax");
        assertThat(Scan.findAtLineStart(lines, "ax", 0, 1)).isTrue();
    }

    @Test
    void scanFindsWhatFindFinds() {
        String text = "Acme reported record results; revenue of US$4 million and C$2 million were announced, results announced later.";
        Pattern p = Pattern.compile("(?i)(?<![\\p{L}])(?:reported|announced)\\s(?:\\w+\\s){0,2}results|(?:US|C)?\\$\\d+");
        List<String> found = new ArrayList<>();
        Scan.matches(p, text, 0, text.length(), (t, i) -> true, m -> found.add(m.group()));
        List<String> expected = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) expected.add(m.group());
        assertThat(found).isEqualTo(expected).contains("reported record results", "US$4", "C$2");
    }
}
