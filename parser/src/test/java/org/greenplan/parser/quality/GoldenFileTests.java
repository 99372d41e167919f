package org.greenplan.parser.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.PlanParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per {@code NAME.txt} + {@code NAME.expected.json} pair in {@code src/test/resources/plans/}
 * (format in the README there): the parse must find every expected task with its units, and the
 * targets the golden file lists. Adding a fixture needs no code.
 */
class GoldenFileTests {

    @TestFactory
    Stream<DynamicTest> parsesEveryFixtureAsItsGoldenFileSays() throws Exception {
        return fixtures().stream()
                .map(pair ->
                        DynamicTest.dynamicTest(pair.name(), pair.document().toUri(), () -> {
                            ParsedPlan plan =
                                    new PlanParser().parse(Files.readString(pair.document(), StandardCharsets.UTF_8));
                            ExpectedPlan expected = ExpectedPlan.read(pair.golden());
                            PlanComparison.Result result = PlanComparison.compare(plan, expected);
                            String why = pair.name() + ": " + result;

                            assertThat(expected.tasks()).as(why).isNotEmpty();
                            assertThat(result.tasks().f1()).as(why).isEqualTo(1.0);
                            assertThat(result.units().f1()).as(why).isEqualTo(1.0);
                            assertThat(result.targets().recall()).as(why).isEqualTo(1.0);
                        }));
    }

    @Test
    void findsTheReferenceDocumentAmongTheFixtures() throws Exception {
        assertThat(fixtures()).extracting(GoldenFiles.Pair::name).contains("suzhou-2022-green-development-work-points");
    }

    @Test
    void pairsOnlyDocumentsThatHaveAGoldenFile() throws IOException {
        Path folder = Files.createTempDirectory("golden");
        Files.writeString(folder.resolve("a.txt"), "1.推进。（责任单位：市林业局）");
        Files.writeString(folder.resolve("a.expected.json"), "{\"tasks\":[]}");
        Files.writeString(folder.resolve("b.txt"), "1.推进。");
        Files.writeString(folder.resolve("b.json"), "{}");

        assertThat(GoldenFiles.pairs(folder, "txt"))
                .containsExactly(new GoldenFiles.Pair("a", folder.resolve("a.txt"), folder.resolve("a.expected.json")));
    }

    private static List<GoldenFiles.Pair> fixtures() throws IOException, URISyntaxException {
        Path folder = Path.of(
                        GoldenFileTests.class.getResource("/plans/README.md").toURI())
                .getParent();
        return GoldenFiles.pairs(folder, "txt");
    }
}
