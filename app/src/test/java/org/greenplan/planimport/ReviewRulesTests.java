package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.greenplan.plan.draft.TargetEdit;
import org.greenplan.plan.view.Comparison;
import org.junit.jupiter.api.Test;

/** The unit check of a corrected target accepts what the parser writes, units of intensity included. */
class ReviewRulesTests {

    private static TargetEdit target(String unit) {
        return new TargetEdit("单位供电二氧化碳排放", Comparison.AT_MOST, new BigDecimal("550"), null, unit, "550克二氧化碳/千瓦时");
    }

    @Test
    void acceptsAUnitOfIntensityAsTheParserWritesIt() {
        assertThatCode(() -> ReviewRules.checkTarget(target("g/kWh"))).doesNotThrowAnyException();
        assertThatCode(() -> ReviewRules.checkTarget(target("tce/万元"))).doesNotThrowAnyException();
        assertThatCode(() -> ReviewRules.checkTarget(target("kg"))).doesNotThrowAnyException();
    }

    @Test
    void refusesAUnitThatIsNoStandardCode() {
        assertThatThrownBy(() -> ReviewRules.checkTarget(target("克/度")))
                .isInstanceOfSatisfying(
                        DraftEditException.class,
                        e -> assertThat(e.messageKey().code()).isEqualTo("draft.target.unit"));
    }
}
