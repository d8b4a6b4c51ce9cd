package sixk.cover;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PrintedDateTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Dated: September 20, 2002 ; 2002-09-20
            Dated: 9 January 2009 ; 2009-01-09
            Date: May 06, 2010 ; 2010-05-06
            London, 5th February 2009 ; 2009-02-05
            Sept. 20, 2002 ; 2002-09-20
            2009-02-05 ; 2009-02-05
            February 30, 2009 ;
            02/05/2009 ;
            """)
    void dates(String printed, String iso) {
        assertThat(PrintedDate.iso(printed)).isEqualTo(iso);
    }
}
