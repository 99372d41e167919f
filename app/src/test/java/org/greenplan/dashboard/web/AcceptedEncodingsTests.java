package org.greenplan.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which {@code Accept-Encoding} headers admit gzip (RFC 9110, 12.5.3). */
class AcceptedEncodingsTests {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip, deflate, br | true",
                "GZIP | true",
                "x-gzip | true",
                "deflate;q=1.0, gzip;q=0.5 | true",
                "* | true",
                "*;q=0.1 | true",
                "identity | false",
                "gzip;q=0, * | false",
                "gzip;q=0.0 | false",
                "*;q=0 | false",
                "gzip;q=abc | false",
                "br, deflate | false",
                "'' | false"
            })
    void admitsGzip(String header, boolean expected) {
        assertThat(AcceptedEncodings.gzip(header)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void noHeaderMeansNoGzip() {
        assertThat(AcceptedEncodings.gzip(null)).isFalse();
    }
}
