package com.medvisionlab.deid.report;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Counts of what was done, by attribute keyword and action label ("PatientName" -> {"pseudonym": 16}). */
public final class ActionTally {

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    public void count(String keyword, String action) {
        counts.computeIfAbsent(keyword, k -> new TreeMap<>()).merge(action, 1, Integer::sum);
    }

    public void addAll(ActionTally other) {
        other.counts.forEach((k, byAction) -> byAction.forEach((a, n) ->
                counts.computeIfAbsent(k, x -> new TreeMap<>()).merge(a, n, Integer::sum)));
    }

    public int countOf(String keyword, String action) {
        return counts.getOrDefault(keyword, Map.of()).getOrDefault(action, 0);
    }

    public Map<String, Map<String, Integer>> asMap() {
        return Collections.unmodifiableMap(counts);
    }

    public int total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
