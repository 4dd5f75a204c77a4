package com.medvisionlab.reading;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AnnotationRepository extends ListCrudRepository<StoredAnnotation, Long> {

    @Query("SELECT * FROM annotation WHERE case_id = :caseId AND submission_id IS NULL ORDER BY position")
    List<StoredAnnotation> findInstructors(@Param("caseId") long caseId);

    @Query("SELECT * FROM annotation WHERE submission_id = :submissionId ORDER BY position")
    List<StoredAnnotation> findBySubmission(@Param("submissionId") long submissionId);

    @Modifying
    @Query("DELETE FROM annotation WHERE case_id = :caseId AND submission_id IS NULL")
    void deleteInstructors(@Param("caseId") long caseId);

    @Modifying
    @Query("DELETE FROM annotation WHERE submission_id = :submissionId")
    void deleteBySubmission(@Param("submissionId") long submissionId);
}
