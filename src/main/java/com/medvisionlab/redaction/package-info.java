/**
 * Redaction review: quarantined objects wait here until a researcher has drawn redaction boxes and the
 * verification passes; images whose pixels had text are confirmed here before a case showing them is published.
 * Ingest hands objects in through {@link com.medvisionlab.redaction.QuarantineInbox}; authoring asks
 * {@link com.medvisionlab.redaction.PublicationCheck} before publishing.
 */
@NullMarked
package com.medvisionlab.redaction;

import org.jspecify.annotations.NullMarked;
