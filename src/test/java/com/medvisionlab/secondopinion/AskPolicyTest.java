package com.medvisionlab.secondopinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may ask about a case: whoever may read it (the default policy); nobody else gets as far as the queue. */
@SpringBootTest
class AskPolicyTest {

    @Autowired
    CaseQuestions questions;

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    @Autowired
    TestUsers testUsers;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Signed in for this context's method security (its own holder strategy) and for the static holder alike. */
    private void signInAs(String username, Role role) {
        Questions.signInAs(username, role);
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(own -> own.getContext()
                        .setAuthentication(SecurityContextHolder.getContext().getAuthentication()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(org.springframework.security.core.context.SecurityContextHolderStrategy::clearContext);
    }

    @Test
    void an_author_may_ask_about_a_draft_case_and_a_student_who_cannot_read_it_may_not() {
        signInAs(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        long course = courses.createCourse("AI policy", "");
        long caseSet = courses.addCaseSet(course, CaseSetDraft.titled("Week 1"));
        long caseId = cases.createCase(caseSet, CaseContent.titled("Draft case"));

        assertThat(questions.refusal(caseId)).isEmpty();

        signInAs(testUsers.create(Role.STUDENT), Role.STUDENT);
        assertThat(questions.refusal(caseId)).contains("opinion.refused.case-not-readable");
        assertThatThrownBy(() -> questions.forCase(caseId, "medgemma", Locale.ENGLISH))
                .isInstanceOf(OpinionException.class)
                .extracting(e -> ((OpinionException) e).messageKey())
                .isEqualTo("opinion.refused.case-not-readable");
    }
}
