/**
 * Organisations: regions and the directory of responsible units (责任单位) with their aliases.
 *
 * <p>API: {@link org.greenplan.organisation.UnitDirectory}. An import resolves every printed unit
 * name through the directory; unknown names become new, unconfirmed units for the office to check.
 * {@link org.greenplan.organisation.Regions}: the region tree (city → counties and districts);
 * {@link org.greenplan.organisation.OfficeRegions}: county and district offices (office admins scoped to
 * a region), whose current region the web shell supplies through {@link org.greenplan.organisation.CurrentRegion}.
 * Depends only on the audit trail (region and scope changes are recorded). Reads {@code plan.region_id}
 * and {@code app_user} but never writes them.
 *
 * <p>Tables (only this module writes them): {@code region}, {@code responsible_unit}, {@code unit_alias},
 * {@code office_region}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {"audit"})
package org.greenplan.organisation;
