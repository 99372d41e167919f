package org.greenplan.progress.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportValue;
import org.springframework.util.MultiValueMap;

/**
 * The report form as posted: the three texts, {@code completion}, {@code rowVersion}, and per target
 * {@code value-<targetId>} and {@code confirm-<targetId>}. Kept as typed so that a refused save shows
 * the user's own input again.
 */
record ReportForm(
        String progress,
        String problems,
        String nextSteps,
        String completion,
        Map<Long, String> values,
        Set<Long> confirmed,
        int rowVersion) {

    static ReportForm of(MultiValueMap<String, String> params) {
        Map<Long, String> values = new HashMap<>();
        Set<Long> confirmed = new HashSet<>();
        params.forEach((name, list) -> {
            String first = list.isEmpty() || list.get(0) == null ? "" : list.get(0);
            Long id = targetId(name, "value-");
            if (id != null && !first.isBlank()) {
                values.put(id, first);
            }
            Long confirm = targetId(name, "confirm-");
            if (confirm != null && !first.isBlank()) {
                confirmed.add(confirm);
            }
        });
        return new ReportForm(
                params.getFirst("progress"),
                params.getFirst("problems"),
                params.getFirst("nextSteps"),
                params.getFirst("completion"),
                values,
                confirmed,
                version(params.getFirst("rowVersion")));
    }

    static ReportForm of(ProgressReport report) {
        Map<Long, String> values = new HashMap<>();
        for (ReportValue v : report.content().values()) {
            values.put(v.targetId(), v.typed());
        }
        Integer completion = report.content().completion();
        return new ReportForm(
                report.content().progress(),
                report.content().problems(),
                report.content().nextSteps(),
                completion == null ? "" : completion.toString(),
                values,
                Set.of(),
                report.rowVersion());
    }

    ReportInput input() {
        return new ReportInput(progress, problems, nextSteps, completion, values, confirmed);
    }

    public String value(long targetId) {
        return values.getOrDefault(targetId, "");
    }

    private static Long targetId(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.parseLong(name.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int version(String typed) {
        try {
            return typed == null ? 0 : Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
