package org.greenplan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactFormatsTests {

    @Test
    void acceptsMobilesAndLandlinesWithAreaCode() {
        assertThat(ContactFormats.isPhoneOrEmpty("13812345678")).isTrue();
        assertThat(ContactFormats.isPhoneOrEmpty("+86 13812345678")).isTrue();
        assertThat(ContactFormats.isPhoneOrEmpty("0557-3021234")).isTrue();
        assertThat(ContactFormats.isPhoneOrEmpty("05573021234")).isTrue();
        assertThat(ContactFormats.isPhoneOrEmpty("0557-3021234-801")).isTrue();
        assertThat(ContactFormats.isPhoneOrEmpty("")).isTrue();
        assertThat(ContactFormats.isPhoneOrEmpty(null)).isTrue();
    }

    @Test
    void refusesShortNumbersAndText() {
        assertThat(ContactFormats.isPhoneOrEmpty("12345")).isFalse();
        assertThat(ContactFormats.isPhoneOrEmpty("12812345678")).isFalse();
        assertThat(ContactFormats.isPhoneOrEmpty("3021234")).isFalse();
        assertThat(ContactFormats.isPhoneOrEmpty("电话")).isFalse();
    }

    @Test
    void acceptsAddressesWithADomainAndRefusesTheRest() {
        assertThat(ContactFormats.isEmailOrEmpty("zhang.san@nyj.suzhou.gov.cn")).isTrue();
        assertThat(ContactFormats.isEmailOrEmpty("not-mail")).isFalse();
        assertThat(ContactFormats.isEmailOrEmpty("a@b")).isFalse();
        assertThat(ContactFormats.isEmailOrEmpty("a b@example.cn")).isFalse();
    }
}
