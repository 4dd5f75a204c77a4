package com.medvisionlab.imaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A study as the index holds it.
 *
 * @param modalitiesInStudy distinct modalities of its series, sorted
 * @param collectionId      the case/course it belongs to, once assigned
 */
public record IndexedStudy(
        StudyAttributes attributes,
        List<String> modalitiesInStudy,
        int numberOfSeries,
        int numberOfInstances,
        Optional<Long> collectionId,
        Instant createdAt) {

    public IndexedStudy {
        modalitiesInStudy = List.copyOf(modalitiesInStudy);
    }
}
