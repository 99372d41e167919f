package org.greenplan.organisation;

/**
 * A region in the tree (city → counties and districts).
 *
 * @param id       database id
 * @param name     its name, e.g. 砀山县
 * @param level    CITY, COUNTY, DISTRICT (PROVINCE above a city)
 * @param parentId the region above it, or null for the top
 */
public record RegionNode(long id, String name, RegionLevel level, Long parentId) {}
