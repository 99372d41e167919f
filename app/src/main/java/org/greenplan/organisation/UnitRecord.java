package org.greenplan.organisation;

import java.util.List;

/**
 * A directory unit with its contact person, as the office administers it.
 *
 * @param id        database id
 * @param name      canonical name
 * @param aliases   other names, never null
 * @param confirmed whether the office vouched for it
 * @param contact   the contact person (联络员), {@link UnitContact#NONE} when unknown
 * @param version   the row version an edit form sends back to detect a concurrent change
 */
public record UnitRecord(
        long id, String name, List<String> aliases, boolean confirmed, UnitContact contact, int version) {
    public UnitRecord {
        aliases = List.copyOf(aliases);
    }
}
