/**
 * The web shell: page layout, language switching and error pages. Feature pages live in each
 * module's {@code web} sub-package; this module depends on none of them and none depends on it.
 *
 * <p>Tables (written by Spring Session, not by our code): {@code spring_session},
 * {@code spring_session_attributes}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web",
        allowedDependencies = {})
package org.greenplan.web;
