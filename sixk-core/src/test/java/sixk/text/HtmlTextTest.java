package sixk.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {
    private static String text(String html) { return HtmlText.convert(html, 1 << 20).text(); }

    @Test
    void entitiesAndNbsp() {
        assertThat(text("<p>Regent&#146;s&nbsp;Place &amp; Co&rsquo;s &#x2014; A&B &unknown;</p>"))
                .isEqualTo("Regent\u2019s Place & Co\u2019s \u2014 A&B &unknown;");
    }

    @Test
    void unclosedHiddenParagraphEndsAtTheNextBlock() {
        // As in eightk 0000950123-10-021324: a hidden <P> never closed, inside a <DIV>.
        assertThat(text("<div><p style=\"display: none\">1</div><p>SIGNATURES</p>")).isEqualTo("SIGNATURES");
    }

    @Test
    void checkBoxImagesKeepTheirState() {
        assertThat(text("<p>Form 20-F <img src=\"ballot.jpg\"> Form 40-F <img src='images/ballotx.jpg'></p>"))
                .isEqualTo("Form 20-F \u2610 Form 40-F \u2612");
        assertThat(text("<p>Yes <img src=\"uncheck.gif\"> No <img src=\"check.gif\"> <img src=\"logo.gif\"></p>"))
                .isEqualTo("Yes \u2610 No \u2612");
    }

    @Test
    void legacyEntitiesWithoutSemicolon() {
        assertThat(text("<p>A&nbspB &amp C &ampersand</p>")).isEqualTo("A B & C &ersand");
    }

    @Test
    void blocksBecomeLinesAndWhitespaceCollapses() {
        assertThat(text("<div>For the month of\n   February 2009</div><div>ABBEY</div><p>x<br>y</p>"))
                .isEqualTo("For the month of February 2009\nABBEY\n\nx\ny");
    }

    @Test
    void tablesAreReadRowByRow() {
        assertThat(text("<table><tr><td>Form 20-F</td><td>X</td><td></td><td>Form 40-F</td></tr><tr><td>a</td><td>b</td></tr></table>"))
                .isEqualTo("Form 20-F\tX\tForm 40-F\na\tb");
    }

    @Test
    void blocksInsideCellsDoNotBreakTheRow() {
        // Word-processor HTML wraps every cell's text in a <div> or <p>: the row must still read as one line.
        String html = "<table><tr><td><div>Net Revenues</div></td><td><div>3,617</div></td><td><p>-12.8%</p></td></tr>"
                + "<tr><td><div>By:</div></td><td><p>/s/ Jane Roe</p><p>Chief Financial Officer</p></td></tr></table><p>After</p>";
        assertThat(text(html)).isEqualTo("Net Revenues\t3,617\t-12.8%\nBy:\t/s/ Jane Roe\n\nChief Financial Officer\n\nAfter");
    }

    @Test
    void tablesNestedDeeperThanTheCellStackStillRead() {
        String html = "<table><tr><td>".repeat(200) + "<div>deep</div><div>text</div>" + "</td></tr></table>".repeat(200) + "<p>after</p>";
        assertThat(text(html)).isEqualTo("deep\ntext\n\nafter");
    }

    @Test
    void aTableInsideACellStillBreaksLines() {
        assertThat(text("<table><tr><td><div>Outer</div><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>"))
                .isEqualTo("Outer\n\na\tb");
    }

    @Test
    void wingdingsBoxesKeepTheirState() {
        String html = "<p>Form 20-F <font face=\"Wingdings\">x</font> Form 40-F <span style=\"font-family:Wingdings\">o</span></p>";
        assertThat(text(html)).isEqualTo("Form 20-F \u2612 Form 40-F \u2610");
        assertThat(text("<p>Yes <font face=Wingdings>&#168;</font> No <font face=Wingdings>&#254;</font></p>")).isEqualTo("Yes \u2610 No \u2612");
    }

    @Test
    void unicodeBoxesAreCanonical() {
        assertThat(text("<p>Form 20-F &#9746; Form 40-F &#9744;</p>")).isEqualTo("Form 20-F \u2612 Form 40-F \u2610");
    }

    @Test
    void scriptsStylesAndHiddenXbrlHeadersAreDropped() {
        assertThat(text("<head><title>T</title><style>p{}</style></head><script>alert(1)</script>"
                + "<div style=\"display:none\"><ix:header><div>hidden</div></ix:header></div><p>shown</p>")).isEqualTo("shown");
    }

    @Test
    void offsetsMapBackToTheSource() {
        String html = "<p>Hello <b>world</b></p>";
        HtmlText.Result r = HtmlText.convert(html, 1 << 20);
        int w = r.text().indexOf("world");
        assertThat(html.substring(r.map().toSource(w), r.map().toSource(w) + 5)).isEqualTo("world");
    }

    @Test
    void brokenMarkupDoesNotThrow() {
        assertThat(text("<p>a <b class=\"x>b</p> <<< & &#99999999999; <!-- open")).contains("a");
        assertThat(text("<")).isEqualTo("<");
    }

    @Test
    void textIsCutAtTheLimit() {
        HtmlText.Result r = HtmlText.convert("<p>" + "word ".repeat(1000) + "</p>", 100);
        assertThat(r.truncated()).isTrue();
        assertThat(r.text().length()).isLessThanOrEqualTo(100);
    }

    @Test
    void runsOfPlainTextMapEachCharacterToItsSourceAndStopAtTheLimit() {
        String html = "<p>Milestone  payment of $4 million&nbsp;from Servier;\n  next <b>line</b> a&amp;b x</p>";
        HtmlText.Result full = HtmlText.convert(html, Integer.MAX_VALUE);
        assertThat(full.text()).isEqualTo("Milestone payment of $4 million from Servier; next line a&b x");
        for (int k = 0; k < full.text().length(); k++) {
            char c = full.text().charAt(k);
            if (c != ' ' && c != '&') assertThat(html.charAt(full.map().toSource(k))).as("character %d", k).isEqualTo(c);
        }
        for (int limit = 1; limit <= full.text().length(); limit++) {
            HtmlText.Result cut = HtmlText.convert(html, limit);
            assertThat(cut.text().length()).as("limit %d", limit).isLessThanOrEqualTo(limit);
            assertThat(full.text()).as("limit %d", limit).startsWith(cut.text());
            assertThat(cut.text().length()).as("limit %d", limit).isGreaterThanOrEqualTo(limit - 1);
        }
    }
}
