package com.medvisionlab.course.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetView;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.CourseRefusals;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.EnrolledCourse;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.course.ReadingMode;
import com.medvisionlab.viewer.ui.ViewerWarmUp;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MyCoursesViewTest extends ViewTest {

    private final CourseService courses = mock(CourseService.class);
    private final CaseService cases = mock(CaseService.class);

    @Test
    void joining_with_an_invite_code_lists_the_courses_published_cases() {
        var course = new EnrolledCourse(1, "Chest", "", List.of("dr-a"));
        when(courses.myCourses("")).thenReturn(List.of(), List.of(course));
        when(courses.join("abcd-efgh")).thenReturn(course);
        when(cases.readableCaseSets(1))
                .thenReturn(List.of(new CaseSetView(
                        2, 1, 0, "Week 1", "", null, null, ReadingMode.OPEN, PublicationState.PUBLISHED, 1)));
        when(cases.readableCases(anyLong(), any()))
                .thenReturn(List.of(new CaseView(
                        9,
                        2,
                        0,
                        CaseContent.titled("Pneumothorax"),
                        PublicationState.PUBLISHED,
                        false,
                        Instant.EPOCH)));
        var view = show(SupportedLanguage.ENGLISH, () -> new MyCoursesView(courses, cases));

        test(find(TextField.class, view).withId("invite-code-input").single()).setValue("abcd-efgh");
        test(find(Button.class, view).withId("join-course").single()).click();

        assertThat(find(Button.class, view).withId("case-link-9").single().getText())
                .isEqualTo("Pneumothorax");
        // the viewer's code loads while the list is read, so opening the case does not wait for it
        assertThat(find(ViewerWarmUp.class, view).all()).hasSize(1);
    }

    @Test
    void an_unknown_invite_code_is_explained_in_chinese() {
        when(courses.myCourses("")).thenReturn(List.of());
        when(courses.join("nope")).thenThrow(CourseRefusals.of("course.error.invite-code-unknown"));
        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, () -> new MyCoursesView(courses, cases));

        test(find(TextField.class, view).withId("invite-code-input").single()).setValue("nope");
        test(find(Button.class, view).withId("join-course").single()).click();

        assertThat(test($(Notification.class).single()).getText()).isEqualTo("没有课程使用此邀请码，请向教师核对。");
    }
}
