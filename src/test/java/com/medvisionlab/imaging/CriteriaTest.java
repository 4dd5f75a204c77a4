package com.medvisionlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    @Test
    void dicom_wildcards_become_like_wildcards_and_like_specials_are_escaped() {
        assertThat(Criteria.likePattern("DOE^J*")).isEqualTo("DOE^J%");
        assertThat(Criteria.likePattern("A?C")).isEqualTo("A_C");
        assertThat(Criteria.likePattern("100%_x\\*")).isEqualTo("100\\%\\_x\\\\%");
    }

    @Test
    void values_travel_as_parameters_never_in_the_sql_text() {
        var criteria = new Criteria()
                .matches("st.patient_id", Optional.of("x' OR '1'='1"))
                .matchesFolded("st.patient_name_folded", Optional.of("O'Brien*"))
                .isAnyOf("st.study_instance_uid", List.of("1.2", "1.3"));

        assertThat(criteria.where())
                .isEqualTo(" WHERE st.patient_id = :p0 AND st.patient_name_folded LIKE :p1 ESCAPE '\\'"
                        + " AND st.study_instance_uid IN (:p2)");
        assertThat(criteria.parameters().getValue("p0")).isEqualTo("x' OR '1'='1");
        assertThat(criteria.parameters().getValue("p1")).isEqualTo("o'brien%");
        assertThat(criteria.parameters().getValue("p2")).isEqualTo(List.of("1.2", "1.3"));
    }

    @Test
    void absent_keys_and_a_lone_asterisk_add_no_condition() {
        var criteria = new Criteria()
                .matches("st.patient_id", Optional.empty())
                .matches("st.accession_number", Optional.of("*"))
                .isAnyOf("st.study_instance_uid", List.of());

        assertThat(criteria.where()).isEmpty();
    }
}
