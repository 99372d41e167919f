package org.greenplan.demodata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.PlanParser;
import org.junit.jupiter.api.Test;

class PlanTextsTests {
    private final PlanTexts texts = new PlanTexts(PlanShape.shipped());

    @Test
    void generatedDocumentParsesIntoSixtyTasksWithUnitsOfItsCityAndTargets() {
        String text = texts.document("芜湖市", 2025, new Random(7));

        ParsedPlan plan = new PlanParser().parse(text);

        assertThat(plan.title()).isEqualTo("芜湖市实施绿色发展行动2025年工作要点");
        assertThat(plan.tasks()).hasSize(60);
        assertThat(plan.issues()).noneMatch(issue -> issue.severity() == ParseIssue.Severity.ERROR);
        for (ParsedTask task : plan.tasks()) {
            assertThat(task.units()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            assertThat(task.units()).allSatisfy(unit -> assertThat(unit.name()).startsWith("芜湖市"));
        }
        long withTargets =
                plan.tasks().stream().filter(t -> !t.targets().isEmpty()).count();
        int targets = plan.tasks().stream().mapToInt(t -> t.targets().size()).sum();
        assertThat(withTargets).isBetween(30L, 55L);
        assertThat(targets).isGreaterThan(100);
    }

    @Test
    void twoHundredFiftyTasksPerSectionGiveOnePlanOfThreeThousandTasksNumberedInOrder() {
        String text = texts.document("宿州市", 2026, new Random(42), 250);

        ParsedPlan plan = new PlanParser(org.greenplan.parser.plan.ParseLimits.DEFAULTS.withMaxTasks(3000)).parse(text);

        assertThat(plan.tasks()).hasSize(3000);
        assertThat(plan.issues()).noneMatch(issue -> issue.severity() == ParseIssue.Severity.ERROR);
        assertThat(text).contains("\n3000.").doesNotContain("\n3001.");
        assertThat(plan.tasks().get(250).units()).isNotEmpty();
        assertThat(texts.document("宿州市", 2026, new Random(42), 5))
                .isEqualTo(texts.document("宿州市", 2026, new Random(42)));
    }

    @Test
    void sameSeedGivesTheSameDocumentAndAnotherSeedAnotherOne() {
        String first = texts.document("合肥市", 2026, new Random(42));

        assertThat(texts.document("合肥市", 2026, new Random(42))).isEqualTo(first);
        assertThat(texts.document("合肥市", 2026, new Random(43))).isNotEqualTo(first);
    }

    @Test
    void sixteenCitiesWithFifteenUnitsEach() {
        assertThat(texts.cities()).hasSize(16).contains("宿州市").doesNotHaveDuplicates();
        assertThat(texts.units("亳州市")).hasSize(15).first().isEqualTo("亳州市发展改革委");
    }
}
