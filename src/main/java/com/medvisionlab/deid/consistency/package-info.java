/**
 * Consistency across files and uploads: secret-keyed UID remapping, patient pseudonyms, per-patient date shifts and
 * the encrypted store of original-to-new mappings.
 */
@NullMarked
package com.medvisionlab.deid.consistency;

import org.jspecify.annotations.NullMarked;
