package sixk.cover;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinesTest {
    /** A line of blanks (an HTML table cell of &nbsp;) is blank, not an error: it once broke the cover of table-only files. */
    @Test
    void blankLinesTrimToNothing() {
        Lines l = Lines.of("  A  \n     \n\tB");
        assertThat(l.count()).isEqualTo(3);
        assertThat(l.trimmed(0)).isEqualTo("A");
        assertThat(l.blank(1)).isTrue();
        assertThat(l.trimmed(1)).isEmpty();
        assertThat(l.span(1).length()).isZero();
        assertThat(l.trimmed(2)).isEqualTo("B");
        assertThat(l.lineAt(l.start(2))).isEqualTo(2);
        assertThat(l.previousNonBlank(2)).isZero();
    }

    @Test
    void aBlankDocumentHasNoCover() {
        assertThat(CoverPage.read("     \n   \n", null).registrantName()).isNull();
    }
}
