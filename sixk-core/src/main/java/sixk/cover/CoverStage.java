package sixk.cover;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;

/** Reads the cover page of the main document. */
public final class CoverStage implements Stage {
    @Override public String name() { return "cover"; }

    @Override public void apply(Filing filing) {
        // Filled by the cover reader.
    }
}
