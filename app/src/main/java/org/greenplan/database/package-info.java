/**
 * Database infrastructure: the embedded PostgreSQL used when no external server is configured.
 * Schema is owned by Flyway migrations in {@code db/migration}; each table belongs to the module whose
 * package documentation lists it, and only that module writes it.
 *
 * <p>Depends on no other module. Tables: none.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
package org.greenplan.database;
