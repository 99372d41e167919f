package org.greenplan.accounts.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.organisation.UnitContact;
import org.greenplan.organisation.UnitRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UnitContactsIntegrationTests {
    @Autowired
    UnitContacts contacts;

    @Autowired
    JdbcClient jdbc;

    long unitId;
    long lastAuditId;

    @BeforeEach
    void findUnit() {
        lastAuditId = jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
        unitId = jdbc.sql("select id from responsible_unit where name = '市林业局'")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void clearContact() {
        jdbc.sql("update responsible_unit set contact_name = null, contact_phone = null, contact_email = null"
                        + " where id = ?")
                .param(unitId)
                .update();
    }

    @Test
    void savesTheContactAndRecordsOnlyTheChangedFields() {
        UnitRecord unit = contacts.unit(unitId);
        UnitRecord saved = contacts.updateContact(unitId, unit.version(), new UnitContact("孙八", "13912345678", null));
        contacts.updateContact(unitId, saved.version(), new UnitContact("孙八", "0557-3021234", " "));

        assertThat(contacts.units())
                .filteredOn(u -> u.id() == unitId)
                .singleElement()
                .extracting(UnitRecord::contact)
                .isEqualTo(new UnitContact("孙八", "0557-3021234", null));
        assertThat(audit())
                .containsExactly(
                        "contactName null→孙八",
                        "contactPhone null→13912345678",
                        "contactPhone 13912345678→0557-3021234");
    }

    @Test
    void refusesBadFormatsOnTheirFieldsAndAnOutdatedForm() {
        int version = contacts.unit(unitId).version();

        assertThatThrownBy(() -> contacts.updateContact(unitId, version, new UnitContact("孙八", "12345", "x@")))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal -> assertThat(refusal.problems())
                                .containsExactly(
                                        FieldProblem.of("contactPhone", "contact.phone.format", "12345"),
                                        FieldProblem.of("contactEmail", "contact.email.format", "x@")));
        contacts.updateContact(unitId, version, new UnitContact("孙八", null, null));
        assertThatThrownBy(() -> contacts.updateContact(unitId, version, new UnitContact("钱九", null, null)))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal -> assertThat(refusal.has("unit.stale")).isTrue());
        assertThat(contacts.unit(unitId).contact().name()).isEqualTo("孙八");
    }

    private List<String> audit() {
        return jdbc.sql("""
                        select field || ' ' || coalesce(old_value, 'null') || '→' || coalesce(new_value, 'null')
                        from audit_event where entity = 'UNIT' and entity_id = ? and action = 'CONTACT_CHANGED'
                          and id > ? order by id""").params(unitId, lastAuditId).query(String.class).list();
    }
}
