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
                .isEqualTo("Net sales\t$ 1,234\t$ 1,100");
    }

    @Test
    void tableColumnsBecomeCellsAndProseKeepsItsSpaces() {
        assertThat(text("            Three months ended        Year ended\n($000)      2008      2007   %change\n"
                + "Total revenue      $149,205  $165,951   (10)%\n(losses)    5,051     8,762\n"
                + "Sales rose in 2008  as planned.  The company grew   strongly."))
                .isEqualTo("Three months ended Year ended\n($000)\t2008\t2007\t%change\nTotal revenue\t$149,205\t$165,951\t(10)%\n"
                        + "(losses)\t5,051\t8,762\nSales rose in 2008 as planned. The company grew strongly.");
    }
}
