package org.greenplan.targets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.plan.view.TargetView;
import org.greenplan.progress.FieldProblem;
import org.greenplan.progress.TargetValueReader;
import org.greenplan.targets.internal.TargetStore;
import org.springframework.stereotype.Component;

/**
 * Reads a value typed in a progress report with the target panel's rules: {@link ReportedValueParser}
 * (约92% approximate, N/A refused, % against a non-% target refused, 0.92 against ≥ 92 % to be confirmed)
 * and its range rule (a rate between 0 and 100 %, never negative).
 */
@Component
public class ReportValueRules implements TargetValueReader {
    private final TargetStore store;

    ReportValueRules(TargetStore store) {
        this.store = store;
    }

    /** SUM adds the periods' values, so each is the period's increase; LATEST and MAX read levels. */
    @Override
    public Map<Long, ValueEntry> entries(List<TargetView> targets) {
        if (targets.isEmpty()) {
            return Map.of();
        }
        Map<Long, Aggregation> chosen =
                store.chosenAggregations(targets.stream().map(TargetView::id).toList());
        Map<Long, ValueEntry> entries = new HashMap<>();
        for (TargetView target : targets) {
            Aggregation aggregation = chosen.containsKey(target.id())
                    ? chosen.get(target.id())
                    : Aggregation.defaultFor(TargetTerms.of(target));
            entries.put(target.id(), aggregation == Aggregation.SUM ? ValueEntry.INCREMENT : ValueEntry.LEVEL);
        }
        return entries;
    }

    @Override
    public Reading read(TargetView target, String typed, boolean confirmed) {
        ReportedValueParser parser = new ReportedValueParser(TargetTerms.of(target));
        ParsedValue parsed = parser.parse(typed);
        if (!parsed.isAccepted()) {
            return Reading.refused(inReport(parsed.messageKey()), parsed.arguments());
        }
        String range = parser.rangeProblem(parsed.value());
        if (range != null) {
            return Reading.refused(range, List.of(typed.strip()));
        }
        if (!parsed.isStorable(confirmed)) {
            return new Reading(
                    null, parsed.approximate(), FieldProblem.toConfirm(parsed.messageKey(), parsed.arguments()));
        }
        return Reading.of(parsed.value(), parsed.approximate());
    }

    /**
     * The panel's messages send explanations to its 备注 field; a report has none, so there they point to 进展情况
     * and to attachments instead ({@code progress.value.*}).
     */
    private static String inReport(String key) {
        return switch (key) {
            case "target.value.notANumber" -> "progress.value.notANumber";
            case "target.value.tooLong" -> "progress.value.tooLong";
            default -> key;
        };
    }
}
