package sixk.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {
    private static String text(String s) { return PlainText.convert(s, 1 << 20).text(); }

    @Test
    void crlfFormFeedsAndPageMarkers() {
        assertThat(text("   FORM 6-K\r\n\r\n\r\n\r\n<PAGE>   2\r\nnext\fpage  \r\n")).isEqualTo("FORM 6-K\n\nnext\npage");
    }

    @Test
    void markdownEscapedDollarBeforeANumberIsDropped() {
        String src = "a \\$4 million payment, not \\$x";
        HtmlText.Result r = PlainText.convert(src, 1 << 20);
        assertThat(r.text()).isEqualTo("a $4 million payment, not \\$x");
        int at = r.text().indexOf("$4");
        assertThat(src.charAt(r.map().toSource(at))).isEqualTo('$');
    }

    @Test
    void blanksCollapse() {
        assertThat(text("Form 20-F     X       Form 40-F")).isEqualTo("Form 20-F X Form 40-F");
    }

    @Test
    void sgmlTableMarkupOfOldTextFilingsIsDropped() {
        assertThat(text("<TABLE>\n<CAPTION>\n<S>               <C>       <C>\nNet sales         $ 1,234   $ 1,100\n</TABLE>"))
                .isEqualTo("Net sales $ 1,234 $ 1,100");
    }
}
