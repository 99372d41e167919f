/** How the plan module reads and writes its tables; no other module may use these classes. */
package org.greenplan.plan.internal;
