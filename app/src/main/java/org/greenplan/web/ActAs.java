package org.greenplan.web;

import java.util.NoSuchElementException;
import org.greenplan.accounts.Actor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.organisation.ResponsibleUnit;
import org.greenplan.organisation.UnitDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 代为操作: an office admin acts as a unit, explicitly and with a reason; start and stop are recorded in
 * the audit trail (entity {@code UNIT}, actions {@code ACT_AS_STARTED} / {@code ACT_AS_STOPPED}). The
 * controller then swaps the session's principal; this service only checks and records.
 */
@Service
class ActAs {
    /** Session attribute holding the name of the unit acted as, for the banner on every page. */
    static final String UNIT_NAME = "greenplan.actingAsUnitName";

    private final UnitDirectory units;
    private final AuditTrail audit;

    ActAs(UnitDirectory units, AuditTrail audit) {
        this.units = units;
        this.audit = audit;
    }

    /**
     * @return the unit's name
     * @throws NoSuchElementException when there is no such unit
     * @throws IllegalStateException  when the actor is not an office admin acting as itself
     */
    @Transactional
    String start(Actor admin, long unitId, String reason) {
        if (!admin.isOffice()) {
            throw new IllegalStateException("only an office admin acting as itself starts acting as a unit");
        }
        String name = units.units(units.defaultRegion().id()).stream()
                .filter(unit -> unit.id() == unitId)
                .map(ResponsibleUnit::name)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no unit " + unitId));
        audit.record(new AuditSubject("UNIT", unitId, null, unitId), "ACT_AS_STARTED", name, reason);
        return name;
    }

    /** Records the end of acting as the actor's unit. */
    @Transactional
    void stop(Actor acting) {
        long unitId = acting.unitId();
        audit.record(new AuditSubject("UNIT", unitId, null, unitId), "ACT_AS_STOPPED", null);
    }
}
