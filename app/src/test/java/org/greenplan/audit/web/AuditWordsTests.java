package org.greenplan.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.greenplan.ShippedMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The audit trail's stored codes in words, from the shipped bundles. */
class AuditWordsTests {
    private final AuditWords words = new AuditWords(ShippedMessages.bundles());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void reportingSettingsChangesReadAsWordsInChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(words.entity("REPORTING_SETTINGS")).isEqualTo("调度设置");
        assertThat(words.action("REPORTING_SETTINGS_CHANGED")).isEqualTo("修改调度设置");
        assertThat(words.field("dueDay")).isEqualTo("截止日");
        assertThat(words.value("periodicity", "MONTHLY")).isEqualTo("按月");
        assertThat(words.value("unitLeaderApproval", "true")).isEqualTo("是");
        assertThat(words.value("dueDay", "25")).isEqualTo("25");
    }

    @Test
    void userChangesNameRolesInWordsAndKeepFreeTextAsTyped() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(words.entity("USER")).isEqualTo("用户");
        assertThat(words.action("CREATED")).isEqualTo("新建");
        assertThat(words.field("roles")).isEqualTo("角色");
        assertThat(words.value("roles", "UNIT_REPORTER,UNIT_LEADER")).isEqualTo("填报员、单位负责人");
        assertThat(words.value("displayName", "HELLO")).isEqualTo("HELLO");
        assertThat(words.value("text", "推进秸秆综合利用")).isEqualTo("推进秸秆综合利用");
        assertThat(words.value("text", null)).isEqualTo("（空）");
        assertThat(words.field("value:秸秆综合利用率")).isEqualTo("填报数值：秸秆综合利用率");
    }

    @Test
    void theSameCodesReadInEnglishAndAnUnknownCodeStaysAsStored() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(words.entity("REPORTING_SETTINGS")).isEqualTo("Reporting settings");
        assertThat(words.value("periodicity", "MONTHLY")).isEqualTo("Monthly");
        assertThat(words.value("roles", "UNIT_REPORTER")).isEqualTo("Unit reporter");
        assertThat(words.value("enabled", "false")).isEqualTo("No");
        assertThat(words.action("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void storedDescriptionsAndUnitRolesReadInChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(words.detail(org.greenplan.audit.AuditText.of("audit.detail.periodsGenerated", 12)))
                .isEqualTo("生成 12 个调度周期");
        assertThat(words.detail("12 periods")).as("stored as English before").isEqualTo("生成 12 个调度周期");
        assertThat(words.detail(org.greenplan.audit.AuditText.of("audit.detail.evidenceFiles", 1)))
                .isEqualTo("附佐证材料 1 份");
        assertThat(words.detail("1 evidence file(s)")).isEqualTo("附佐证材料 1 份");
        assertThat(words.detail("宿州市2022年工作要点.docx")).isEqualTo("宿州市2022年工作要点.docx");
        assertThat(words.value("units", "市经济和信息化局 (RESPONSIBLE); 市发展改革委 (LEAD); 市统计局 (CO)"))
                .isEqualTo("市经济和信息化局（责任单位）; 市发展改革委（牵头单位）; 市统计局（配合单位）");
    }

    @Test
    void storedDescriptionsAndUnitRolesReadInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(words.detail("#{audit.detail.periodsGenerated|12}")).isEqualTo("12 reporting periods generated");
        assertThat(words.detail("1 evidence file(s)")).isEqualTo("1 evidence file(s) attached");
        assertThat(words.value("units", "市经济和信息化局 (RESPONSIBLE); 市统计局 (CO)"))
                .isEqualTo("市经济和信息化局 (responsible unit); 市统计局 (co-operating unit)");
    }

    @Test
    void anUnknownKeyIsShownAsStored() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(words.detail("#{audit.detail.noSuchThing|3}")).isEqualTo("#{audit.detail.noSuchThing|3}");
    }
}
