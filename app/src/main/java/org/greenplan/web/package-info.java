/**
 * The web shell: page layout, language switching and error pages. Feature pages live in each
 * module's {@code web} sub-package; this module depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.greenplan.web;
