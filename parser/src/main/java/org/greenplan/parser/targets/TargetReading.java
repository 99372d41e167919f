package org.greenplan.parser.targets;

import java.util.List;

/**
 * What {@link TargetPhraseParser#read(String)} made of one task text.
 *
 * @param targets the targets found, in printed order (those found before a failure included)
 * @param failure what went wrong in the target parser (exception type and message), or null when nothing
 *                did; a caller shows it to the reviewer so that a target never vanishes unseen
 */
public record TargetReading(List<TargetSpec> targets, String failure) {
    public TargetReading {
        targets = List.copyOf(targets);
    }

    /** @return true when the target parser failed part-way */
    public boolean failed() {
        return failure != null;
    }
}
