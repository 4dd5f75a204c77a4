package com.medvisionlab.course;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TeachingCaseRepository extends ListCrudRepository<TeachingCase, Long> {

    List<TeachingCase> findByCaseSetIdOrderByPosition(long caseSetId);

    long countByCaseSetId(long caseSetId);

    @Query("SELECT * FROM teaching_case WHERE state = 'PUBLISHED' AND demo = TRUE ORDER BY published_at DESC, id DESC")
    List<TeachingCase> findDemoCases();
}
