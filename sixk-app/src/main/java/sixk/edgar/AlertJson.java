package sixk.edgar;

import com.fasterxml.jackson.core.JsonProcessingException;
import sixk.record.Json;

/** An alert as one compact JSON line, in the record's snake_case. */
final class AlertJson {
    private AlertJson() {}

    static String line(Alert a) {
        try {
            return Json.COMPACT.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert did not serialize: " + e.getOriginalMessage(), e);
        }
    }
}
