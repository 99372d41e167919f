package org.greenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * With {@code ?lang=en}, the pages of the 宿州 sample show no Chinese but the document's own text: the
 * source pane's lines, task texts, headings, indicators and their counting units (家, 标台), printed
 * deadlines, unit names (all marked {@code gp-doc} or {@code gp-unit} in the templates), the plan's
 * title, and texts a parse issue quotes from the document; the language switch names 中文 in Chinese
 * ({@code gp-lang}), as language menus do. Skipped, saying so, where chromium and chromedriver are not installed.
 */
class EnglishUiBrowserTests extends BrowserTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Removes the document's own text from the page and returns the visible text that is left. */
    private static final String UI_TEXT = """
            document.querySelectorAll('.gp-doc, .gp-unit, .gp-lang').forEach(e => e.remove());
            document.querySelectorAll('#source .line').forEach(line =>
                Array.from(line.childNodes)
                    .filter(n => !(n.nodeType === 1 && n.classList.contains('issue-note')))
                    .forEach(n => n.remove()));
            return document.body.innerText;
            """;

    @Test
    void showsTheReviewAndOutlineOfTheSampleInEnglishExceptTheDocumentsText() {
        open("/?lang=en");
        browser.findElement(By.id("import-sample")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/review"));
        long planId = jdbc.sql("select id from plan").query(Long.class).single();

        open("/plans/" + planId + "/review?lang=en");
        assertThat(browser.findElements(By.cssSelector("#outline tr.task-row"))).hasSize(34);
        assertThat(browser.findElement(By.id("source")).getText()).containsPattern(HAN);
        assertThat(chineseLines(uiText(), documentTexts(planId))).isEmpty();

        open("/plans/" + planId + "/review?lang=en");
        browser.findElement(By.id("publish")).click();
        waitFor(d -> d.findElements(By.id("download-ledger")).size() == 1);
        open("/plans/" + planId + "?lang=en");
        assertThat(browser.findElements(By.cssSelector("#outline tr.task-row"))).hasSize(34);
        assertThat(chineseLines(uiText(), documentTexts(planId))).isEmpty();
    }

    @Test
    void showsAParseIssueInEnglishWithTheQuotedDocumentText() throws Exception {
        Path file = Files.createTempDirectory("greenplan-upload").resolve("gap.txt");
        Files.writeString(file, "一、总体要求\n1. 推进秸秆综合利用。（市农业农村局）\n3. 推进垃圾分类。（市城管局）\n");
        open("/?lang=en");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("upload")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/review"));

        assertThat(browser.findElement(By.id("issues")).getText())
                .contains("Numbering gap: 1 is followed by 3; expected 2")
                .doesNotContainPattern(HAN);
        assertThat(browser.findElement(By.cssSelector("#source .issue-note")).getText())
                .contains("Numbering gap");
    }

    private static String uiText() {
        return (String) ((JavascriptExecutor) browser).executeScript(UI_TEXT);
    }

    /** The plan's title and the texts its parse issues quote: document text shown inside UI sentences. */
    private List<String> documentTexts(long planId) {
        List<String> texts = new ArrayList<>(jdbc.sql("select title from plan where id = ?")
                .param(planId)
                .query(String.class)
                .list());
        jdbc.sql("select args from parse_issue where plan_id = ?")
                .param(planId)
                .query((rs, i) -> (String[]) rs.getArray(1).getArray())
                .list()
                .forEach(args -> texts.addAll(List.of(args)));
        texts.sort(Comparator.comparingInt(String::length).reversed());
        return texts;
    }

    private static List<String> chineseLines(String text, List<String> documentTexts) {
        String left = text;
        for (String quoted : documentTexts) {
            left = left.replace(quoted, "");
        }
        return left.lines().filter(line -> HAN.matcher(line).find()).toList();
    }
}
