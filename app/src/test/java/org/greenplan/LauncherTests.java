package org.greenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The launchers of the README's first command: {@code greenplan} (POSIX sh, checked with shellcheck)
 * and its Windows counterpart {@code greenplan.cmd}, which cannot run here and is checked for what
 * {@code cmd.exe} needs and for doing what the sh launcher does.
 */
class LauncherTests {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theShLauncherPassesShellcheck() throws Exception {
        if (!onPath("shellcheck")) {
            if (System.getenv("CI") != null) {
                fail("shellcheck is missing: .ci/run installs it (apt-get install shellcheck)");
            }
            Assumptions.abort(
                    "shellcheck is not installed here (apt-get install shellcheck); the launcher is not checked");
        }
        Process shellcheck = new ProcessBuilder("shellcheck", "--shell=sh", "--severity=style", "greenplan")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        String findings = new String(shellcheck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shellcheck.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(findings).isEmpty();
        assertThat(shellcheck.exitValue()).isZero();
    }

    @Test
    void theWindowsLauncherRunsTheSameJarWithTheSameDataDirectory() throws IOException {
        String sh = Files.readString(ROOT.resolve("greenplan"));
        String cmd = Files.readString(ROOT.resolve("greenplan.cmd"));

        assertThat(cmd.replace("\r\n", "")).as("cmd.exe needs CRLF line ends").doesNotContain("\n");
        assertThat(sh).contains("$here/app/target/greenplan.jar").contains("$here/data/pg");
        assertThat(cmd)
                .contains("%HERE%\\app\\target\\greenplan.jar")
                .contains("-DskipTests package")
                .contains("GREENPLAN_DATABASE_EMBEDDED_DATA_DIR=%HERE%\\data\\pg")
                .contains("%GREENPLAN_JAVA_OPTS% -jar \"%JAR%\" %*")
                .contains("exit /b %ERRORLEVEL%");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
