package sixk.pipeline;

/**
 * One step after reading: structure (cover, signatures, stamps, exhibits), press releases,
 * entities, events. A stage adds to the {@link Filing} and records warnings; it must not
 * throw for bad input (the reader catches what escapes and records it as a warning).
 */
public interface Stage {
    /** A short name for warnings and benchmarks. */
    String name();

    void apply(Filing filing);
}
