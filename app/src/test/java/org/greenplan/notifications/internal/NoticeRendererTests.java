package org.greenplan.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.greenplan.ShippedMessages;
import org.greenplan.notifications.Notice;
import org.greenplan.notifications.NoticeText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NoticeRendererTests {
    private final JsonMapper json = JsonMapper.builder().build();
    private final NoticeRenderer renderer = new NoticeRenderer(ShippedMessages.bundles(), json);

    @Test
    void rendersKeysPeriodsAndNestedKeysInEachLanguageAndNamesAsStored() {
        NoticeText digest = NoticeText.of(
                "reminders.digest.line", "市林业局", 3, LocalDate.of(2022, 6, 24), NoticeText.of("reminders.kind.OVERDUE"));
        NoticeText subject = NoticeText.of("reminders.digest.subject", "2022年工作要点", NoticeText.period("2022-06"), 1);

        assertThat(renderer.render(subject, Locale.SIMPLIFIED_CHINESE)).isEqualTo("【催报】2022年工作要点（2022年6月）：今日提醒 1 个单位");
        assertThat(renderer.render(subject, Locale.ENGLISH))
                .isEqualTo("[Reminders] 2022年工作要点 (June 2022): 1 unit reminded today");
        assertThat(renderer.render(
                        NoticeText.of("reminders.digest.subject", "2022年工作要点", NoticeText.period("2022-06"), 12),
                        Locale.ENGLISH))
                .isEqualTo("[Reminders] 2022年工作要点 (June 2022): 12 units reminded today");
        assertThat(renderer.render(digest, Locale.SIMPLIFIED_CHINESE)).isEqualTo("市林业局：3 项未报送，截止 2022-06-24（已逾期）");
        assertThat(renderer.render(digest, Locale.ENGLISH))
                .isEqualTo("市林业局: 3 reports missing, due 2022-06-24 (Overdue)");
    }

    @Test
    void aYearKeepsItsNumberPatternAndLinesAndPartsJoinAsGiven() {
        NoticeText number = NoticeText.of("reminders.urging.number", 2022, 12L);
        NoticeText body = NoticeText.lines(
                NoticeText.verbatim("第一行"), NoticeText.verbatim("甲").then(NoticeText.verbatim("乙")));

        assertThat(renderer.render(number, Locale.SIMPLIFIED_CHINESE)).isEqualTo("催办〔2022〕第12号");
        assertThat(renderer.render(number, Locale.ENGLISH)).isEqualTo("Urging 2022 No. 12");
        assertThat(renderer.render(body, Locale.ENGLISH)).isEqualTo("第一行\n甲乙");
    }

    @Test
    void storedJsonReadsBackToTheSameTexts() {
        Notice notice = Notice.inAppOnly(
                "PERIOD_CLOSED",
                NoticeText.of("reminders.period.closed.subject", NoticeText.period("2022Q2")),
                NoticeText.lines(
                        NoticeText.verbatim("计划"),
                        NoticeText.of("reminders.period.closed.body", NoticeText.period("2022Q2"), "办公室", null)),
                null,
                null,
                7);

        String stored = renderer.json(notice);

        assertThat(json.readValue(stored, NoticeRenderer.Content.class))
                .isEqualTo(new NoticeRenderer.Content(notice.subject(), notice.body()));
        assertThat(json.readTree(stored).path("subject").path("type").asText()).isEqualTo("message");
        assertThat(renderer.read(stored, "旧标题", "旧正文", Locale.ENGLISH))
                .isEqualTo(new NoticeRenderer.Rendered(
                        "Reporting period Q2 2022 is closed",
                        "计划\nThe Q2 2022 progress reports were closed by 办公室: -. To submit late, ask the office to"
                                + " unlock."));
    }

    @Test
    void aMessageWithoutContentOrWhoseKeyIsGoneReadsAsStored() {
        String gone = renderer.json(Notice.inAppOnly(
                "X", NoticeText.of("reminders.no.such.key"), NoticeText.verbatim("正文"), null, null, 7));

        assertThat(renderer.read(null, "调度周期 2022-06 已关闭", "正文", Locale.ENGLISH))
                .isEqualTo(new NoticeRenderer.Rendered("调度周期 2022-06 已关闭", "正文"));
        assertThat(renderer.read(gone, "旧标题", "旧正文", Locale.ENGLISH))
                .isEqualTo(new NoticeRenderer.Rendered("旧标题", "旧正文"));
        assertThat(renderer.read("{not json", "旧标题", "旧正文", Locale.ENGLISH))
                .isEqualTo(new NoticeRenderer.Rendered("旧标题", "旧正文"));
    }

    @Test
    void refusesAnArgumentItCouldNotStoreAsItIs() {
        assertThatThrownBy(() -> NoticeText.of("reminders.kind.OVERDUE", 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Double");
    }
}
