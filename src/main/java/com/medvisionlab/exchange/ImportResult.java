package com.medvisionlab.exchange;

import java.util.List;

/**
 * What an import did.
 *
 * @param caseSetId       the recreated (draft) case set, or the one an earlier import of the same archive created
 * @param alreadyImported true when this archive had been imported into this course before: nothing was done
 * @param cases           cases in the case set
 * @param objects         objects taken in (stored now or found already stored)
 * @param quarantined     entry names of objects that await a redaction review; cases do not link them yet
 */
public record ImportResult(long caseSetId, boolean alreadyImported, int cases, int objects, List<String> quarantined) {

    public ImportResult {
        quarantined = List.copyOf(quarantined);
    }
}
