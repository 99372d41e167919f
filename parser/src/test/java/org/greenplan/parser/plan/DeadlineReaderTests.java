package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Deadlines (part 3 of "Import every real document"): each printed phrase, read in plan year 2022. */
class DeadlineReaderTests {

    private static final int PLAN_YEAR = 2022;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // text                                             | deadline   | phrase kept
                "2022年6月底前完成改造。                             | 2022-06-30 | 2022年6月底前",
                "2023年6月底前投入使用。                             | 2023-06-30 | 2023年6月底前",
                "2022年6月底前，完成全部改造任务。                   | 2022-06-30 | 2022年6月底前",
                "2022年6月30日前完成。                               | 2022-06-30 | 2022年6月30日前",
                "2022年底前完成。                                    | 2022-12-31 | 2022年底前",
                "年底前完成丙项工作。                                | 2022-12-31 | 年底前",
                "年内培育50家左右示范企业。                          | 2022-12-31 | 年内",
                "三年内建成8家孵化器。                               | null       | null",
                "6月底前完成验收。                                   | 2022-06-30 | 6月底前",
                "6月份前完成。                                       | 2022-06-30 | 6月份前",
                "十月底前完成。                                      | 2022-10-31 | 十月底前",
                "三季度末前完成。                                    | 2022-09-30 | 三季度末前",
                "第一季度前出台方案。                                | 2022-03-31 | 第一季度前",
                "上半年完成试点。                                    | 2022-06-30 | 上半年",
                "初步建成平台。（11月份取得明显成效，牵头考核单位：市工信局） | 2022-11-30 | 11月份取得明显成效",
                "完成升级。（6月底完成，牵头考核单位：市审批服务局）       | 2022-06-30 | 6月底完成",
                "完成改造。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局） | 2022-05-31 | 5月底取得明显成效并持续推进",
                "7月底前完成前期手续。10月底完善各项功能。（按进度推进，牵头考核单位：市发改委） | 2022-10-31 | 10月底",
                "到2025年，新培育技术经纪人1000人。                  | 2025-12-31 | 到2025年",
                "到2022年，完成秸秆综合利用率达92%以上。             | null       | null",
                "组织开展2022年节能宣传周活动。                      | null       | null",
                "印发于2022年3月18日。                               | null       | null"
            })
    void readsADatedDeadline(String text, LocalDate date, String phrase) {
        Deadline deadline = DeadlineReader.read(text.strip(), PLAN_YEAR);

        if (date == null) {
            assertThat(deadline).isNull();
        } else {
            assertThat(deadline).isEqualTo(Deadline.by(date, phrase.strip()));
        }
    }

    @ParameterizedTest(name = "{0} → open ({1})")
    @CsvSource(
            delimiter = '|',
            value = {
                "丁项工作（持续推进，牵头单位：市林业局）             | 持续推进",
                "严格执行。（长期坚持，牵头单位：市林业局）           | 长期坚持",
                "深化审批改革。（持续优化，牵头考核单位：市住建局）   | 持续优化",
                "2023年起，每年开展一次评估。                        | 2023年起",
                "自2023年起实行年度报告制度。                        | 自2023年起"
            })
    void readsAnOpenEndedPhrase(String text, String phrase) {
        assertThat(DeadlineReader.read(text.strip(), PLAN_YEAR)).isEqualTo(Deadline.openEnded(phrase.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"推进戊项工作，持续推进沱湖流域治理。", "6月底前完成验收，年底前全面推开。（持续推进）"})
    void prefersTheLatestDateAndIgnoresOpenWordsInsideASentence(String text) {
        Deadline deadline = DeadlineReader.read(text.strip(), PLAN_YEAR);

        assertThat(deadline == null ? null : deadline.date())
                .isEqualTo(text.contains("年底前") ? LocalDate.of(PLAN_YEAR, 12, 31) : null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"6月底前完成", "年底前完成", "三季度末"})
    void skipsPhrasesWithoutAYearWhenThePlanYearIsUnknown(String text) {
        assertThat(DeadlineReader.read(text, null)).isNull();
    }

    @ParameterizedTest(name = "cell {0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "6月        | 2022-06-30 | 6月",
                "12月份     | 2022-12-31 | 12月份",
                "九月       | 2022-09-30 | 九月",
                "全年       | 2022-12-31 | 全年",
                "年底       | 2022-12-31 | 年底",
                "2023年6月底前 | 2023-06-30 | 2023年6月底前",
                "长期       | null       | 长期",
                "13月       | null       | null"
            })
    void readsABareMonthInADeadlineCellAsThatMonthsLastDay(String cell, LocalDate date, String phrase) {
        Deadline deadline = DeadlineReader.readCell(cell, PLAN_YEAR);

        if (phrase == null) {
            assertThat(deadline).isNull();
        } else {
            assertThat(deadline.date()).isEqualTo(date);
            assertThat(deadline.phrase()).isEqualTo(phrase);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"6月", "全年"})
    void readsNoBareMonthCellWithoutAPlanYear(String cell) {
        assertThat(DeadlineReader.readCell(cell, null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6月区住建局", "完成6月"})
    void readsABareMonthOnlyAsTheWholeCell(String text) {
        assertThat(DeadlineReader.read(text, PLAN_YEAR)).isNull();
    }
}
