package com.medvisionlab.course;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface CaseSetRepository extends ListCrudRepository<CaseSet, Long> {

    List<CaseSet> findByCourseIdOrderByPosition(long courseId);
}
