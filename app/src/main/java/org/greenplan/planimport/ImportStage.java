package org.greenplan.planimport;

/** Stages of an import, with the share of the work done when each starts (percent). */
public enum ImportStage {
    READING(10),
    PARSING(35),
    RESOLVING_UNITS(65),
    STORING(85),
    DONE(100);

    private final int percent;

    ImportStage(int percent) {
        this.percent = percent;
    }

    /** @return share of the import done when this stage starts, 0–100 */
    public int percent() {
        return percent;
    }
}
