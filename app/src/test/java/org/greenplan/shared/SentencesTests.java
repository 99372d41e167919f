package org.greenplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTests {
    @Test
    void dropsTheFinalStopsOfTypedText() {
        assertThat(Sentences.clause("资金未到位。")).isEqualTo("资金未到位");
        assertThat(Sentences.clause("数据有误！ ")).isEqualTo("数据有误");
        assertThat(Sentences.clause("是否需要延期？")).isEqualTo("是否需要延期");
        assertThat(Sentences.clause("Figures were wrong.")).isEqualTo("Figures were wrong");
        assertThat(Sentences.clause("重复报送。。")).isEqualTo("重复报送");
    }

    @Test
    void keepsStopsInsideTheTextAndAFinalEllipsis() {
        assertThat(Sentences.clause("第一，数据有误。第二，附件缺失")).isEqualTo("第一，数据有误。第二，附件缺失");
        assertThat(Sentences.clause("等待批复……")).isEqualTo("等待批复……");
        assertThat(Sentences.clause(null)).isNull();
    }
}
