package sixk.exhibit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles of real exhibits (the filing is named in each case). */
class ExhibitTitleTest {
    /** Alcon, Inc., EX-99.1 of 0001167379-09-000024: the label line first. */
    @Test
    void headlineAfterTheExhibitLabel() {
        assertThat(ExhibitTitle.of("""
                Exhibit 99.1
                New AcrySof® IQ Toric IOL Approved for U.S. Patients with Cataracts and Astigmatism
                Innovative lens provides better distance vision for cataract surgery patients.
                HUENENBERG, Switzerland – March 2, 2009 – Alcon, Inc. (NYSE: ACL), the world’s leader in eye care announced today
                """, "ALCON, INC.")).isEqualTo("New AcrySof® IQ Toric IOL Approved for U.S. Patients with Cataracts and Astigmatism");
    }

    /** A-Power Energy Generation Systems, Ltd., EX-99.1 of 0001144204-09-029492: a headline broken over two lines. */
    @Test
    void headlineOverTwoLines() {
        assertThat(ExhibitTitle.of("""
                A-Power Energy Generation Systems Ltd. Appoints
                Chief Financial Officer & Chief Operating Officer
                Shenyang, China, May 26, 2009 — A-Power Energy Generation Systems, Ltd. (Nasdaq: APWR) announced today
                """, "A-POWER ENERGY GENERATION SYSTEMS, LTD."))
                .isEqualTo("A-Power Energy Generation Systems Ltd. Appoints Chief Financial Officer & Chief Operating Officer");
    }

    /** 51job, Inc., EX-99.1 of 0000950123-09-027237: the issuer's name line is skipped. */
    @Test
    void issuerLineIsSkipped() {
        assertThat(ExhibitTitle.of("""
                Exhibit 99.1
                51JOB, INC.
                NOTICE OF ANNUAL GENERAL MEETING OF MEMBERS
                NOTICE IS HEREBY GIVEN that the Annual General Meeting of Members (the “Meeting”) of 51job, Inc., a Cayman Islands company, will be held on August 27, 2009 at 10:00 a.m.
                """, "51job, Inc.")).isEqualTo("NOTICE OF ANNUAL GENERAL MEETING OF MEMBERS");
    }

    /** Aladdin Knowledge Systems Ltd., EX-99.A of 0001133796-09-000021: labels and a contact table before the headline. */
    @Test
    void labelsAndContactsAreSkipped() {
        assertThat(ExhibitTitle.of("""
                EXHIBIT A
                PRESS RELEASE
                Aladdin Press Contact:\tAladdin Company Contact:
                Matthew Zintel\tDebbie Kaye
                matthew.zintel@zintelpr.com\tdebbie.kaye@aladdin.com
                Aladdin Knowledge Systems Shareholders Approve Merger with Vector Capital Affiliate
                """, null)).isEqualTo("Aladdin Knowledge Systems Shareholders Approve Merger with Vector Capital Affiliate");
    }

    @Test
    void runningTextHasNoTitle() {
        assertThat(ExhibitTitle.of("x".repeat(300), null)).isNull();
        assertThat(ExhibitTitle.of("", null)).isNull();
    }
}
