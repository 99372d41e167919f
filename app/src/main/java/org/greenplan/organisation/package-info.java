/**
 * Organisations: regions and the directory of responsible units (责任单位) with their aliases.
 *
 * <p>API: {@link org.greenplan.organisation.UnitDirectory}. An import resolves every printed unit
 * name through the directory; unknown names become new, unconfirmed units for the office to check.
 * Depends on no other module.
 *
 * <p>Tables (only this module writes them): {@code region}, {@code responsible_unit}, {@code unit_alias}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {})
package org.greenplan.organisation;
