package com.medvisionlab.deid;

/**
 * What happens to free text that the table does not list, inside a sequence the table cleans or replaces
 * (e.g. SR Content Sequence). Ordered by strength; nested sequences use the stronger of their own and the
 * enclosing policy.
 */
enum TextPolicy {
    /** Outside such sequences: unlisted attributes are kept, as the Basic Profile allows. */
    KEEP,
    /** Inside a sequence with a C action: identifying words are cut out of the text. */
    CLEAN,
    /** Inside a sequence with a D action (no clean option chosen): text is replaced by a dummy. */
    DUMMY;

    TextPolicy strongest(TextPolicy other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
