package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Unit clauses in the styles of documents outside the development corpus: other labels (负责单位,
 * 参加单位), labelled groups separated only by a space, rule sentences inside the bracket, square and
 * tortoise-shell brackets, and the office's own assignment in a sentence after the clause. Every example
 * here is invented.
 */
class BracketClauseStyleTests {

    private final PlanParser parser = new PlanParser();

    private ParsedTask onlyTask(String text) {
        return parser.parse(text).tasks().get(0);
    }

    @Test
    void readsTheLabels负责单位And参加单位() {
        ParsedPlan plan = parser.parse("一、重点任务\n1.推进建筑节能。完成既有建筑改造10万平方米。(负责单位:市住建局、市机关事务局)\n"
                + "2.推进工业节能。完成重点企业节能改造20家。(牵头单位:市工信局;参加单位:市财政局、市统计局)");

        assertThat(plan.tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("市住建局", AssignmentRole.RESPONSIBLE), tuple("市机关事务局", AssignmentRole.RESPONSIBLE));
        assertThat(plan.tasks().get(1).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("市工信局", AssignmentRole.LEAD),
                        tuple("市财政局", AssignmentRole.CO),
                        tuple("市统计局", AssignmentRole.CO));
    }

    @Test
    void readsTwoLabelledGroupsSeparatedOnlyByASpace() {
        ParsedTask task = onlyTask("一、重点任务\n1.推进绿色出行。新增公交线路5条。（牵头单位：市交通局  配合单位：市公安局、市城管局）");

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("市交通局", AssignmentRole.LEAD),
                        tuple("市公安局", AssignmentRole.CO),
                        tuple("市城管局", AssignmentRole.CO));
    }

    @Test
    void keepsASpaceInsideAUnitNameWhenNoLabelFollowsIt() {
        ParsedTask task = onlyTask("一、重点任务\n1.推进绿色出行。新增公交线路5条。（牵头单位：市交通 运输局）");

        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("市交通 运输局");
    }

    @Test
    void readsNoUnitFromARuleSentenceInsideTheBracket() {
        ParsedTask task =
                onlyTask("一、重点任务\n1.控制能源消费总量。全年能耗增量控制在50万吨标准煤以内。" + "(负责单位:市发改委、市统计局。未明确牵头单位的,由所列单位按职责分工负责,下同)");

        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("市发改委", "市统计局");
        assertThat(task.text()).isEqualTo("控制能源消费总量。全年能耗增量控制在50万吨标准煤以内。");
    }

    @Test
    void readsAnInheritanceNoteWithAConditionalRuleAndNoUnitFromTheRule() {
        ParsedPlan plan = parser.parse("一、重点任务\n1.整治入河排污口。年底前完成排查。（区水利局牵头，区农业局配合，各镇负责落实。"
                + "以下均需各镇落实，镇无相关职能的，由区直有关部门负责，不再列出）\n"
                + "2.建设生态缓冲带。新建缓冲带3公里。（区林业局牵头）");

        assertThat(plan.tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("区水利局", AssignmentRole.LEAD),
                        tuple("区农业局", AssignmentRole.CO),
                        tuple("各镇", AssignmentRole.CO));
        assertThat(plan.tasks().get(1).units())
                .extracting(UnitAssignment::name, UnitAssignment::role, UnitAssignment::inherited)
                .containsExactly(tuple("区林业局", AssignmentRole.LEAD, false), tuple("各镇", AssignmentRole.CO, true));
    }

    @Test
    void readsAUnitClauseInSquareBrackets() {
        ParsedTask task = onlyTask("一、重点任务\n1.整治黑臭水体。完成2条黑臭水体整治。[区生态环境局牵头,区住建局、水务局配合]");

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("区生态环境局", AssignmentRole.LEAD),
                        tuple("区住建局", AssignmentRole.CO),
                        tuple("区水务局", AssignmentRole.CO));
        assertThat(task.text()).isEqualTo("整治黑臭水体。完成2条黑臭水体整治。");
    }

    @Test
    void readsATortoiseShellClauseInTheMiddleOfATaskAndTheRoundOneAfterIt() {
        ParsedTask task =
                onlyTask("一、重点任务\n1.淘汰燃煤锅炉。完成10蒸吨以下燃煤锅炉淘汰。〔区生态环境局牵头，区工信局、住建局参与〕" + "加强锅炉监管，开展专项检查。（区市场监管局牵头，区应急局参与）");

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("区生态环境局", AssignmentRole.LEAD),
                        tuple("区工信局", AssignmentRole.CO),
                        tuple("区住建局", AssignmentRole.CO),
                        tuple("区市场监管局", AssignmentRole.LEAD),
                        tuple("区应急局", AssignmentRole.CO));
        assertThat(task.clauses()).hasSize(2);
    }

    @Test
    void leavesADocumentNumberInTortoiseShellBracketsInTheText() {
        ParsedTask task = onlyTask("一、重点任务\n1.落实排污许可制度。按照《排污许可实施方案》（区政发〔2020〕5号）要求完成核发。（区生态环境局负责）");

        assertThat(task.text()).contains("〔2020〕5号");
        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("区生态环境局");
    }

    @Test
    void keepsTheBracketOfAClassOfBodies() {
        ParsedTask task = onlyTask("一、重点任务\n1.开展秸秆禁烧巡查。实现巡查全覆盖。（区农业局牵头，各镇人民政府（街道办事处）负责落实）");

        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("区农业局", "各镇人民政府（街道办事处）");
    }

    @Test
    void readsTheOfficesOwnAssignmentInASentenceAfterTheClause() {
        ParsedPlan plan = parser.parse("一、我局牵头的任务\n1、推广保护性耕作。全年推广保护性耕作面积达到5万亩(牵头单位:市农业局)。"
                + "由李某某副局长负责,科技教育科落实。\n"
                + "2、开展农机安全检查。完成拖拉机年检(牵头单位:市农业局)。由张某、王某某副局长分别负责,农机管理站、计划财务科和安全监督科分别落实。");

        assertThat(plan.tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("市农业局", AssignmentRole.LEAD), tuple("科技教育科", AssignmentRole.CO));
        assertThat(plan.tasks().get(1).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("市农业局", AssignmentRole.LEAD),
                        tuple("农机管理站", AssignmentRole.CO),
                        tuple("计划财务科", AssignmentRole.CO),
                        tuple("安全监督科", AssignmentRole.CO));
        assertThat(plan.tasks().get(1).text()).endsWith("安全监督科分别落实。");
    }

    @Test
    void readsNoUnitsFromASentenceAfterTheClauseThatIsNotAnAssignment() {
        ParsedTask task = onlyTask("一、重点任务\n1、推广保护性耕作。全年推广面积达到5万亩(牵头单位:市农业局)。鼓励合作社和种植大户参与,做好技术服务。");

        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("市农业局");
    }

    @Test
    void splitsBodiesJoinedBy和ButKeepsTheTwoBodiesOfAnAreaTogether() {
        ParsedTask task =
                onlyTask("一、重点任务\n1.推进河湖清障。完成清障20处。（责任单位：区水利局、环境监测科和执法大队，" + "各镇党委和人民政府，经开区党工委和管委会，中央和国家机关工委）");

        assertThat(task.units())
                .extracting(UnitAssignment::name)
                .containsExactly("区水利局", "环境监测科", "执法大队", "各镇党委和人民政府", "经开区党工委和管委会", "中央和国家机关工委");
    }
}
