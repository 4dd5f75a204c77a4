package com.medvisionlab.deid.profile;

/** What the engine does to one element after the table, the options and the combined-code rule are applied. */
public enum Treatment {
    REMOVE,
    EMPTY,
    DUMMY,
    KEEP,
    CLEAN,
    REMAP_UID
}
