package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units of intensity: a quantity unit over another unit (克/千瓦时, 吨标准煤/万元, 立方米/万元, 千克/吨), with
 * a substance named between them (二氧化碳, 标准煤) or not, read with the direction the sentence gives.
 */
class IntensityUnitsTests {

    private final TargetPhraseParser parser = new TargetPhraseParser();

    private String outline(String text) {
        return TargetOutlines.of(parser.findTargets(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            燃煤电厂供电碳排放强度下降到600克二氧化碳/千瓦时                   | 燃煤电厂供电碳排放强度 <= 600 g/kWh
            新建燃煤机组供电煤耗控制在295克标准煤/千瓦时以内                    | 新建燃煤机组供电煤耗 <= 295 gce/kWh
            全县单位地区生产总值能耗不高于0.42吨标准煤/万元                     | 单位地区生产总值能耗 <= 0.42 tce/万元
            规模以上企业单位增加值能耗降至0.6吨标煤/万元以下                    | 规模以上企业单位增加值能耗 <= 0.6 tce/万元
            万元工业增加值用水量控制在18立方米/万元                             | 万元工业增加值用水量 <= 18 m³/万元
            吨钢综合能耗下降到540千克标准煤/吨                                 | 吨钢综合能耗 <= 540 kgce/t
            水泥熟料单位产品颗粒物排放不高于0.1千克/吨                          | 水泥熟料单位产品颗粒物排放 <= 0.1 kg/t
            单位发电量二氧化硫排放不高于0.2克/千瓦时                            | 单位发电量二氧化硫排放 <= 0.2 g/kWh
            细颗粒物年均浓度控制在32微克/立方米以下                             | 细颗粒物年均浓度 <= 32 μg/m³
            臭氧日最大8小时浓度不超过0.16毫克/立方米                            | 臭氧日最大8小时浓度 <= 0.16 mg/m³
            """)
    void readsAQuantityUnitOverAnotherUnitWithTheSentencesDirection(String text, String expected) {
        assertThat(outline(text)).isEqualTo(expected);
    }

    @Test
    void readsAnIntensityAsAChangeWhereTheSentenceSaysSo() {
        assertThat(outline("单位产品水耗比2020年下降0.5立方米/吨")).isEqualTo("单位产品水耗 decrease_by 0.5 m³/t");
    }

    @Test
    void readsAMagnitudeBeforeTheFirstUnitIntoTheValue() {
        assertThat(outline("新增污水处理能力达到2万吨/日以上")).isEqualTo("新增污水处理能力 >= 20000 t/d");
    }

    @Test
    void readsAMassAloneInItsOwnUnit() {
        assertThat(outline("人均生活垃圾日清运量控制在1.2千克以内")).isEqualTo("人均生活垃圾日清运量 <= 1.2 kg");
    }

    @Test
    void keepsASlashThatIsNoUnitOutOfTheUnit() {
        assertThat(outline("农村生活垃圾收运处置体系覆盖率达到95%/年底前完成")).startsWith("农村生活垃圾收运处置体系覆盖率 >= 95 %");
    }

    @Test
    void convertsMassesWithinTheirKind() {
        assertThat(TargetUnits.convert(new BigDecimal("1.5"), TargetUnits.TONNE, TargetUnits.KILOGRAM))
                .contains(new BigDecimal("1500"));
        assertThat(TargetUnits.convert(new BigDecimal("500"), TargetUnits.GRAM, TargetUnits.KILOGRAM))
                .contains(new BigDecimal("0.5"));
    }
}
