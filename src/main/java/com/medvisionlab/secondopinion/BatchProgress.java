package com.medvisionlab.secondopinion;

import java.util.List;

/** How far a batch run is, counted from the queue's records. */
public record BatchProgress(int total, int finished, int answered, int failed) {

    static BatchProgress of(List<BatchRow> rows) {
        int finished = (int) rows.stream().filter(BatchRow::finished).count();
        int answered = (int) rows.stream()
                .filter(r -> r.status()
                        .filter(s -> s == OpinionRecord.OpinionStatus.ANSWERED)
                        .isPresent())
                .count();
        return new BatchProgress(rows.size(), finished, answered, finished - answered);
    }

    /** 0..1 for a progress bar; a run without questions is complete. */
    public double fraction() {
        return total == 0 ? 1 : (double) finished / total;
    }

    public boolean complete() {
        return finished == total;
    }
}
