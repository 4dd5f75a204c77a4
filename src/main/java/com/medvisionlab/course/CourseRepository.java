package com.medvisionlab.course;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CourseRepository extends ListCrudRepository<Course, Long> {

    List<Course> findAllByOrderByTitle();

    Optional<Course> findByInviteCode(String inviteCode);

    @Query("SELECT c.* FROM course c JOIN course_student s ON s.course_id = c.id WHERE s.username = :username"
            + " ORDER BY c.title")
    List<Course> findEnrolling(String username);
}
