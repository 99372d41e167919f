package org.greenplan.planimport;

import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * What an import running in the background has reached.
 *
 * @param id      job id
 * @param stage   the stage it is in
 * @param planId  the plan stored, once DONE; else null
 * @param problem why it failed (the file and place, as a message key with arguments), or null
 * @param duplicateOf the plan an identical file was imported as, when that is why it stopped; else null
 */
public record ImportJob(String id, ImportStage stage, Long planId, MessageSourceResolvable problem, Long duplicateOf) {

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
