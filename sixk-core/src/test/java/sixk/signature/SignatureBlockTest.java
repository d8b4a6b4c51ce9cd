package sixk.signature;

import org.junit.jupiter.api.Test;
import sixk.record.Signature;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SIGNATURES blocks as the corpus prints them (the filing is named above each test). */
class SignatureBlockTest {
    private static final String SENTENCE = "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused "
            + "this report to be signed on its behalf by the undersigned, thereunto duly authorized.\n";

    private static List<Signature> read(String block) { return SignatureBlock.read("SIGNATURES\n\n" + SENTENCE + block, 0); }

    /** Flamel Technologies, 6-K of September 2002 (the seed): a title over three lines, /s/ and Name: differ. */
    @Test
    void titleOverThreeLines() {
        String text = "SIGNATURES\n\n" + SENTENCE + """

                Flamel Technologies

                Dated: September 20, 2002

                By: /s/ Stephen H. Willard
                Name: Stephen Willard
                Title: Executive Vice President,
                Chief Financial Officer and General
                Counsel

                Exhibit 1
                """;
        List<Signature> s = SignatureBlock.read(text, 0);
        assertThat(s).hasSize(1);
        Signature w = s.get(0);
        assertThat(w.registrant()).isEqualTo("Flamel Technologies");
        assertThat(w.date()).isEqualTo("2002-09-20");
        assertThat(w.signedAs()).isEqualTo("/s/ Stephen H. Willard");
        assertThat(w.name()).isEqualTo("Stephen Willard");
        assertThat(w.title()).isEqualTo("Executive Vice President, Chief Financial Officer and General Counsel");
        assertThat(w.span().of(text)).startsWith("By: /s/ Stephen H. Willard").endsWith("General\nCounsel");
    }

    /** Abbey National plc, 6-K of January 2009 (0000903423-09-000026): "By / s /" after the date in the next cell, title in parentheses. */
    @Test
    void spacedSlashSAndParenthesizedTitle() {
        List<Signature> s = read("""

                ABBEY NATIONAL PLC

                Dated: 9 January 2009\tBy / s / Scott Linsley
                (Authorised Signatory)
                """);
        assertThat(s).extracting(Signature::registrant, Signature::date, Signature::signedAs, Signature::name, Signature::title)
                .containsExactly(tuple("ABBEY NATIONAL PLC", "2009-01-09", "/s/ Scott Linsley", "Scott Linsley", "Authorised Signatory"));
    }

    /** ABN AMRO Holding N.V., 6-K (0000950103-09-001192): two signers, every label on its own line. */
    @Test
    void twoSignersWithLabelsOnTheirOwnLines() {
        List<Signature> s = read("""

                ABN AMRO HOLDING N.V.
                Date:
                26 May 2009
                By:
                /s/ Petri Hofsté
                Name:
                Petri Hofsté
                Title:
                Group Controller & Deputy Chief Financial Officer
                By:
                /s/ Mark Boyle
                Name:
                Mark Boyle
                Title:
                Head of Reporting & Policy
                """);
        assertThat(s).extracting(Signature::name, Signature::title, Signature::date).containsExactly(
                tuple("Petri Hofsté", "Group Controller & Deputy Chief Financial Officer", "2009-05-26"),
                tuple("Mark Boyle", "Head of Reporting & Policy", "2009-05-26"));
        assertThat(s).extracting(Signature::registrant).containsOnly("ABN AMRO HOLDING N.V");
    }

    /** Alcatel-Lucent, 6-K of July 2009 (0001308179-09-000093): name and title without labels, blank lines between. */
    @Test
    void unlabelledNameAndTitle() {
        List<Signature> s = read("""

                Alcatel-Lucent

                Date: July 30, 2009

                By:

                /s/ Paul Tufano

                Paul Tufano

                Chief Financial Officer
                """);
        assertThat(s).extracting(Signature::name, Signature::title, Signature::date)
                .containsExactly(tuple("Paul Tufano", "Chief Financial Officer", "2009-07-30"));
    }

    /** Agria Corporation, 6-K of September 2009 (0000950123-09-043710): labels and colons in cells of their own, the date last. */
    @Test
    void labelsInCellsAndTheDateAfterTheSigner() {
        List<Signature> s = read("""

                Agria Corporation
                By\t:\t/s/ Xie Tao
                Name\t:\tXie Tao
                Title\t:\tChief Executive Officer

                Date: September 17, 2009

                EXHIBIT INDEX
                """);
        assertThat(s).extracting(Signature::name, Signature::title, Signature::date)
                .containsExactly(tuple("Xie Tao", "Chief Executive Officer", "2009-09-17"));
    }

    /** Advanced Semiconductor Engineering, Inc., 6-K (0000950103-09-000025): the registrant over two lines, "By:" after the date. */
    @Test
    void registrantOverTwoLinesAndByAfterTheDate() {
        List<Signature> s = read("""

                ADVANCED SEMICONDUCTOR
                ENGINEERING, INC.
                Date: January 7, 2009 By:
                /s/ Joseph Tung
                Name:
                Joseph Tung
                Title:
                Chief Financial Officer

                Advanced Semiconductor Engineering, Inc.

                FOR IMMEDIATE RELEASE
                """);
        assertThat(s).extracting(Signature::registrant, Signature::name, Signature::title, Signature::date)
                .containsExactly(tuple("ADVANCED SEMICONDUCTOR ENGINEERING, INC", "Joseph Tung", "Chief Financial Officer", "2009-01-07"));
    }

    /** The Home Depot, Inc., 10-Q (0000354950-23-000185): the typed name opens the title line. */
    @Test
    void nameOpeningTheTitleLine() {
        List<Signature> s = read("""

                THE HOME DEPOT, INC.
                (Registrant)
                By:\t/s/ EDWARD P. DECKER
                Edward P. Decker, Chair, President and Chief Executive Officer (Principal Executive Officer)
                /s/ RICHARD V. MCPHAIL
                Richard V. McPhail, Executive Vice President and Chief Financial Officer (Principal Financial Officer)
                Date:\tAugust 21, 2023
                """);
        assertThat(s).extracting(Signature::title).containsExactly(
                "Chair, President and Chief Executive Officer (Principal Executive Officer)",
                "Executive Vice President and Chief Financial Officer (Principal Financial Officer)");
        assertThat(s).extracting(Signature::date).containsOnly("2023-08-21");
    }

    /** Wal-Mart Stores, Inc., 8-K of 1995 (0000899243-95-000310): backslashes for /s/, the date opening the line. */
    @Test
    void backslashSignatureAfterALeadingDate() {
        List<Signature> s = read("""

                WAL-MART STORES, INC.

                May 19, 1995 By: \\s\\ Paul R. Carter
                -----------------------------
                Paul R. Carter
                Executive Vice President and
                Chief Financial Officer

                3
                """);
        assertThat(s).extracting(Signature::signedAs, Signature::name, Signature::title, Signature::date).containsExactly(
                tuple("/s/ Paul R. Carter", "Paul R. Carter", "Executive Vice President and Chief Financial Officer", "1995-05-19"));
    }

    /** Cotelligent Group, Inc., 8-K of 1996 (0001004963-96-000010): "(Signature)" is a caption, not the title. */
    @Test
    void captionUnderTheSignatureLineIsNotATitle() {
        List<Signature> s = read("""

                COTELLIGENT GROUP, INC.
                --------------------------------
                (Registrant)

                /s/ Daniel E. Jackson
                --------------------------------
                (Signature)
                Daniel E. Jackson
                Senior Vice President, Corporate
                Development and General Counsel

                Date: October 14, 1996
                """);
        assertThat(s).extracting(Signature::name, Signature::title, Signature::date).containsExactly(
                tuple("Daniel E. Jackson", "Senior Vice President, Corporate Development and General Counsel", "1996-10-14"));
    }

    /** The Estée Lauder Companies Inc., 8-K (0001104659-13-084555): "/s/" above "By:" and the typed name is one signer. */
    @Test
    void signatureLineAboveByIsOneSigner() {
        List<Signature> s = read("""

                THE ESTÉE LAUDER COMPANIES INC.

                /s/ Spencer G. Smul

                Date: November 14, 2013

                By:

                Spencer G. Smul

                Senior Vice President

                Deputy General Counsel and Secretary
                """);
        assertThat(s).extracting(Signature::name, Signature::title).containsExactly(
                tuple("Spencer G. Smul", "Senior Vice President, Deputy General Counsel and Secretary"));
    }

    /** No sentence, no signers: an agreement's signature page is not the report's. */
    @Test
    void agreementSignaturesAreNotRead() {
        assertThat(SignatureBlock.read("""
                IN WITNESS WHEREOF, the parties have executed this Agreement.
                By: /s/ John Smith
                Name: John Smith
                Title: President
                """, 0)).isEmpty();
    }
}
