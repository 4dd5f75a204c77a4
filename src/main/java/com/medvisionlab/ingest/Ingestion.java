package com.medvisionlab.ingest;

/**
 * Takes one incoming file into the portal: de-identify in memory, store encrypted, index. Never throws for bad
 * input: a file that cannot be taken is {@link IngestOutcome.Rejected} with a reason the caller shows in the user's
 * language, and nothing of it is stored. Thread-safe; re-ingesting the same object is
 * {@link IngestOutcome.AlreadyPresent}.
 */
public interface Ingestion {

    IngestOutcome ingest(IncomingFile file, IngestSettings settings);
}
