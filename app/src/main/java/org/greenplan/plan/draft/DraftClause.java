package org.greenplan.plan.draft;

import java.util.List;
import org.greenplan.plan.view.ClauseView;

/**
 * A unit clause of a draft task (责任分工) and the sentences it covers.
 *
 * @param text        the covered sentences
 * @param startOffset offset of the clause in the extracted text, inclusive
 * @param endOffset   offset after the clause, exclusive
 * @param units       the clause's units in printed order
 */
public record DraftClause(String text, int startOffset, int endOffset, List<ClauseView.ClauseUnit> units) {
    public DraftClause {
        units = List.copyOf(units);
    }
}
