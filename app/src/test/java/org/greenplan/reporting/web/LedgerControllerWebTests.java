package org.greenplan.reporting.web;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.NoSuchElementException;
import org.greenplan.reporting.LedgerExport;
import org.greenplan.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The ledger download's HTTP side; the workbook itself is tested in {@code LedgerExportIntegrationTests}. */
@WebSliceTest(LedgerController.class)
class LedgerControllerWebTests {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    LedgerExport export;

    @Test
    void downloadsOneUnitsLedgerAsXlsxUnderItsChineseName() throws Exception {
        byte[] workbook = {'P', 'K', 3, 4};
        when(export.export(5, 12L, org.greenplan.reporting.LedgerOptions.DEFAULT, null))
                .thenReturn(new LedgerExport.LedgerFile("台账.xlsx", workbook));

        mvc.perform(get("/plans/5/ledger.xlsx").param("unit", "12"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("filename*=UTF-8''%E5%8F%B0%E8%B4%A6.xlsx")))
                .andExpect(content().bytes(workbook));
    }

    @Test
    void theLedgerOfAnUnknownPlanIsNotFound() throws Exception {
        when(export.export(9, null, org.greenplan.reporting.LedgerOptions.DEFAULT, null))
                .thenThrow(new NoSuchElementException("没有编号为 9 的计划"));

        mvc.perform(get("/plans/9/ledger.xlsx")).andExpect(status().isNotFound());
    }
}
