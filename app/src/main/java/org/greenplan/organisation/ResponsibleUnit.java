package org.greenplan.organisation;

import java.util.List;

/**
 * 责任单位 — an organisation responsible for tasks (never a person).
 *
 * @param id        database id
 * @param regionId  the region the unit belongs to
 * @param name      canonical name, e.g. 市发展改革委
 * @param aliases   other names that resolve to this unit, e.g. 市发改委; never null
 * @param confirmed false for units created by an import that the office has not yet confirmed
 */
public record ResponsibleUnit(long id, long regionId, String name, List<String> aliases, boolean confirmed) {
    public ResponsibleUnit {
        aliases = List.copyOf(aliases);
    }
}
