package sixk.pipeline;

import java.util.List;

/** The stages of the full extraction, in order. Each later stage may read what earlier ones found. */
public final class Stages {
    private Stages() {}

    public static List<Stage> all() {
        return List.of(
                new sixk.cover.CoverStage(),
                new sixk.signature.SignatureStage(),
                new sixk.signature.StampStage(),
                new sixk.exhibit.ExhibitStage(),
                new sixk.press.PressReleaseStage(),
                new sixk.entity.EntityStage(),
                new sixk.event.EventStage());
    }

    /** Read + structure only: what the reader issue's benchmark measures. */
    public static List<Stage> structure() {
        return all().subList(0, 4);
    }
}
