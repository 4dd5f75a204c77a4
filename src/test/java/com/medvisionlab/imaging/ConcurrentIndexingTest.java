package com.medvisionlab.imaging;

import static com.medvisionlab.imaging.TestObjects.object;
import static com.medvisionlab.imaging.TestObjects.storedAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.imaging.IndexResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slices of one new series uploaded in parallel: every upload commits on its own, as in production. The rows are
 * removed afterwards because nothing rolls them back.
 */
@ImagingSliceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentIndexingTest {

    private static final int UPLOADS = 8;

    @Autowired
    ImagingIndex index;

    @Autowired
    JdbcClient jdbc;

    private final String study = "2.25." + Math.abs(UUID.randomUUID().getMostSignificantBits());

    @Test
    void parallel_uploads_of_one_new_series_create_it_once_and_count_every_slice() throws Exception {
        var start = new CountDownLatch(1);
        List<Callable<IndexResult>> uploads = new ArrayList<>();
        for (int i = 1; i <= UPLOADS; i++) {
            String sop = study + ".1." + i;
            uploads.add(() -> {
                start.await();
                return index.index(object(study, study + ".1", sop), storedAs(sop));
            });
        }
        // the same slice twice more, racing its first upload
        uploads.add(() -> {
            start.await();
            return index.index(object(study, study + ".1", study + ".1.1"), storedAs(study + ".1.1"));
        });

        List<IndexResult> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(uploads.size())) {
            List<Future<IndexResult>> futures =
                    uploads.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<IndexResult> future : futures) {
                results.add(future.get());
            }
        }

        assertThat(results).filteredOn(r -> r.outcome() == Outcome.INDEXED).hasSize(UPLOADS);
        assertThat(results)
                .filteredOn(r -> r.outcome() == Outcome.ALREADY_PRESENT)
                .hasSize(1);
        var indexed = index.study(study).orElseThrow();
        assertThat(indexed.numberOfSeries()).isEqualTo(1);
        assertThat(indexed.numberOfInstances()).isEqualTo(UPLOADS);
        assertThat(index.series(study + ".1").orElseThrow().numberOfInstances()).isEqualTo(UPLOADS);
    }

    @AfterEach
    void removeCommittedRows() {
        jdbc.sql("""
                UPDATE series SET representative_instance_id = NULL
                WHERE study_id IN (SELECT id FROM study WHERE study_instance_uid = :uid)
                """).param("uid", study).update();
        jdbc.sql("""
                DELETE FROM instance WHERE series_id IN
                    (SELECT se.id FROM series se JOIN study st ON st.id = se.study_id WHERE st.study_instance_uid = :uid)
                """).param("uid", study).update();
        jdbc.sql("DELETE FROM series WHERE study_id IN (SELECT id FROM study WHERE study_instance_uid = :uid)")
                .param("uid", study)
                .update();
        jdbc.sql("DELETE FROM study WHERE study_instance_uid = :uid")
                .param("uid", study)
                .update();
    }
}
