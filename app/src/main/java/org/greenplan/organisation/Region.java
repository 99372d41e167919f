package org.greenplan.organisation;

/**
 * A city, county or district whose office runs plans.
 *
 * @param id   database id
 * @param name name, e.g. 宿州市
 */
public record Region(long id, String name) {}
