package org.greenplan.organisation;

/** The administrative level of a region, top down. */
public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY,
    DISTRICT;

    /**
     * @param child the level of a region to be placed under this one
     * @return whether the tree allows it: a province holds cities, a city holds counties and districts
     */
    public boolean holds(RegionLevel child) {
        return switch (this) {
            case PROVINCE -> child == CITY;
            case CITY -> child == COUNTY || child == DISTRICT;
            case COUNTY, DISTRICT -> false;
        };
    }

    /** @return the message key of the level's name ({@code region.level.COUNTY} …) */
    public String messageKey() {
        return "region.level." + name();
    }
}
