package org.greenplan.planimport.web;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.greenplan.planimport.UnitMerge;
import org.greenplan.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The units page's merge form: the outcome is flashed back on the directory page. */
@WebSliceTest(UnitMergeController.class)
class UnitMergeControllerWebTests {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    UnitMerge merge;

    @Test
    void aMergeIsConfirmedOnTheDirectoryPage() throws Exception {
        mvc.perform(post("/units/3/merge").param("into", "4").with(csrf()))
                .andExpect(redirectedUrl("/units"))
                .andExpect(flash().attribute("notice", "已合并：相关任务改为该单位，原名称记为别名。"));

        verify(merge).merge(3, 4);
    }

    @Test
    void aRefusedMergeShowsTheReason() throws Exception {
        doThrow(new IllegalArgumentException("same unit")).when(merge).merge(3, 4);

        mvc.perform(post("/units/3/merge").param("into", "4").with(csrf()))
                .andExpect(redirectedUrl("/units"))
                .andExpect(flash().attribute("error", "不能合并到同一单位或其他地区的单位"));
    }

    @Test
    void mergingAConfirmedUnitIsRefusedWithTheRule() throws Exception {
        doThrow(new IllegalStateException("confirmed")).when(merge).merge(3, 5);

        mvc.perform(post("/units/3/merge").param("into", "5").with(csrf()))
                .andExpect(redirectedUrl("/units"))
                .andExpect(flash().attribute("error", "已确认的单位不能合并到其他单位；只有导入时新增、尚未确认的单位可以合并。"));
    }

    @Test
    void aMergeWithoutATargetUnitIsABadRequest() throws Exception {
        mvc.perform(post("/units/3/merge").with(csrf())).andExpect(status().isBadRequest());
    }
}
