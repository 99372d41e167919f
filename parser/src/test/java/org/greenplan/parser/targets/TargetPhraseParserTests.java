package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetPhraseParserTests {

    private final TargetPhraseParser parser = new TargetPhraseParser();

    private String outline(String text) {
        return TargetOutlines.of(parser.findTargets(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            培育绿色工厂2家以上                         | 绿色工厂 >= 2 家
            绿色工厂数量不低于5家                       | 绿色工厂数量 >= 5 家
            新建充电桩不少于200个                       | 新建充电桩 >= 200 个
            主要农作物综合机械化率达97%                 | 主要农作物综合机械化率 >= 97 %
            新能源公交车数量占比达到100%                | 新能源公交车数量占比 >= 100 %
            秸秆综合利用率力争达到95%                   | 秸秆综合利用率 >= 95 %
            秸秆综合利用率提高到95%                     | 秸秆综合利用率 >= 95 %
            畜禽粪污综合利用率超82%                     | 畜禽粪污综合利用率 > 82 %
            规模以上工业企业超过30家                    | 规模以上工业企业 > 30 家
            城市污水处理率高于95%                       | 城市污水处理率 > 95 %
            单位产品能耗不高于0.5吨标准煤               | 单位产品能耗 <= 0.5 tce
            新增建设用地不超过300亩                     | 新增建设用地 <= 300 亩
            用水总量控制在3亿立方米以内                 | 用水总量 <= 300000000 m³
            细颗粒物浓度35微克/立方米以下               | 细颗粒物浓度 <= 35 μg/m³
            细颗粒物平均浓度降至35微克/立方米           | 细颗粒物平均浓度 <= 35 μg/m³
            重污染天数比例低于2%                        | 重污染天数比例 < 2 %
            单体面积不满100亩                           | 单体面积 < 100 亩
            禁养区边界5公里以外                         | 禁养区边界 > 5 km
            可再生能源消费占比30%左右                   | 可再生能源消费占比 approx 30 %
            培育示范园区3-5家                           | 示范园区 between 3..5 家
            创建示范社区3至5个                          | 示范社区 between 3..5 个
            新增储能装机3～5万千瓦                      | 新增储能装机 between 30000..50000 kW
            全市湿地保护率增加1个百分点                 | 湿地保护率 increase_by 1 pp
            森林覆盖率提高1.5个百分点                   | 森林覆盖率 increase_by 1.5 pp
            社会消费品零售总额增长10%                   | 社会消费品零售总额 increase_by 10 %
            单位GDP能耗比2020年下降13.5%                | 单位GDP能耗 decrease_by 13.5 %
            化学需氧量排放总量降低5%                    | 化学需氧量排放总量 decrease_by 5 %
            二氧化碳排放减少3000吨                      | 二氧化碳排放 decrease_by 3000 t
            培育规上企业100余家                         | 规上企业 > 100 家
            数字经济核心产业规模突破2.2万亿元           | 数字经济核心产业规模 > 2200000000000 元
            信息技术产业营收年均增长10%以上             | 信息技术产业营收 increase_by 10 %
            全国农机总动力稳定在11亿千瓦左右            | 农机总动力 approx 1100000000 kW
            """)
    void readsComparatorWords(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            争取全年新增可再生能源发电装机15万千瓦以上  | 新增可再生能源发电装机 >= 150000 kW
            新增光伏装机200兆瓦                         | 新增光伏装机 >= 200000 kW
            新增风电装机200MW                           | 新增风电装机 >= 200000 kW
            新增分布式光伏装机500kW                     | 新增分布式光伏装机 >= 500 kW
            年发电量达到1.5亿千瓦时                     | 年发电量 >= 150000000 kWh
            完成固定资产投资3000万元                    | 固定资产投资 >= 30000000 元
            地区生产总值达到2.2万亿元                   | 地区生产总值 >= 2200000000000 元
            节能环保产业产值达到50亿元                  | 节能环保产业产值 >= 5000000000 元
            固体废物综合利用量达到10万吨                | 固体废物综合利用量 >= 100000 t
            节能量达到5万吨标准煤                       | 节能量 >= 50000 tce
            新增造林1.2万亩                             | 新增造林 >= 12000 亩
            完成湿地修复500公顷                         | 湿地修复 >= 500 ha
            水土流失治理面积达到2平方公里               | 水土流失治理面积 >= 2 km²
            新增绿道50公里                              | 新增绿道 >= 50 km
            新增绿道50千米                              | 新增绿道 >= 50 km
            新增绿色建筑100万平方米                     | 新增绿色建筑 >= 1000000 m²
            培育绿色工厂2家                             | 绿色工厂 >= 2 家
            新建充电桩500个                             | 新建充电桩 >= 500 个
            实施节能改造项目10项                        | 节能改造项目 >= 10 项
            举办培训班3次                               | 培训班 >= 3 次
            新能源汽车推广1000辆                        | 新能源汽车推广 >= 1000 辆
            城市公共交通万人标台数达到12标台            | 城市公共交通万人标台数 >= 12 标台
            新建污水处理厂3座                           | 新建污水处理厂 >= 3 座
            整治黑臭水体5处                             | 整治黑臭水体 >= 5 处
            """)
    void expandsMagnitudesIntoCanonicalUnits(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            培育绿色工厂两家                            | 绿色工厂 >= 2 家
            新增示范区十二个                            | 新增示范区 >= 12 个
            新增新能源公交车一百二十辆                  | 新增新能源公交车 >= 120 辆
            完成造林三千五百亩                          | 造林 >= 3500 亩
            固体废物利用量达到一万吨                    | 固体废物利用量 >= 10000 t
            新增装机十五万千瓦                          | 新增装机 >= 150000 kW
            劣V类水体控制在零个                         | 劣V类水体 <= 0 个
            改造村庄比例达到三分之一以上                | 改造村庄比例 >= 33.33 %
            农村生活污水治理率达到百分之九十            | 农村生活污水治理率 >= 90 %
            农村生活污水治理率达到百分之百              | 农村生活污水治理率 >= 100 %
            绿色工厂达到３至５家                        | 绿色工厂 between 3..5 家
            秸秆综合利用率达到９２％                    | 秸秆综合利用率 >= 92 %
            新增充电桩1,200个                           | 新增充电桩 >= 1200 个
            2022年全市林木覆盖率达到32.8%               | 林木覆盖率 >= 32.8 %
            """)
    void readsChineseNumeralsFractionsAndFullWidthDigits(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            生活垃圾无害化处理率100%                    | 生活垃圾无害化处理率 = 100 %
            城镇生活垃圾无害化处理率达100%              | 城镇生活垃圾无害化处理率 >= 100 %
            实现行政村生活垃圾收运体系全覆盖            | 行政村生活垃圾收运体系 = 100 %
            城镇污水管网达到全覆盖                      | 城镇污水管网 >= 100 %
            坚决消除劣V类水体                           | 劣V类水体 <= 0 个
            城市建成区黑臭水体动态清零                  | 城市建成区黑臭水体 <= 0 个
            保持单位工业增加值能耗持续下降。            | 单位工业增加值能耗 decrease
            空气质量优良天数比例持续提高                | 空气质量优良天数比例 increase
            森林质量稳步提升                            | 森林质量 increase
            能源利用效率持续提升                        | 能源利用效率 increase
            推动化肥使用量零增长向减量增效转变          | 化肥使用量 decrease
            确保PM2.5平均浓度降幅达到国家考核要求       | PM2.5平均浓度降幅 reference
            单位GDP能耗降低完成省下达目标               | 单位GDP能耗降低 reference
            饮用水水源水质达到考核目标要求              | 饮用水水源水质 reference
            """)
    void readsTargetsStatedInWords(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    /** 消除, 清零 and 全覆盖 inside an indicator's name: the value the clause goes on to state is the target. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            推进城市黑臭水体治理，城市黑臭水体消除比例达到92%  | 城市黑臭水体消除比例 >= 92 %
            县级城市建成区黑臭水体消除率达到100%        | 县级城市建成区黑臭水体消除率 >= 100 %
            消除黑臭水体12个                            | 黑臭水体 >= 12 个
            重点企业隐患动态清零率达到100%              | 重点企业隐患动态清零率 >= 100 %
            行政村污水治理全覆盖率达到80%               | 行政村污水治理全覆盖率 >= 80 %
            """)
    void readsTheValueOfAClauseWhoseIndicatorNamesAWordTarget(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            到2025年，基本建立绿色低碳循环发展经济体系
            组织开展2022年节能宣传周主题宣传活动
            6月底前完成排查整治
            按第3条规定执行
            第2个示范区
            按照皖政〔2019〕3号文件要求推进
            提升“300米见绿、500米见园”的园林绿化建设水平
            推进300米见绿、500米见园建设
            对新建项目最高奖励3000万元
            按设备投资额的10%给予补助
            对示范企业给予10%补助
            以PM2.5和O3协同控制为主线
            开展一次性排查
            坚决遏制“两高”项目盲目发展
            编制十四五规划
            每5个工作日调度进展
            落实一处一策
            减少二次开发费用
            实现省市视频监控、全息感知两个平面的试点建设
            更好地统筹利用国际国内两个市场
            半年考评分值=日常监测（60%）+实地调研（20%）
            分别给予最高50万元、100万元、200万元创新扶持
            省级按照不超过项目投资额30%给予支持
            深化“最多跑一次"改革
            推动绿色信贷总量的持续增长
            持续提升“两法”衔接工作成效
            确保完成2022年度节能目标任务
            完成矿山地质环境治理规划年度目标任务
            """)
    void ignoresNumbersThatAreNotTargets(String text) {
        assertThat(parser.findTargets(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            新建800个智能工厂、数字化车间               | 智能工厂 >= 800 个
            力争每年新增200家企业通过能力评估           | 企业通过能力评估 >= 200 家
            --安全保障水平明显提升                      | 安全保障水平 increase
            59．新增5G基站1000座                        | 新增5G基站 >= 1000 座
            对外投资和实际利用外资分别占比达30%、20%和10% | 对外投资和实际利用外资分别占比 >= 30 %; 对外投资和实际利用外资分别占比 >= 20 %; 对外投资和实际利用外资分别占比 >= 10 %
            森林覆盖率达到30%，比2020年提高2个百分点    | 森林覆盖率 >= 30 %; 森林覆盖率 increase_by 2 pp
            “十四五”期间新增绿色工厂3家                 | 新增绿色工厂 >= 3 家
            到2025年，全市新增绿色工厂10家以上、绿色园区2个 | 新增绿色工厂 >= 10 家; 绿色园区 >= 2 个
            """)
    void readsIndicatorsOfRealWorldWording(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @Test
    void returnsTargetsInTextOrderWithOffsetsOfThePrintedPhrase() {
        String text = "到2022年，秸秆综合利用率达92%以上，畜禽粪污综合利用率超82%。";

        List<TargetSpec> targets = parser.findTargets(text);

        assertThat(TargetOutlines.of(targets)).isEqualTo("秸秆综合利用率 >= 92 %; 畜禽粪污综合利用率 > 82 %");
        assertThat(targets).extracting(TargetSpec::printedPhrase).containsExactly("秸秆综合利用率达92%以上", "畜禽粪污综合利用率超82%");
        assertThat(targets)
                .allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.printedPhrase()));
    }

    @Test
    void keepsThePrintedFormAndTheUnexpandedValueApart() {
        TargetSpec target = parser.findTargets("争取全年新增可再生能源发电装机15万千瓦以上。").get(0);

        assertThat(target.printedPhrase()).isEqualTo("新增可再生能源发电装机15万千瓦以上");
        assertThat(target.value()).isEqualTo(new BigDecimal("150000"));
        assertThat(target.unit()).isEqualTo(TargetUnits.KILOWATT);
    }

    @Test
    void readsTheIndicatorAfterTheQuantityWhenOnlyAVerbPrecedesIt() {
        TargetSpec target = parser.findTargets("推进规划修编，举办1次全市自然保护地管理培训班。").get(0);

        assertThat(TargetOutlines.of(target)).isEqualTo("自然保护地管理培训班 >= 1 次");
        assertThat(target.printedPhrase()).isEqualTo("举办1次全市自然保护地管理培训班");
    }

    @Test
    void leavesTheUpperValueEmptyExceptForRanges() {
        assertThat(parser.findTargets("培育绿色工厂2家以上").get(0).upperValue()).isNull();
        assertThat(parser.findTargets("培育示范园区3-5家").get(0).upperValue()).isEqualTo(new BigDecimal("5"));
    }

    @Test
    void returnsNoTargetsForEmptyOrMissingText() {
        assertThat(parser.findTargets(null)).isEmpty();
        assertThat(parser.findTargets("")).isEmpty();
        assertThat(parser.findTargets("   ")).isEmpty();
    }

    @Test
    void neverThrowsOnOddInput() {
        List<String> pieces = List.of(
                "达到",
                "以上",
                "以下",
                "超",
                "不满",
                "左右",
                "增加",
                "下降",
                "个百分点",
                "%",
                "％",
                "万",
                "亿",
                "千瓦",
                "元",
                "家",
                "个",
                "次",
                "分之",
                "百分之",
                "一",
                "两",
                "十",
                "百",
                "千",
                "零",
                "点",
                "1",
                "2.5",
                "３",
                ",",
                "，",
                "。",
                ".",
                "-",
                "至",
                "“",
                "”",
                "《",
                "〔",
                "第",
                "持续",
                "提高",
                "消除",
                "清零",
                "全覆盖",
                "零增长",
                "达到国家考核要求",
                "的",
                "率",
                "年",
                "见",
                "最高",
                "PM",
                " ",
                "\n",
                "分别",
                "和",
                "、",
                "内",
                "小时",
                "个月",
                "M",
                "稳居全球前",
                "三",
                "底前",
                "现有",
                "基础上",
                "围绕",
                "推动",
                "（",
                "）",
                "人",
                "突破",
                "取得");
        qt().withExamples(2000)
                .forAll(lists().of(arbitrary().pick(pieces)).ofSizeBetween(0, 12))
                .checkAssert(parts -> {
                    String text = parts.stream().collect(Collectors.joining());
                    Findings findings = new Findings();
                    assertThatCode(() -> TargetPhraseParser.collect(text, findings))
                            .doesNotThrowAnyException();
                    TargetReading reading = findings.reading();
                    assertThat(reading.failures()).isEmpty();
                    reading.targets()
                            .forEach(t -> assertThat(text.substring(t.start(), t.end()))
                                    .isEqualTo(t.printedPhrase()));
                });
    }
}
