package sixk.cover;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sixk.record.PrincipalOffice;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** City and country of real cover addresses (lines separated by "|"), from the 6-K, 8-K and 10-K covers of the corpus. */
class PrincipalOfficeAddressTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Parc Club du Moulin à Vent|33 avenue du Dr. Georges Levy|69693 Vénissieux cedex France ; Vénissieux ; France
            Abbey National House, 2 Triton Square, Regent’s|Place, London NW1 3AN, England ; London ; United Kingdom
            9000 Glenlyon Parkway|Burnaby, BC|V5J 5J8|Canada ; Burnaby ; Canada
            42 Hatzikyriakou Avenue|Piraeus, Athens 185 38|Greece ; Piraeus ; Greece
            26 Chin Third Road|Nantze Export Processing Zone|Kaoshiung, Taiwan|Republic of China ; Kaoshiung ; Taiwan
            Gustav Mahlerlaan 10|1082 PP Amsterdam|The Netherlands ; Amsterdam ; Netherlands
            P.O. Box 1831, Affolternstrasse 44, CH-8050, Zurich, Switzerland ; Zurich ; Switzerland
            35 Efal Street, Petach Tikva, Israel ; Petach Tikva ; Israel
            No. 44 Jingxing Road|Tiexi District|Shenyang, Liaoning, China 110021 ; Shenyang ; China
            Room 706, 7/F, Huantai Building, No. 12A|South Street Zhongguancun|Haidian District, Beijing 100081|People’s Republic of China ; Beijing ; China
            Kackertstrasse|D-52072 Aachen|Germany ; Aachen ; Germany
            Bösch 69|P.O. Box 62|6331 Hünenberg, Switzerland|41-41-785-8888 ; Hünenberg ; Switzerland
            506 – 675 West Hastings Street, Vancouver, B.C. V6B 1N2 ; Vancouver ; Canada
            13131 Lake Fraser Drive S.E.|Calgary, Alberta,|Canada T2J 7E8 ; Calgary ; Canada
            54, rue La Boétie|75008 Paris — France ; Paris ; France
            Building 3|No. 1387, Zhang Dong Road|Shanghai 201203|People’s Republic of China ; Shanghai ; China
            Rue Louis-d'Affry 6|1701, Fribourg, Switzerland ; Fribourg ; Switzerland
            Breitner Center, Amstelplein 2, 1096 BC Amsterdam, The Netherlands ; Amsterdam ; Netherlands
            One New Orchard Road|Armonk, New York ; Armonk ; United States
            270 Park Avenue,|New York,\tNew York\t10017 ; New York ; United States
            2788 San Tomas Expressway, Santa Clara, CA 95051 ; Santa Clara ; United States
            2455 Paces Ferry Road|Atlanta, Georgia 30339 ; Atlanta ; United States
            1601 Willow Road, Menlo Park, California 94025 ; Menlo Park ; United States
            500 South Buena Vista Street Burbank, California 91521 ; Burbank ; United States
            1 Infinite Loop|Cupertino California 95014 ; Cupertino ; United States
            2200 Renaissance Boulevard|Suite 300|King of Prussia, PA\t19406 ; King of Prussia ; United States
            """)
    void cityAndCountry(String address, String city, String country) {
        PrincipalOffice o = PrincipalOfficeAddress.read(Arrays.asList(address.split("\\|")));
        assertThat(o.city()).isEqualTo(city);
        assertThat(o.country()).isEqualTo(country);
    }

    @org.junit.jupiter.api.Test
    void tableCellsOfAnAddressAreJoinedAsItsParts() {
        assertThat(PrincipalOfficeAddress.read(java.util.List.of("50 Hudson Yards", "New York,\tNew York\t10001")).text())
                .isEqualTo("50 Hudson Yards, New York, New York 10001");
        assertThat(PrincipalOfficeAddress.read(java.util.List.of("42 Hatzikyriakou Avenue\tPiraeus\tGreece")).text())
                .isEqualTo("42 Hatzikyriakou Avenue, Piraeus, Greece");
    }

    @org.junit.jupiter.api.Test
    void aRowOfCaptionsIsACaptionButANameBesideOneIsNot() {
        assertThat(CoverLines.isCaption("incorporation or organization)\t(Commission File Number)\t(I.R.S. Employer Identification No.)")).isTrue();
        assertThat(CoverLines.isCaption("ACME CORP\t(Exact name of registrant as specified in its charter)")).isFalse();
    }
}
