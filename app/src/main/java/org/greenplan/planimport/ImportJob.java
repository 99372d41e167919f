package org.greenplan.planimport;

import java.util.Objects;

/**
 * What an import running in the background has reached.
 *
 * @param id      job id
 * @param stage   the stage it is in
 * @param planId  the plan stored, once DONE; else null
 * @param problem why it failed (the file and place, in the office's words), or null
 * @param duplicateOf the plan an identical file was imported as, when that is why it stopped; else null
 */
public record ImportJob(String id, ImportStage stage, Long planId, String problem, Long duplicateOf) {

    public boolean finished() {
        return stage == ImportStage.DONE || problem != null || duplicateOf != null;
    }

    public boolean succeeded() {
        return stage == ImportStage.DONE && planId != null;
    }

    ImportJob at(ImportStage next) {
        return new ImportJob(id, Objects.requireNonNull(next), planId, problem, duplicateOf);
    }
}
