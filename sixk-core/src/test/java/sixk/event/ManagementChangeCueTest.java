package sixk.event;

import org.junit.jupiter.api.Test;
import sixk.pipeline.FilingReader;
import sixk.record.Event;
import sixk.record.FilingRecord;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ManagementChangeCueTest {
    @Test
    void anAppointmentToAnExecutiveCommitteeIsAManagementChange() {
        // The release of ABB's 6-K of September 2009 (0001104659-09-053728), its first lines.
        String release = """
                ABB names Brice Koch to Group Executive Committee

                Manager of China business to take on new role as Head of Marketing and Customer Solutions

                Zurich, Switzerland, Sept. 9, 2009 \u2013 ABB, the leading power and automation technology group, has appointed Brice Koch \
                to the Group Executive Committee as Head of Marketing and Customer Solutions, a new role created to drive additional growth \
                across the company\u2019s markets and regions.
                """;
        FilingRecord r = FilingReader.standard().read(release.getBytes(StandardCharsets.UTF_8), "abb.txt");
        assertThat(r.events()).extracting(Event::type).contains("management_change");
    }
}
