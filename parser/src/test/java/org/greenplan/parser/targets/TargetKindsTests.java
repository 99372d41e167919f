package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per rule added for the kinds of target the development corpus ({@code ../shared/corpus}) showed
 * missing or misread: more counted units, durations, bandwidth, unitless magnitudes, bare percentages, 分别
 * lists, ranks, and quantities that describe rather than demand.
 */
class TargetKindsTests {

    private final TargetPhraseParser parser = new TargetPhraseParser();

    private String outline(String text) {
        return TargetOutlines.of(parser.findTargets(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            组织发布不少于100场培训课程                 | 组织发布 >= 100 场
            全市新增2400户大中型餐饮单位纳入监管平台    | 大中型餐饮单位纳入监管平台 >= 2400 户
            每年推广应用工业机器人8000台以上            | 推广应用工业机器人 >= 8000 台
            每年面向1万名专业技术人才开展培训           | 专业技术人才开展培训 >= 10000 名
            新培育技术经纪人1000人                      | 新培育技术经纪人 >= 1000 人
            全年培训农民5000人次                        | 培训农民 >= 5000 人次
            新增2400户（累计约3600户）餐饮单位纳入平台  | 新增 >= 2400 户; 累计 approx 3600 户
            """)
    void readsCountsOfSessionsHouseholdsMachinesAndPeople(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            带宽可用性5000M以上                         | 带宽可用性 >= 5000 M
            出口带宽达到10Gbps                          | 出口带宽 >= 10000 M
            新增光伏装机200MWp                          | 新增光伏装机 >= 200000 kW
            年发电量达到2GWh                            | 年发电量 >= 2000000 kWh
            实现标识注册总量突破5亿                     | 标识注册总量 > 500000000
            注册用户突破5亿人                           | 注册用户 > 500000000 人
            """)
    void readsLatinUnitsAndMagnitudesWithoutUnit(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            货物48小时内放行                            | 放行 <= 48 小时
            企业开办5个工作日内办结                     | 企业开办 <= 5 工作日
            不动产登记时限压缩至3天以内                 | 不动产登记时限 <= 3 天
            审批时限不超过30分钟                        | 审批时限 <= 30 分钟
            3个月内完成整改                             | 整改 <= 3 个月
            """)
    void readsTimeLimits(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            全市90%的重点领域市场主体纳入监管平台       | 重点领域市场主体纳入监管平台 >= 90 %
            新建住宅建筑实现100%BIM交付                 | 新建住宅建筑 = 100 %
            """)
    void readsBarePercentagesAsSharesOrLevels(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            省级和市级平台分别不超过5个、10个           | 省级和市级平台 <= 5 个; 省级和市级平台 <= 10 个
            花生种植、收获机械化率分别达到65%和55%      | 收获机械化率 >= 65 %; 收获机械化率 >= 55 %
            面向自然人和法人组织，分别形成1000个以上的“数字标签” | 数字标签（自然人） >= 1000 个; 数字标签（法人组织） >= 1000 个
            县城和乡镇分别建成充电站20座                | 县城建成充电站 >= 20 座; 乡镇建成充电站 >= 20 座
            """)
    void readsOneTargetPerValueOrSubjectOfARespectiveList(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            到2023年，服务器产销量稳居全球前三          | 服务器产销量 <= 3 位
            全市GDP位居全省第二                         | GDP <= 2 位
            年底前10家企业完成改造                      | 企业完成改造 >= 10 家
            6月底前10家企业完成改造                     | 企业完成改造 >= 10 家
            """)
    void readsRanksAndCountsAfterATimeEndingIn前(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            培育5个以上收入过200亿元的软件产业集群      | 收入过200亿元的软件产业集群 >= 5 个
            设立总规模不少于100亿元的专项基金           | 设立总规模 >= 10000000000 元
            形成1000个以上的“数字标签”                  | 数字标签 >= 1000 个
            依托省级科技计划每年实施重大项目20项以上    | 依托省级科技计划每年实施重大项目 >= 20 项
            实现有效监管覆盖率达到90%                   | 有效监管覆盖率 >= 90 %
            推动平台建设，实现行政村全覆盖              | 行政村 = 100 %
            """)
    void keepsTargetsBesideDescriptiveWording(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            存储容量达到100MB
            提供7×24小时服务
            打造15分钟便民生活圈
            开工前3个月完成审批
            积极申报进入第二批试点
            对其上一年度实际完成投资1000万元及以上的，按设备购置额的10%给予奖补
            年销售收入首次达到2000万元、5000万元、1亿元的，分别给予创新扶持
            基本实现20人以上的自然村4G网络覆盖
            在现有教师招聘等62项“一站式”便民服务的基础上，继续拓展服务
            将现有10个平台整合
            围绕37条产业链和40个产业集群，支持链主企业制定路线图
            在“1+N”（1个省级政务云平台，N个市级政务云节点）框架下优化服务
            推动市、旗（县、区）、苏木乡镇（街道）业务全覆盖
            加快5G网络全覆盖
            实现监管事项全覆盖、监管过程全记录、监管数据可共享
            在科技普及等方面取得明显提升
            """)
    void ignoresDescriptionsConditionsBaselinesScopesAndAims(String text) {
        assertThat(parser.findTargets(text)).isEmpty();
    }

    @Test
    void leavesTheUnitEmptyWhereTheDocumentPrintsNone() {
        TargetSpec target = parser.findTargets("实现标识注册总量突破5亿。").get(0);

        assertThat(target.unit()).isNull();
        assertThat(target.printedPhrase()).isEqualTo("标识注册总量突破5亿");
    }

    @ParameterizedTest(name = "{0} {1} = {2} {3}")
    @CsvSource({"1, 天, 24, 小时", "90, 分钟, 1.5, 小时", "2, 小时, 120, 分钟"})
    void convertsDurations(BigDecimal value, String from, BigDecimal expected, String to) {
        assertThat(TargetUnits.convert(value, from, to))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Test
    void keepsWorkingDaysAndMonthsApartFromCalendarTime() {
        assertThat(TargetUnits.convert(BigDecimal.ONE, TargetUnits.WORKING_DAY, TargetUnits.DAY))
                .isEmpty();
        assertThat(TargetUnits.convert(BigDecimal.ONE, TargetUnits.MONTH, TargetUnits.DAY))
                .isEmpty();
        assertThat(TargetUnits.isDuration(TargetUnits.WORKING_DAY)).isTrue();
        assertThat(TargetUnits.isDuration(TargetUnits.PIECES)).isFalse();
        assertThat(TargetUnits.isCount(TargetUnits.PERSONS)).isTrue();
    }
}
