package org.greenplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ServeAddressTests {

    @Test
    void printsThePortTheServerListensOnAtLocalhost() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("server.port", "0").withProperty("local.server.port", "18500");

        assertThat(ServeAddress.of(environment)).isEqualTo("http://localhost:18500");
    }

    @Test
    void printsTheDefaultPortWhenNoneIsSet() {
        assertThat(ServeAddress.of(new MockEnvironment())).isEqualTo("http://localhost:8080");
    }

    @Test
    void printsTheBoundHostAndContextPathAndLocalhostForAWildcard() {
        assertThat(ServeAddress.of(new MockEnvironment()
                        .withProperty("local.server.port", "8080")
                        .withProperty("server.address", "192.168.1.5")
                        .withProperty("server.servlet.context-path", "/greenplan")))
                .isEqualTo("http://192.168.1.5:8080/greenplan");
        assertThat(ServeAddress.of(new MockEnvironment()
                        .withProperty("local.server.port", "8080")
                        .withProperty("server.address", "0.0.0.0")))
                .isEqualTo("http://localhost:8080");
        assertThat(ServeAddress.of(new MockEnvironment()
                        .withProperty("local.server.port", "8443")
                        .withProperty("server.address", "::1")
                        .withProperty("server.ssl.bundle", "web")))
                .isEqualTo("https://[::1]:8443");
    }
}
