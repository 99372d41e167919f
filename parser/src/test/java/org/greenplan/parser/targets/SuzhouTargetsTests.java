package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Targets of the reference document 宿州市实施绿色发展行动2022年工作要点 (suzhou-2022-green-development-work-points).
 * Task texts are pasted as the plan parser hands them over: number and unit clause removed, printed
 * punctuation (half-width commas, the stray ” after 82%, the half-width full stop of task 14) kept.
 */
class SuzhouTargetsTests {

    private static final Map<Integer, String> TASKS = Map.ofEntries(
            Map.entry(
                    1,
                    "开展工业节能监察、节能技术装备推广,保持单位工业增加值能耗持续下降。抓好绿色制造体系建设,"
                            + "开展2022年宿州市绿色工厂评价,培育宿州市绿色工厂2家以上,支持企业创建国家绿色工厂、绿色设计产品等"
                            + "绿色制造示范名单。"),
            Map.entry(
                    2,
                    "持续完善绿色金融体系建设。引导金融机构持续扩大对绿色低碳项目的信贷支持,积极协助金融机构获得"
                            + "碳减排支持工具和煤炭清洁利用专项再贷款的政策支持。推动绿色信贷总量的持续增长,拓展绿色金融直接融资"
                            + "渠道,推动生态环保企业上市挂牌融资。"),
            Map.entry(3, "优先发展公共交通。推进发展公共交通重点工程。到2022年,公共公交公司新增公交车中,新能源公交车" + "数量占比达到100%,城市公共交通万人标台数达到12标台。"),
            Map.entry(
                    5,
                    "持续加强习近平生态文明思想培训。把“习近平生态文明思想”课程作为“习近平新时代中国特色社会主义"
                            + "思想”的重要内容,列为春秋两期主体班学员必修课,引导领导干部夯实生态文明理念,强化绿色发展意识。"),
            Map.entry(6, "推进机械强农。支持泗县发展农机装备制造产业,提高现代农业装备水平,主要农作物综合机械化率达97%。"),
            Map.entry(
                    7,
                    "继续扩大可再生能源应用规模。推进清洁能源发展工程。推动形成清洁低碳、安全高效的现代能源体系。"
                            + "加快推进分散式风电、光伏、生物质发电等可再生能源发电项目建设,争取全年新增可再生能源发电装机15万"
                            + "千瓦以上。"),
            Map.entry(9, "推进节能工作。确保完成2022年度节能目标任务,组织开展2022年节能宣传周主题宣传活动。"),
            Map.entry(10, "推进秸秆综合利用工程。到2022年,完成秸秆综合利用率达92%以上等目标任务。实施2022年秸秆综合" + "利用试点项目。"),
            Map.entry(11, "推进畜禽废弃物资源化利用。加强项目推进,建立“调度监管+技术指导”等机制。畜禽粪污综合利用率" + "超82%”。"),
            Map.entry(
                    12,
                    "切实抓好化肥、农药减量增效。推动测土配方施肥纵深发展,推动化肥使用量零增长向减量增效、绿色增效、"
                            + "持续提效升级。2022年,确保农作物重大病虫害不大面积暴发成灾、重大植物疫情不继续扩散蔓延,提升全市"
                            + "农作物病虫害专业化统防统治和绿色防控水平,提高农药利用率。"),
            Map.entry(14, "加快城市生活垃圾分类处理及其设施建设。提高城市生活垃圾处理减量化、资源化和无害化水平。规范管理" + "餐厨垃圾,推进垃圾分类和资源化利用,确保城镇生活垃圾无害化处理率达100%."),
            Map.entry(
                    16,
                    "以PM2.5和O3协同控制为主线,突出抓好柴油货车、工业炉窑、挥发性有机物污染专项治理,强化精细化、"
                            + "差异化监管,统筹推进实施空气质量提升行动。确保PM2.5平均浓度降幅达到国家考核要求,空气质量优良天数"
                            + "比例持续提高。"),
            Map.entry(19, "深入推进碳达峰行动,探索开展用能权、碳排放权交易。推动能源清洁低碳转型,坚决遏制“两高”项目盲目" + "发展。"),
            Map.entry(
                    21,
                    "深入推进水污染防治。坚决消除劣V类水体,推进国考断面水质稳定达标。强化水环境质量监测体系,持续"
                            + "推进沱湖流域水环境综合整治,加大重点跨界水体污染联防联控力度,推进“美丽河湖”保护与建设。加强集中式"
                            + "饮用水水源保护,保障县级以上饮用水水源水质达到考核目标要求。"),
            Map.entry(24, "加强固废危废环境管理。持续开展危险废物专项整治三年行动,严厉打击非法转移、倾倒案件。"),
            Map.entry(25, "持续推进矿山生态修复。建立健全废气矿山修复激励机制,完成矿山地质环境治理规划年度目标任务。"),
            Map.entry(26, "加大环境执法监管力度,依法依规处理环境违法行为。推动生态环境损害赔偿的办理工作。加强协作,持续" + "提升“两法”衔接工作成效。"),
            Map.entry(28, "加大街头游园、绿道绿廊等规划建设力度,提升“300米见绿、500米见园”的园林绿化建设水平。"),
            Map.entry(29, "统筹山水林田湖草沙系统治理。划定并严守生态保护红线、永久基本农田、城镇开发边界三条控制线。" + "构建耕地草地河湖休养生息长效机制等。"),
            Map.entry(30, "加强自然保护地监督管理。落实“绿盾”自然保护区遥感监测监督检查专项行动问题整改,推进自然保护地" + "总体规划修编,举办1次全市自然保护地管理培训班。"),
            Map.entry(33, "全面加强森林、湿地资源建设与保护。开展全市森林、草原、湿地调查监测工作,2022年全市林木覆盖率" + "达到32.8%。加强湿地保护修复,全市湿地保护率增加1个百分点。"));

    private final TargetPhraseParser parser = new TargetPhraseParser();

    /**
     * The 11 targets the reference marks {@code required: true}. The reference spells percentage points
     * {@code percentage_point}; our canonical code is {@code pp}.
     */
    @ParameterizedTest(name = "task {0}: {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 绿色工厂           | >=          | 2      | 家
            3  | 新能源公交车       | >=          | 100    | %
            3  | 万人标台数         | >=          | 12     | 标台
            6  | 机械化率           | >=          | 97     | %
            7  | 可再生能源发电装机 | >=          | 150000 | kW
            10 | 秸秆综合利用率     | >=          | 92     | %
            11 | 畜禽粪污综合利用率 | >           | 82     | %
            14 | 无害化处理率       | >=          | 100    | %
            30 | 培训班             | >=          | 1      | 次
            33 | 林木覆盖率         | >=          | 32.8   | %
            33 | 湿地保护率         | increase_by | 1      | pp
            """)
    void findsEveryRequiredTargetExactly(
            int task, String indicatorContains, String comparator, BigDecimal value, String unit) {
        List<TargetSpec> matching = parser.findTargets(TASKS.get(task)).stream()
                .filter(t -> t.indicator().contains(indicatorContains))
                .toList();

        assertThat(matching).singleElement().satisfies(target -> {
            assertThat(target.comparator().symbol()).isEqualTo(comparator);
            assertThat(target.value()).isEqualTo(value);
            assertThat(target.unit()).isEqualTo(unit);
        });
    }

    @ParameterizedTest(name = "task {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 单位工业增加值能耗 decrease; 宿州市绿色工厂 >= 2 家
            3  | 新能源公交车数量占比 >= 100 %; 城市公共交通万人标台数 >= 12 标台
            6  | 主要农作物综合机械化率 >= 97 %
            7  | 新增可再生能源发电装机 >= 150000 kW
            10 | 秸秆综合利用率 >= 92 %
            11 | 畜禽粪污综合利用率 > 82 %
            12 | 化肥使用量 decrease
            14 | 城镇生活垃圾无害化处理率 >= 100 %
            16 | PM2.5平均浓度降幅 reference; 空气质量优良天数比例 increase
            21 | 劣V类水体 <= 0 个; 县级以上饮用水水源水质 reference
            30 | 自然保护地管理培训班 >= 1 次
            33 | 林木覆盖率 >= 32.8 %; 湿地保护率 increase_by 1 pp
            """)
    void findsAllTargetsOfTask(int task, String expected) {
        assertThat(TargetOutlines.of(parser.findTargets(TASKS.get(task)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "task {0}")
    @CsvSource({"2", "5", "9", "19", "24", "25", "26", "28", "29"})
    void findsNoTargetInTasksWithoutOne(int task) {
        assertThat(parser.findTargets(TASKS.get(task))).isEmpty();
    }

    @ParameterizedTest(name = "task {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 宿州市绿色工厂2家以上
            7  | 新增可再生能源发电装机15万千瓦以上
            10 | 秸秆综合利用率达92%以上
            14 | 城镇生活垃圾无害化处理率达100%
            30 | 举办1次全市自然保护地管理培训班
            33 | 林木覆盖率达到32.8%
            """)
    void keepsThePrintedPhrase(int task, String phrase) {
        String text = TASKS.get(task);

        assertThat(parser.findTargets(text)).anySatisfy(target -> {
            assertThat(target.printedPhrase()).isEqualTo(phrase);
            assertThat(text.substring(target.start(), target.end())).isEqualTo(phrase);
        });
    }
}
