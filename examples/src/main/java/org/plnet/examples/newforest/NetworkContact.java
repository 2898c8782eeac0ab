package org.plnet.examples.newforest;

/** Whether a school's network members have ties with other schools' members. */
enum NetworkContact {
    /** They meet and consult other schools' members (more so in the second wave). */
    CONNECTED,
    /** They neither name nor are named by any other school's member, in any wave or relation. */
    CUT_OFF
}
