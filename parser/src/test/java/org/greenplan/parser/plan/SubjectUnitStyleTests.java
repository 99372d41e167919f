package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greenplan.parser.plan.AssignmentRole.CO;
import static org.greenplan.parser.plan.AssignmentRole.LEAD;

import org.junit.jupiter.api.Test;

/** Units named as the subject (or object) of a task's sentence instead of in a clause. */
class SubjectUnitStyleTests {

    private final PlanParser parser = new PlanParser();

    private ParsedTask task(String line) {
        return parser.parse("白沙县河道管理分工方案\n" + line).tasks().get(0);
    }

    @Test
    void readsLeadAndCoOperatingSubjects() {
        assertThat(task("一、由市规划局牵头，市林业局、市水利局配合，于9月底前完成林地界线核定工作。").units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("市规划局", LEAD), tuple("市林业局", CO), tuple("市水利局", CO));
    }

    @Test
    void readsTheBodyACoOperatingSubjectWorksWithAsTheLead() {
        assertThat(task("一、市农业局配合规划局对已划定的基本农田界线和永久基本农田保护红线进行逐块核实，形成核实台账。").units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("市农业局", CO), tuple("市规划局", LEAD));
    }

    @Test
    void readsSubjectsWithUnusualEndingsAndAPartnerAfter会同() {
        assertThat(task("一、县林业站、国营松山林场、县园林管理处配合县水利局对湖泊周边林地进行确认。").units())
                .extracting(UnitAssignment::name)
                .containsExactly("县林业站", "国营松山林场", "县园林管理处", "县水利局");
        assertThat(task("一、各镇人民政府负责辖区内的核查工作，会同县直有关部门共同做好界线确认工作。").units())
                .extracting(UnitAssignment::name)
                .containsExactly("各镇人民政府", "县直有关部门");
    }
}
