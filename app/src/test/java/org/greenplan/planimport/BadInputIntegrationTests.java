package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Each bad document is refused with a message that says what and where, and nothing is stored. */
@IntegrationTest
class BadInputIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    static Stream<Arguments> badDocuments() {
        String suzhou = TestDocuments.text(TestDocuments.SUZHOU);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        byte[] truncated = suzhou.substring(0, suzhou.indexOf("协作推进我市")).getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "empty.txt: 文件为空"),
                Arguments.of("photo.txt", png, "photo.txt: 不支持的文件类型（image/png）"),
                Arguments.of("huge.txt", huge, "huge.txt: 文件大小 50.00 MB 超过上限 20.00 MB"),
                Arguments.of(
                        "notes.txt",
                        "今天开会，讨论了明年的工作安排。\n请大家做好准备。\n".getBytes(StandardCharsets.UTF_8),
                        "notes.txt:1:1: 未找到任何编号任务"),
                Arguments.of("cut.txt", truncated, "cut.txt:54:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void refusesWithAMessageAndStoresNothing(String name, byte[] bytes, String expectedMessage) throws Exception {
        long unitsBefore = count("responsible_unit");

        String error = (String)
                mvc.perform(multipart("/imports").file(new MockMultipartFile("file", name, "text/plain", bytes)))
                        .andExpect(redirectedUrl("/"))
                        .andReturn()
                        .getFlashMap()
                        .get("error");

        assertThat(error).startsWith("无法导入：").contains(expectedMessage);
        assertThat(count("plan")).isZero();
        assertThat(count("plan_source")).isZero();
        assertThat(count("responsible_unit")).isEqualTo(unitsBefore);
    }

    @Test
    void aRefusalIsGivenOnceInTheReadersLanguage() throws Exception {
        assertThat(refusal("empty.txt", new byte[0], "zh")).isEqualTo("无法导入：empty.txt: 文件为空");
        assertThat(refusal("empty.txt", new byte[0], "en")).isEqualTo("Cannot import: empty.txt: The file is empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertThat(refusal("photo.txt", png, "zh"))
                .isEqualTo("无法导入：photo.txt: 不支持的文件类型（image/png）；支持 txt、docx、doc、pdf、ofd、html");
    }

    private String refusal(String name, byte[] bytes, String language) throws Exception {
        return (String) mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", name, "text/plain", bytes))
                        .param("lang", language))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getFlashMap()
                .get("error");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
