package org.greenplan.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;

/** Reads a {@link ReportInput} against the task's targets into a {@link ReportContent}, or says what is wrong. */
final class ReportReader {
    /** Largest magnitude accepted for a reported value, as for a target value in review (10^15). */
    static final BigDecimal MAGNITUDE_CAP = BigDecimal.TEN.pow(15);

    private final TargetValueReader values;

    ReportReader(TargetValueReader values) {
        this.values = values;
    }

    /** @throws ReportInvalidException with every problem by field; nothing is read partly */
    ReportContent read(ReportInput input, TaskView task) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        text("progress", input.progress(), problems);
        text("problems", input.problems(), problems);
        text("nextSteps", input.nextSteps(), problems);
        Integer completion = completion(input.completion(), problems);
        for (Long targetId : input.values().keySet()) {
            if (task.targets().stream().noneMatch(t -> t.id() == targetId)) {
                problems.put("value." + targetId, FieldProblem.of("progress.value.unknownTarget", targetId));
            }
        }
        List<ReportValue> read = new ArrayList<>();
        for (TargetView target : task.targets()) {
            String typed = input.values().get(target.id());
            if (typed == null || typed.isBlank()) {
                continue;
            }
            TargetValueReader.Reading reading =
                    values.read(target, typed.strip(), input.confirmed().contains(target.id()));
            if (reading.accepted() && reading.value().abs().compareTo(MAGNITUDE_CAP) >= 0) {
                problems.put("value." + target.id(), FieldProblem.of("progress.value.tooLarge", typed.strip()));
            } else if (reading.accepted()) {
                read.add(new ReportValue(target.id(), typed.strip(), reading.value(), reading.approximate()));
            } else {
                problems.put("value." + target.id(), reading.problem());
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportInvalidException(problems);
        }
        return new ReportContent(
                strip(input.progress()), strip(input.problems()), strip(input.nextSteps()), completion, read);
    }

    private static void text(String field, String value, Map<String, FieldProblem> problems) {
        if (value != null && value.strip().length() > ReportContent.TEXT_MAX) {
            problems.put(field, FieldProblem.of("progress.field.tooLong", ReportContent.TEXT_MAX));
        }
    }

    private static Integer completion(String typed, Map<String, FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip().replace("%", "").replace("％", "").strip();
        try {
            int percent = Integer.parseInt(value);
            if (percent >= 0 && percent <= 100) {
                return percent;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put("completion", FieldProblem.of("progress.completion.invalid", typed.strip()));
        return null;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
