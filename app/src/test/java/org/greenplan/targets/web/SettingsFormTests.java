package org.greenplan.targets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Milestone;
import org.greenplan.targets.Pacing;
import org.junit.jupiter.api.Test;

/** The evaluation settings form. */
class SettingsFormTests {

    @Test
    void readsEveryField() {
        SettingsForm form = new SettingsForm("86%", "MAX", "MILESTONES", "2022-06-30 89\n\n2022-12-31=92", "20", 0);

        EvaluationSettings settings = form.check(Targets.straw()).settings();

        assertThat(settings.baseline()).isEqualByComparingTo("86");
        assertThat(settings.aggregation()).isEqualTo(Aggregation.MAX);
        assertThat(settings.pacing()).isEqualTo(Pacing.MILESTONES);
        assertThat(settings.milestones())
                .extracting(Milestone::date)
                .containsExactly(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 12, 31));
        assertThat(settings.tolerance()).isEqualByComparingTo("0.20");
    }

    @Test
    void blankFieldsMeanTheDefaults() {
        EvaluationSettings settings =
                new SettingsForm("", "", "", "", "", 0).check(Targets.straw()).settings();

        assertThat(settings).isEqualTo(EvaluationSettings.defaults());
    }

    @Test
    void showsStoredSettingsAsTheyWereTyped() {
        SettingsForm form = new SettingsForm("86", "", "MILESTONES", "2022-06-30 89", "15", 0);
        EvaluationSettings settings = form.check(Targets.straw()).settings();

        assertThat(SettingsForm.of(settings, 0)).isEqualTo(form);
    }

    @Test
    void aToleranceAbove100IsRejected() {
        SettingsForm.Check check = new SettingsForm("", "", "", "", "150", 0).check(Targets.straw());

        assertThat(check.settings()).isNull();
        assertThat(check.errors()).containsOnlyKeys("tolerance");
    }

    @Test
    void milestonePacingNeedsAMilestone() {
        SettingsForm.Check check = new SettingsForm("", "", "MILESTONES", " ", "", 0).check(Targets.straw());

        assertThat(check.errors().get("milestones").key()).isEqualTo("target.milestones.required");
    }

    @Test
    void anUnreadableMilestoneLineIsNamedByItsNumber() {
        SettingsForm.Check check =
                new SettingsForm("", "", "MILESTONES", "2022-06-30 89\n6月底 90", "", 0).check(Targets.straw());

        assertThat(check.errors().get("milestones"))
                .isEqualTo(FieldMessage.of("target.milestones.invalid", 2, "6月底 90"));
    }

    @Test
    void aMilestoneOutsideThePlanYearIsRejected() {
        SettingsForm.Check check =
                new SettingsForm("", "", "MILESTONES", "2023-03-31 92", "", 0).check(Targets.straw());

        assertThat(check.errors().get("milestones").key()).isEqualTo("target.milestones.outsideYear");
    }

    @Test
    void twoMilestonesOnOneDateAreRejected() {
        SettingsForm.Check check =
                new SettingsForm("", "", "MILESTONES", "2022-06-30 89\n2022-06-30 90", "", 0).check(Targets.straw());

        assertThat(check.errors().get("milestones").key()).isEqualTo("target.milestones.duplicate");
    }

    @Test
    void anUnknownChoiceIsRejected() {
        SettingsForm.Check check = new SettingsForm("", "AVERAGE", "", "", "", 0).check(Targets.straw());

        assertThat(check.errors()).containsOnlyKeys("aggregation");
    }

    @Test
    void aTextBaselineIsRejected() {
        SettingsForm.Check check = new SettingsForm("去年", "", "", "", "", 0).check(Targets.straw());

        assertThat(check.errors().get("baseline").key()).isEqualTo("target.value.notANumber");
    }
}
