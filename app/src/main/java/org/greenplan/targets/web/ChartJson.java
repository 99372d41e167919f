package org.greenplan.targets.web;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.MonthPoint;
import org.greenplan.targets.TrackedTarget;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of a target's chart, as JSON written by Jackson:
 * <pre>{"months":["2022-01",…,"2022-12"],
 *  "reported":[null,…,88,…],   aggregated value per month; null = no report that month (a gap)
 *  "target":[92,…,92],          the goal as a horizontal line; nulls when the target has none
 *  "expected":[86.4945,…,92],   the pacing line on each month's last day; nulls when not computable
 *  "unit":"%"}</pre>
 * The template puts it in a {@code data-chart} attribute, escaped by Thymeleaf.
 */
final class ChartJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ChartJson() {}

    static String of(TrackedTarget target) {
        EvaluationOutcome evaluation = target.evaluation();
        List<MonthPoint> months = evaluation.months();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", months.stream().map(m -> m.month().toString()).toList());
        data.put("reported", months.stream().map(MonthPoint::reported).toList());
        data.put("target", Collections.nCopies(months.size(), evaluation.goal()));
        data.put(
                "expected",
                months.stream()
                        .map(MonthPoint::expected)
                        .map(ChartJson::rounded)
                        .toList());
        data.put("unit", target.terms().levelUnit());
        return MAPPER.writeValueAsString(data);
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value == null
                ? null
                : value.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
