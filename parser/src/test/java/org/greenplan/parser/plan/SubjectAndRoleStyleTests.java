package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units named the way running prose names them: as subjects without a role word, with a second name in
 * brackets, in a lead group followed by co-operating groups, and in short items that carry no clause.
 */
class SubjectAndRoleStyleTests {

    private final PlanParser parser = new PlanParser();

    private static List<String> names(ParsedTask task) {
        return task.units().stream().map(UnitAssignment::name).toList();
    }

    @Test
    void keepsTheFirstNameOfABodyPrintedWithItsSecondNameInBrackets() {
        ParsedTask task = parser.parse("一、主要任务\n1.保障化肥供应。做好春耕化肥储备。（市发展改革委（市粮食和物资储备局）牵头，市供销合作社（市农资集团）配合）")
                .tasks()
                .get(0);

        assertThat(names(task)).containsExactly("市发展改革委", "市供销合作社");
        assertThat(task.unitNames(AssignmentRole.LEAD)).containsExactly("市发展改革委");
    }

    @Test
    void keepsABracketThatNamesNoSecondBody() {
        ParsedTask task =
                parser.parse("一、主要任务\n1.整治河道。完成河道清淤。（责任单位：各县（市、区）人民政府）").tasks().get(0);

        assertThat(names(task)).containsExactly("各县（市、区）人民政府");
    }

    @Test
    void givesAGroupWithoutItsOwnVerbTheVerbOfTheGroupAfterIt() {
        ParsedTask task = parser.parse("一、主要任务\n1.整治危化企业。完成全面排查。（县安监局牵头，县公安局、县交通局，县消防大队等按职责分工负责）")
                .tasks()
                .get(0);

        assertThat(task.unitNames(AssignmentRole.LEAD)).containsExactly("县安监局");
        assertThat(task.unitNames(AssignmentRole.CO)).containsExactly("县公安局", "县交通局", "县消防大队");
    }

    @Test
    void keepsTheLabelRoleOfAGroupAfterALabel() {
        ParsedTask task = parser.parse("一、主要任务\n1.整治危化企业。完成全面排查。（牵头单位：县安监局，县公安局；配合单位：县交通局）")
                .tasks()
                .get(0);

        assertThat(task.unitNames(AssignmentRole.LEAD)).containsExactly("县安监局", "县公安局");
        assertThat(task.unitNames(AssignmentRole.CO)).containsExactly("县交通局");
    }

    @Test
    void readsBodiesOfANamedLevelAsSubjectsOfSentencesWithoutARoleWord() {
        ParsedPlan plan = parser.parse("一、工作措施\n（一）加强宣传。市文化旅游局要开辟专栏，持续报道工作进展。\n" + "（二）保障经费。市财政局统筹安排所需经费，确保按时拨付到位。");

        assertThat(plan.tasks())
                .extracting(SubjectAndRoleStyleTests::names)
                .containsExactly(List.of("市文化旅游局"), List.of("市财政局"));
    }

    @Test
    void readsNoSubjectFromAPhraseThatStartsLikeALevel() {
        ParsedPlan plan = parser.parse("一、工作措施\n（一）加强协作。区域内企业要加快建设污水处理中心，确保稳定运行。\n" + "（二）强化监管。市民服务中心开设投诉窗口。（市城管局负责）");

        assertThat(names(plan.tasks().get(0))).isEmpty();
        assertThat(names(plan.tasks().get(1))).containsExactly("市城管局");
    }

    @Test
    void readsAShortItemWhoseSubjectIsAResponsibleBodyAsATask() {
        ParsedPlan plan = parser.parse(
                "市河道整治分工方案\n一、由市水务局牵头，统筹推进全市河道整治工作，定期调度工作进展，通报存在问题。\n" + "二、市财政局负责落实整治经费。\n三、市生态环境局配合开展水质监测。");

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("一", "二", "三");
        assertThat(names(plan.tasks().get(1))).containsExactly("市财政局");
    }

    @Test
    void keepsAShortItemWithoutASubjectUnitAHeading() {
        ParsedPlan plan = parser.parse(
                "一、加强组织领导\n（一）建立工作机制。市水务局牵头建立联席会议制度，定期调度。（市水务局负责）\n" + "二、强化督查考核\n（一）开展督查。每季度开展一次专项督查。（市政府督查室负责）");

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("（一）", "（一）");
    }
}
