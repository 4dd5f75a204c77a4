package com.medvisionlab.imaging;

import java.time.Instant;
import java.util.Optional;

/**
 * A series as the index holds it.
 *
 * @param representativeSopInstanceUid the instance its thumbnail is rendered from: the middle one by instance number
 * @param thumbnail                    the rendered thumbnail, once one was recorded
 */
public record IndexedSeries(
        String studyInstanceUid,
        SeriesAttributes attributes,
        int numberOfInstances,
        Optional<String> representativeSopInstanceUid,
        Optional<Thumbnail> thumbnail,
        Instant createdAt) {

    /** A PNG in the blob store. */
    public record Thumbnail(String blobKey, long size) {}
}
