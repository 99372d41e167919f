package org.greenplan.planimport.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanStateException;
import org.greenplan.plan.PlanStore;
import org.greenplan.plan.PlanSummary;
import org.greenplan.planimport.DuplicateImportException;
import org.greenplan.planimport.ImportRejectedException;
import org.greenplan.planimport.ImportResult;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.planimport.ReviewService;
import org.greenplan.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Upload, publish and discard answer with the right redirect and message; the importer and the store
 * are mocked (the import itself is tested in {@code ImportIntegrationTests}).
 */
@WebSliceTest(ImportController.class)
class ImportControllerWebTests {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlanImporter importer;

    @MockitoBean
    PlanCatalog catalog;

    @MockitoBean
    PlanStore store;

    @MockitoBean
    ReviewService review;

    @MockitoBean
    UnitDirectory directory;

    /** The mocked importer reads an upload's stream as the real one does below its limit. */
    @BeforeEach
    void readUploadsWhole() {
        when(importer.readUpload(any(), anyLong(), any()))
                .thenAnswer(
                        call -> call.getArgument(0, java.io.InputStream.class).readAllBytes());
    }

    @Test
    void anUploadWithoutAFileAsksForOneAndImportsNothing() throws Exception {
        mvc.perform(multipart("/imports").with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("error", "请选择要上传的文件。"));

        verifyNoInteractions(importer);
    }

    @Test
    void anImportedDocumentOpensItsReviewWithItsCounts() throws Exception {
        byte[] text = "一、重点任务".getBytes(StandardCharsets.UTF_8);
        when(importer.importDraft(any(), eq("要点.txt")))
                .thenReturn(new ImportResult(41, "宿州市工作要点", 34, 21, List.of(), List.of(), List.of()));

        mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "C:\\Users\\办公室\\要点.txt", "text/plain", text))
                        .with(csrf()))
                .andExpect(redirectedUrl("/plans/41/review"))
                .andExpect(flash().attribute("notice", "已解析“宿州市工作要点”：34 项任务，21 个责任单位。请核对后发布。"));
        verify(importer).importDraft(text, "要点.txt");
    }

    @Test
    void aRefusedDocumentShowsWhyOnTheHomePage() throws Exception {
        ImportRejectedException rejected = mock(ImportRejectedException.class);
        when(rejected.getCodes()).thenReturn(new String[] {"test.reason.without.message"});
        when(rejected.getDefaultMessage()).thenReturn("scan.pdf: 没有文字层");
        when(importer.importDraft(any(), any())).thenThrow(rejected);

        mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", new byte[] {1}))
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("error", "无法导入：scan.pdf: 没有文字层"));
    }

    @Test
    void aFileImportedBeforeOpensTheEarlierPublishedPlan() throws Exception {
        DuplicateImportException duplicate = mock(DuplicateImportException.class);
        when(duplicate.existingPlanId()).thenReturn(8L);
        when(importer.importDraft(any(), any())).thenThrow(duplicate);
        PlanSummary published = mock(PlanSummary.class);
        when(published.published()).thenReturn(true);
        when(catalog.plan(8)).thenReturn(Optional.of(published));

        mvc.perform(post("/imports/sample").with(csrf()))
                .andExpect(redirectedUrl("/plans/8"))
                .andExpect(flash().attribute("notice", "该文件已导入过，已为您打开原计划。"));
    }

    @Test
    void publishingAPublishedPlanSaysItAlreadyIs() throws Exception {
        doThrow(new PlanStateException("already published")).when(store).publish(6);

        mvc.perform(post("/plans/6/publish").with(csrf()))
                .andExpect(redirectedUrl("/plans/6"))
                .andExpect(flash().attribute("notice", "该计划已经发布。"));
    }

    @Test
    void discardingAPlanGoesHomeAndOneWithReportedValuesIsKept() throws Exception {
        mvc.perform(post("/plans/5/discard").with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("notice", "计划已删除（操作记录已保留）。"));
        doThrow(new PlanStateException("published")).when(review).discard(6, null);

        mvc.perform(post("/plans/6/discard").with(csrf()))
                .andExpect(redirectedUrl("/plans/6"))
                .andExpect(flash().attribute("error", "已有报送数值或已撤回的计划不能删除；请改为撤回，历史记录会保留。"));
        verify(review).discard(5, null);
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        mvc.perform(multipart("/imports").with(csrf()).param("lang", "en"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute(
                                "error", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("请"))));
    }
}
