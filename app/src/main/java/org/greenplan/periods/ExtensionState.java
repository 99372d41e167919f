package org.greenplan.periods;

/** Where an extension request (延期申请) stands: filed, granted with a new date, or refused with a reason. */
public enum ExtensionState {
    REQUESTED,
    GRANTED,
    REFUSED
}
