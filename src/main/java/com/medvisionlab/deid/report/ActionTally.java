package com.medvisionlab.deid.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of what was done, by attribute keyword and action label ("PatientName" -> {"pseudonym": 16}).
 * {@link #count} runs for every element of every file, so it only appends the pair to flat arrays; pairs are
 * summed into maps when tallies are merged, and sorted only when the counts are read as a map.
 */
public final class ActionTally {

    private String[] keywords = new String[32];
    private String[] actions = new String[32];
    private int[] amounts = new int[32];
    /** Pairs in the arrays, not yet summed into {@link #summed}. */
    private int pending;

    private final Map<String, Map<String, int[]>> summed = new HashMap<>();

    public void count(String keyword, String action) {
        append(keyword, action, 1);
    }

    public void addAll(ActionTally other) {
        for (int i = 0; i < other.pending; i++) {
            add(other.keywords[i], other.actions[i], other.amounts[i]);
        }
        for (Map.Entry<String, Map<String, int[]>> byKeyword : other.summed.entrySet()) {
            for (Map.Entry<String, int[]> byAction : byKeyword.getValue().entrySet()) {
                add(byKeyword.getKey(), byAction.getKey(), byAction.getValue()[0]);
            }
        }
    }

    public int countOf(String keyword, String action) {
        sumPending();
        Map<String, int[]> byAction = summed.get(keyword);
        int[] n = byAction == null ? null : byAction.get(action);
        return n == null ? 0 : n[0];
    }

    /** Keywords in order, each with its actions in order; a snapshot. */
    public Map<String, Map<String, Integer>> asMap() {
        sumPending();
        Map<String, Map<String, Integer>> sorted = new TreeMap<>();
        for (Map.Entry<String, Map<String, int[]>> byKeyword : summed.entrySet()) {
            Map<String, Integer> byAction = new TreeMap<>();
            for (Map.Entry<String, int[]> e : byKeyword.getValue().entrySet()) {
                byAction.put(e.getKey(), e.getValue()[0]);
            }
            sorted.put(byKeyword.getKey(), Collections.unmodifiableMap(byAction));
        }
        return Collections.unmodifiableMap(sorted);
    }

    public int total() {
        int total = 0;
        for (int i = 0; i < pending; i++) {
            total += amounts[i];
        }
        for (Map<String, int[]> byAction : summed.values()) {
            for (int[] n : byAction.values()) {
                total += n[0];
            }
        }
        return total;
    }

    private void append(String keyword, String action, int n) {
        if (pending == keywords.length) {
            keywords = Arrays.copyOf(keywords, pending * 2);
            actions = Arrays.copyOf(actions, pending * 2);
            amounts = Arrays.copyOf(amounts, pending * 2);
        }
        keywords[pending] = keyword;
        actions[pending] = action;
        amounts[pending] = n;
        pending++;
    }

    private void sumPending() {
        for (int i = 0; i < pending; i++) {
            add(keywords[i], actions[i], amounts[i]);
            keywords[i] = null;
            actions[i] = null;
        }
        pending = 0;
    }

    private void add(String keyword, String action, int n) {
        Map<String, int[]> byAction = summed.get(keyword);
        if (byAction == null) {
            byAction = new HashMap<>();
            summed.put(keyword, byAction);
        }
        int[] sum = byAction.get(action);
        if (sum == null) {
            byAction.put(action, new int[] {n});
        } else {
            sum[0] += n;
        }
    }
}
