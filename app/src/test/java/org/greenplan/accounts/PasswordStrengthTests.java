package org.greenplan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenplan.accounts.PasswordStrength.Weakness;
import org.junit.jupiter.api.Test;

class PasswordStrengthTests {

    @Test
    void refusesAdminadminAsALeakedPasswordOrRepeat() {
        assertThat(PasswordStrength.check("adminadmin", List.of("admin", "系统管理员")))
                .get()
                .extracting(Weakness::messageKey)
                .isIn("password.weak.common", "password.weak.repeat", "password.weak.user");
    }

    @Test
    void refusesTheDigitRunAsALeakedPasswordNamingIt() {
        assertThat(PasswordStrength.check("1234567890", List.of("zhouxiaoming")))
                .contains(new Weakness("password.weak.common", "1234567890"));
    }

    @Test
    void refusesAKeyboardRow() {
        assertThat(PasswordStrength.check("qwertyuiop", List.of("zhouxiaoming")))
                .get()
                .extracting(Weakness::messageKey)
                .isIn("password.weak.keyboard", "password.weak.common");
    }

    @Test
    void refusesAPasswordBuiltFromTheUsername() {
        assertThat(PasswordStrength.check("zhouxiaoming2022", List.of("zhouxiaoming", "周晓明")))
                .get()
                .extracting(Weakness::messageKey)
                .isEqualTo("password.weak.user");
    }

    @Test
    void acceptsUnrelatedWordsWithDigitsAndSymbols() {
        assertThat(PasswordStrength.check("Stroh-Halm#88.5-Wanbi", List.of("zhouxiaoming")))
                .isEmpty();
        assertThat(PasswordStrength.check("k7Qp2mXv9RtB4wZs", List.of())).isEmpty();
    }
}
