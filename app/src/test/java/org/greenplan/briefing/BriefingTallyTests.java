package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenplan.plan.view.TaskView;
import org.greenplan.supervision.StatusReason;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class BriefingTallyTests {
    private static final LocalDate JUNE_30 = LocalDate.of(2022, 6, 30);

    @Test
    void aTaskStagnantForLackOfAnyDataSaysSoInItsStatusCell() {
        BriefingTally tally = new BriefingTally(texts(), JUNE_30, Map.of(7L, "市农业农村局"), RowBound.NONE);
        tally.add(
                List.of(view(1, "4"), view(2, "6")),
                List.of(
                        task(1, "4", StatusReason.of("NO_DATA", "2022-06-30", "2022-05-31")),
                        task(2, "6", StatusReason.of("NO_UPDATE", "2022-04-01", "20"))));

        List<String> statuses = tally.laggingTasks().rows().stream()
                .map(l -> l.line().taskNumber() + " " + l.line().status())
                .toList();

        assertThat(statuses).containsExactlyInAnyOrder("4 停滞（无报送数据）", "6 停滞");
        assertThat(tally.count(TaskStatus.STAGNANT)).isEqualTo(2);
    }

    private static SupervisedTask task(long id, String number, StatusReason reason) {
        return new SupervisedTask(
                1,
                id,
                number,
                List.of("一、"),
                "任务" + number,
                null,
                List.of(7L),
                7L,
                TaskStatus.STAGNANT,
                reason,
                List.of(reason),
                null,
                List.of());
    }

    private static TaskView view(long id, String number) {
        return new TaskView(
                id,
                1,
                null,
                number,
                List.of("一、"),
                "任务" + number,
                "任务" + number,
                1,
                0,
                0,
                null,
                false,
                null,
                List.of(),
                List.of(),
                List.of(),
                0);
    }

    private static DocumentTexts texts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new DocumentTexts(bundles);
    }
}
