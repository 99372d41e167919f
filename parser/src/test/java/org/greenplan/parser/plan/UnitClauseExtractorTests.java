package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.greenplan.parser.plan.UnitClauseExtractor.Extraction;
import org.junit.jupiter.api.Test;

class UnitClauseExtractorTests {

    @Test
    void readsLabelledClauseWithHalfWidthPunctuation() {
        Extraction extraction = UnitClauseExtractor.extract("开展工业节能监察。(责任单位:人民银行宿州市中心支行、市地方金融监管局)");

        assertThat(extraction.text()).isEqualTo("开展工业节能监察。");
        assertThat(extraction.units()).extracting(UnitAssignment::name).containsExactly("人民银行宿州市中心支行", "市地方金融监管局");
    }

    @Test
    void coversTheTaskTextWithTheSameStringWhenTheClauseEndsIt() {
        String paragraph = "开展工业节能监察。 (责任单位:市经济和信息化局)。";
        Extraction extraction = UnitClauseExtractor.extract(paragraph);
        ClauseMatch clause = extraction.clauses().get(0);

        assertThat(extraction.text()).isEqualTo("开展工业节能监察。 。");
        assertThat(clause.coveredText(paragraph)).isEqualTo("开展工业节能监察。 。");
        assertThat(clause.coveredText(paragraph, extraction.text())).isSameAs(extraction.text());
        assertThat(clause.coveredText(paragraph, "开展工业节能监察")).isEqualTo("开展工业节能监察。 。");
    }

    @Test
    void takesEachClauseOutOfTheTextWhereSeveralSentencesHaveTheirOwn() {
        String paragraph = "巩固外贸基本盘（合肥海关负责）。支持跨境电商发展（省商务厅牵头，合肥海关配合）。";
        Extraction extraction = UnitClauseExtractor.extract(paragraph);

        assertThat(extraction.text()).isEqualTo("巩固外贸基本盘。支持跨境电商发展。");
        assertThat(extraction.clauses())
                .extracting(c -> c.coveredText(paragraph, extraction.text()))
                .containsExactly("巩固外贸基本盘。", "支持跨境电商发展。");
    }

    @Test
    void keepsScoreMarksOutOfCoveredText() {
        String paragraph = "完成模块建设（0.5分）。（责任单位：市数据资源局）";
        Extraction extraction = UnitClauseExtractor.extract(paragraph);

        assertThat(extraction.text()).isEqualTo("完成模块建设。");
        assertThat(extraction.clauses().get(0).coveredText(paragraph, extraction.text()))
                .isEqualTo("完成模块建设。");
    }

    @Test
    void readsTheParagraphOfSeveralLinesAsTheLinesReadTheirBracketsWithoutReadingThemAgain() {
        String first = "推进林业碳汇项目（市林业局）";
        String second = "开展国土绿化行动。（责任单位：市自然资源和规划局、市林业局）";
        String paragraph = first + "\n" + second;
        Extraction firstLine = UnitClauseExtractor.extract(first);
        Extraction secondLine = UnitClauseExtractor.extract(second);

        Extraction reused = UnitClauseExtractor.extract(paragraph, java.util.List.of(firstLine, secondLine));

        assertThat(firstLine.units()).containsExactly(UnitAssignment.responsible("市林业局"));
        assertThat(reused).isEqualTo(UnitClauseExtractor.extract(paragraph));
        assertThat(reused.text()).isEqualTo("推进林业碳汇项目（市林业局）\n开展国土绿化行动。");
        assertThat(reused.units()).extracting(UnitAssignment::name).containsExactly("市自然资源和规划局", "市林业局");
        assertThat(reused.readings()).hasSize(2);
        assertThat(reused.readings().get(0)).isSameAs(firstLine.readings().get(0));
        assertThat(reused.readings().get(1)).isSameAs(secondLine.readings().get(0));
    }

    @Test
    void readsUnitClauseWithoutLabelOnlyWhenItEndsTheParagraph() {
        assertThat(UnitClauseExtractor.extract("推进林业碳汇项目。（市林业局）").units())
                .containsExactly(UnitAssignment.responsible("市林业局"));
        assertThat(UnitClauseExtractor.extract("依托国家虚拟现实制造业创新中心（青岛）集聚资源。").hasUnits())
                .isFalse();
    }

    @Test
    void ignoresTrailingBracketsThatHoldNoUnits() {
        assertThat(UnitClauseExtractor.extract("制定管理办法（试行）").hasUnits()).isFalse();
        assertThat(UnitClauseExtractor.extract("建设智慧城市（2021-2023年）").hasUnits()).isFalse();
        assertThat(UnitClauseExtractor.extract("完成模块建设。（1分）").hasUnits()).isFalse();
        assertThat(UnitClauseExtractor.extract("建设统一平台（平台）").hasUnits()).isFalse();
    }

    @Test
    void readsResponsibleLabelAfterLeadLabelAsCo() {
        Extraction extraction = UnitClauseExtractor.extract("建设齐鲁科学城。（牵头单位：市科技局、市发展改革委，责任单位：市工业和信息化局、市自然资源和规划局）");

        assertThat(extraction.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("市科技局", AssignmentRole.LEAD), tuple("市发展改革委", AssignmentRole.LEAD),
                        tuple("市工业和信息化局", AssignmentRole.CO), tuple("市自然资源和规划局", AssignmentRole.CO));
    }

    @Test
    void readsLeadExamUnitLabelNextToADeadline() {
        Extraction extraction = UnitClauseExtractor.extract("加快升级。（6月底完成，牵头考核单位：市政府办公室、市公安局）");

        assertThat(extraction.text()).isEqualTo("加快升级。");
        assertThat(extraction.units())
                .extracting(UnitAssignment::role)
                .containsExactly(AssignmentRole.LEAD, AssignmentRole.LEAD);
        assertThat(extraction.otherPhrases()).containsExactly("6月底完成");
    }

    @Test
    void readsUnitsResponsibleAsAssigned() {
        Extraction extraction = UnitClauseExtractor.extract("支持数字贸易。（省商务厅负责）");

        assertThat(extraction.units()).containsExactly(UnitAssignment.responsible("省商务厅"));
    }

    @Test
    void turnsResponsibleIntoCoWhenTheClauseNamesALead() {
        Extraction extraction = UnitClauseExtractor.extract("加大双招双引力度。（省商务厅牵头，省十大新兴产业推进组工作专班牵头单位按职责分工负责）");

        assertThat(extraction.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("省商务厅", AssignmentRole.LEAD), tuple("省十大新兴产业推进组工作专班牵头单位", AssignmentRole.CO));
    }

    @Test
    void stripsEtcEndings() {
        assertThat(UnitClauseExtractor.extract("推广制度。（海关总署、商务部等有关部门负责）").units())
                .extracting(UnitAssignment::name)
                .containsExactly("海关总署", "商务部");
        assertThat(UnitClauseExtractor.extract("打通链条。（商务部、发展改革委等和各有关省级人民政府负责）").units())
                .extracting(UnitAssignment::name)
                .containsExactly("商务部", "发展改革委", "各有关省级人民政府");
    }

    @Test
    void readsEveryClauseOfAParagraphAndTakesThemOutOfTheText() {
        Extraction extraction = UnitClauseExtractor.extract("实现动态监管。（省大数据局牵头）加快平台建设（省政府办公厅、省大数据局牵头，各有关部门配合）。");

        assertThat(extraction.text()).isEqualTo("实现动态监管。加快平台建设。");
        assertThat(extraction.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("省大数据局", AssignmentRole.LEAD),
                        tuple("省政府办公厅", AssignmentRole.LEAD),
                        tuple("各有关部门", AssignmentRole.CO));
    }

    @Test
    void notesTheFirstListedRuleAfterAFullStopInsideTheBracket() {
        Extraction extraction = UnitClauseExtractor.extract("完善创新体系。（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）");

        assertThat(extraction.statesFirstListedRule()).isTrue();
        assertThat(extraction.units()).extracting(UnitAssignment::name).containsExactly("工业和信息化部", "发展改革委");
        assertThat(extraction.otherPhrases()).isEmpty();
    }

    @Test
    void readsALabelAfterASentenceEndOrAtALineStartAsAClauseWithoutBrackets() {
        assertThat(UnitClauseExtractor.extract("加强监督检查。责任单位：市林业局、市水利局").units())
                .extracting(UnitAssignment::name)
                .containsExactly("市林业局", "市水利局");
        assertThat(UnitClauseExtractor.extract("加强监督检查。\n牵头单位：市林业局；配合单位：市水利局").text())
                .isEqualTo("加强监督检查。");
        assertThat(UnitClauseExtractor.extract("明确各牵头单位：要加强统筹。").hasUnits()).isFalse();
    }

    @Test
    void dropsBracketedScoresFromTheText() {
        Extraction extraction = UnitClauseExtractor.extract("完成目录数据挂载。（0.5分）（6月底完成，牵头考核单位：市审批服务局）");

        assertThat(extraction.text()).isEqualTo("完成目录数据挂载。");
        assertThat(extraction.clauses())
                .singleElement()
                .satisfies(c -> assertThat(c.coveredText("完成目录数据挂载。（0.5分）（6月底完成，牵头考核单位：市审批服务局）"))
                        .isEqualTo("完成目录数据挂载。"));
    }

    @Test
    void keepsTextWithoutClauseUntouched() {
        String text = "确保城镇生活垃圾无害化处理率达100%.";

        assertThat(UnitClauseExtractor.extract(text))
                .isEqualTo(new Extraction(text, java.util.List.of(), false, java.util.List.of()));
    }
}
