/** The close-out module's JDBC reads and writes of {@code closeout_request} and {@code closeout_evidence}. */
package org.greenplan.closeout.internal;
