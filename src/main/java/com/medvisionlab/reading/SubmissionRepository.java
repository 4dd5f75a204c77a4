package com.medvisionlab.reading;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SubmissionRepository extends ListCrudRepository<Submission, Long> {

    Optional<Submission> findByCaseIdAndStudentUsername(long caseId, String studentUsername);
}
