package org.greenplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoringRulesTests {

    @Test
    void defaultsWeighFiftyThirtyTwentyAndPassTheirOwnCheck() {
        ScoringRules rules = ScoringRules.defaults(3);

        rules.check();
        assertThat(rules.weightAttainment() + rules.weightTimeliness() + rules.weightCompleteness())
                .isEqualTo(100);
        assertThat(rules.stored()).isFalse();
    }

    @Test
    void refusesWeightsThatDoNotSumToAHundredNamingTheSum() {
        ScoringRules rules = new ScoringRules(3, 50, 30, 30, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 0);

        assertThatThrownBy(rules::check).isInstanceOfSatisfying(AssessmentRefusal.class, e -> {
            assertThat(e.code()).isEqualTo("assessment.rules.weightSum");
            assertThat(e.getArguments()).containsExactly(110);
        });
    }

    @Test
    void refusesNegativeDeductionsAndThreeDecimals() {
        assertThatThrownBy(
                        () -> new ScoringRules(3, 50, 30, 20, new BigDecimal("-1"), BigDecimal.ONE, BigDecimal.ONE, 0)
                                .check())
                .hasMessageContaining("assessment.rules.amountRange");
        assertThatThrownBy(() -> new ScoringRules(
                                3, 50, 30, 20, BigDecimal.ONE, new BigDecimal("0.125"), BigDecimal.ONE, 0)
                        .check())
                .hasMessageContaining("assessment.rules.amountRange");
    }

    @Test
    void aSelfAssessmentNeedsItemsInRangeAndAnExplanation() {
        assertThatThrownBy(
                        () -> new SelfAssessment(new BigDecimal("101"), BigDecimal.TEN, BigDecimal.TEN, "说明").check())
                .hasMessageContaining("assessment.self.itemRange");
        assertThatThrownBy(() -> new SelfAssessment(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, "  ").check())
                .hasMessageContaining("assessment.self.explanation");
        new SelfAssessment(new BigDecimal("95.50"), BigDecimal.TEN, BigDecimal.ZERO, "按时报送").check();
    }
}
