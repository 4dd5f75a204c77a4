package com.medvisionlab.deid.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ActionTallyTest {

    private static final String[] KEYWORDS = {
        "PatientName", "PatientID", "StudyDate", "private GEMS_IDEN_01", "(0009,1001)", "SOPInstanceUID"
    };
    private static final String[] ACTIONS = {"removed", "kept", "uid remapped", "date shifted", "cleaned"};

    @Test
    void merged_file_tallies_report_the_same_sorted_counts_as_counting_everything_in_nested_sorted_maps() {
        Random random = new Random(7);
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        ActionTally run = new ActionTally();
        int total = 0;
        for (int file = 0; file < 40; file++) {
            ActionTally perFile = new ActionTally();
            int elements = random.nextInt(80); // past the initial capacity now and then
            for (int e = 0; e < elements; e++) {
                // new String instances: equal keywords need not be the same object
                String keyword = new String(KEYWORDS[random.nextInt(KEYWORDS.length)]);
                String action = ACTIONS[random.nextInt(ACTIONS.length)];
                perFile.count(keyword, action);
                expected.computeIfAbsent(keyword, k -> new TreeMap<>()).merge(action, 1, Integer::sum);
                total++;
            }
            if (file % 3 == 0) {
                perFile.asMap(); // reading a file's tally before merging must not lose or double its counts
            }
            run.addAll(perFile);
        }
        assertThat(run.asMap()).isEqualTo(expected);
        assertThat(new ArrayList<>(run.asMap().keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        for (Map.Entry<String, Map<String, Integer>> e : run.asMap().entrySet()) {
            assertThat(List.copyOf(e.getValue().keySet()))
                    .isEqualTo(List.copyOf(expected.get(e.getKey()).keySet()));
        }
        assertThat(run.total()).isEqualTo(total);
        assertThat(run.countOf("PatientName", "removed"))
                .isEqualTo(expected.getOrDefault("PatientName", Map.of()).getOrDefault("removed", 0));
        assertThat(run.countOf("NoSuchKeyword", "removed")).isZero();
    }

    @Test
    void counts_are_readable_before_and_after_more_counting() {
        ActionTally tally = new ActionTally();
        tally.count("PatientName", "pseudonymized");
        assertThat(tally.countOf("PatientName", "pseudonymized")).isEqualTo(1);
        tally.count("PatientName", "pseudonymized");
        tally.count("PatientID", "pseudonymized");
        assertThat(tally.countOf("PatientName", "pseudonymized")).isEqualTo(2);
        assertThat(tally.total()).isEqualTo(3);
        assertThat(tally.asMap())
                .isEqualTo(Map.of("PatientID", Map.of("pseudonymized", 1), "PatientName", Map.of("pseudonymized", 2)));
    }
}
