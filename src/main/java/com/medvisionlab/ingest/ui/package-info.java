/**
 * The upload page: files, many at once, zips and folders, streamed into memory within the upload limits, each taken
 * through {@link com.medvisionlab.ingest.Ingestion}, with a summary of what became of every file.
 */
@NullMarked
package com.medvisionlab.ingest.ui;

import org.jspecify.annotations.NullMarked;
