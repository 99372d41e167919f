package org.greenplan.targets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The record-a-value form. */
class ValueFormTests {

    @Test
    void readsMonthAndValue() {
        ValueForm.Check check = new ValueForm("2022-06", "约88%", "", null).check(Targets.straw());

        assertThat(check.errors()).isEmpty();
        assertThat(check.period()).isEqualTo(YearMonth.of(2022, 6));
        assertThat(check.parsed().value()).isEqualByComparingTo("88");
        assertThat(check.parsed().approximate()).isTrue();
        assertThat(check.storable(false)).isTrue();
    }

    @Test
    void aMissingMonthIsAnErrorOnTheMonthField() {
        ValueForm.Check check = new ValueForm(" ", "88", "", null).check(Targets.straw());

        assertThat(check.errors()).containsOnlyKeys("month");
        assertThat(check.errors().get("month").key()).isEqualTo("target.month.empty");
    }

    @Test
    void anUnreadableMonthIsEchoedInItsError() {
        ValueForm.Check check = new ValueForm("June", "88", "", null).check(Targets.straw());

        assertThat(check.errors().get("month")).isEqualTo(FieldMessage.of("target.month.invalid", "June"));
    }

    @Test
    void aMonthOfAnotherYearIsRejected() {
        ValueForm.Check check = new ValueForm("2021-12", "88", "", null).check(Targets.straw());

        assertThat(check.errors().get("month")).isEqualTo(FieldMessage.of("target.month.outsideYear", 2022));
    }

    @Test
    void everyFieldReportsItsOwnError() {
        ValueForm.Check check =
                new ValueForm("", "N/A", "x".repeat(ValueForm.NOTE_MAX + 1), null).check(Targets.straw());

        assertThat(check.errors()).containsOnlyKeys("month", "value", "note");
    }

    @Test
    void aDoubtfulValueIsAQuestionNotAnError() {
        ValueForm form = new ValueForm("2022-06", "0.92", "", null);
        ValueForm.Check check = form.check(Targets.straw());

        assertThat(check.errors()).isEmpty();
        assertThat(check.storable(form.confirmed())).isFalse();
        assertThat(check.confirmation(form.confirmed()).key()).isEqualTo("target.value.confirmPercent");
        assertThat(check.storable(true)).isTrue();
    }
}
