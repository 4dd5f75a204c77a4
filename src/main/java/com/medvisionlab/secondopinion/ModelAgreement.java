package com.medvisionlab.secondopinion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Agreement with the reference over a run, per engine and model: agreeing answers among the measured ones. */
public record ModelAgreement(String engineId, String model, int agreeing, int measured) {

    /** 0..1; 0 when nothing could be measured. */
    public double rate() {
        return measured == 0 ? 0 : (double) agreeing / measured;
    }

    static List<ModelAgreement> of(List<BatchRow> rows) {
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (BatchRow row : rows) {
            int[] c = counts.computeIfAbsent(List.of(row.engineId(), row.model()), k -> new int[2]);
            switch (row.agreement()) {
                case AGREES -> {
                    c[0]++;
                    c[1]++;
                }
                case DISAGREES -> c[1]++;
                case NOT_MEASURED -> {}
            }
        }
        return counts.entrySet().stream()
                .map(e -> new ModelAgreement(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
