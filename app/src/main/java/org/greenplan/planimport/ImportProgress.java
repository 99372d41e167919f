package org.greenplan.planimport;

/** Told when an import enters a stage; used to show a progress bar. */
@FunctionalInterface
public interface ImportProgress {
    /** Reports nothing. */
    ImportProgress NONE = stage -> {};

    void entered(ImportStage stage);
}
