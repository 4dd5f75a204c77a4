package com.medvisionlab.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.course.CaseSetView;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.CourseView;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.course.ReadingMode;
import com.medvisionlab.exchange.CaseSetExchange;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseSetExchangeViewTest extends ViewTest {

    private final CourseService courses = mock(CourseService.class);
    private final CaseSetExchange exchange = mock(CaseSetExchange.class);
    private final CourseView course = new CourseView(7, "Thorax", "", List.of("ann"), List.of(), "CODE");
    private final CaseSetView set =
            new CaseSetView(3, 7, 0, "Nodules", "", null, null, ReadingMode.OPEN, PublicationState.DRAFT, 2);

    @Test
    void choosing_a_course_and_case_set_enables_the_export_in_chinese() {
        when(courses.courses("")).thenReturn(List.of(course));
        when(courses.caseSets(7, "")).thenReturn(List.of(set));

        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, () -> new CaseSetExchangeView(exchange, courses));

        assertThat(find(H2.class, view).withId("exchange-heading").single().getText())
                .isEqualTo("导出和导入病例集");
        Anchor export = find(Anchor.class, view).withId("exchange-export").single();
        assertThat(export.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        Select<CourseView> courseSelect =
                find(Select.class, view).withId("exchange-course").single();
        courseSelect.setValue(course);
        @SuppressWarnings("unchecked")
        Select<CaseSetView> setSelect =
                find(Select.class, view).withId("exchange-case-set").single();
        assertThat(setSelect.getListDataView().getItems()).containsExactly(set);
        setSelect.setValue(set);
        assertThat(export.isEnabled()).isTrue();
        assertThat(export.getText()).isEqualTo("导出为 zip");
    }
}
