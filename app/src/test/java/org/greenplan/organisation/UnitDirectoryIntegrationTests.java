package org.greenplan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UnitDirectoryIntegrationTests {
    @Autowired
    UnitDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void resolvesCanonicalNamesAndAliasesToOneUnit() {
        long region = directory.defaultRegion().id();

        List<ResolvedUnit> resolved =
                directory.resolveAll(region, List.of("市发改委", "市发展改革委", "市发展和改革委员会", "市金融办", "市 林业局"));

        assertThat(resolved).extracting(ResolvedUnit::created).containsOnly(false);
        assertThat(resolved.subList(0, 3))
                .extracting(ResolvedUnit::unitId)
                .containsOnly(resolved.get(0).unitId());
        assertThat(name(resolved.get(3).unitId())).isEqualTo("市地方金融监管局");
        assertThat(name(resolved.get(4).unitId())).isEqualTo("市林业局");
    }

    @Test
    void createsUnknownUnitsUnconfirmedOnceEach() {
        long region = directory.defaultRegion().id();

        List<ResolvedUnit> resolved = directory.resolveAll(region, List.of("市新设协调办", "市新设协调办", "市新设协调办 "));

        assertThat(resolved)
                .hasSize(2)
                .extracting(ResolvedUnit::unitId)
                .containsOnly(resolved.get(0).unitId());
        assertThat(resolved.get(0).created()).isTrue();
        assertThat(resolved.get(1).created()).isFalse();
        assertThat(directory.units(region))
                .filteredOn(u -> u.name().equals("市新设协调办"))
                .singleElement()
                .extracting(ResponsibleUnit::confirmed)
                .isEqualTo(false);
    }

    @Test
    void confirmingAUnitIsAuditedOncePerConfirmation() {
        long region = directory.defaultRegion().id();
        long unitId = directory.resolveAll(region, List.of("市新设协调办")).get(0).unitId();

        directory.confirm(unitId);
        directory.confirm(unitId);

        assertThat(jdbc.sql("select entity || ' ' || action || ' ' || detail || ' ' || unit_id from audit_event"
                                + " where entity = 'UNIT' and entity_id = ?")
                        .param(unitId)
                        .query(String.class)
                        .list())
                .as("the second confirmation changes nothing and records nothing")
                .containsExactly("UNIT UNIT_CONFIRMED 市新设协调办 " + unitId);
        assertThat(directory.units(region))
                .filteredOn(u -> u.id() == unitId)
                .singleElement()
                .extracting(ResponsibleUnit::confirmed)
                .isEqualTo(true);
    }

    @Test
    void confirmingAUnitThatDoesNotExistIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> directory.confirm(-5))
                .isInstanceOf(java.util.NoSuchElementException.class)
                .hasMessage("no responsible unit -5");
    }

    private String name(long unitId) {
        return jdbc.sql("select name from responsible_unit where id = ?")
                .param(unitId)
                .query(String.class)
                .single();
    }
}
