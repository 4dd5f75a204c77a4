package com.medvisionlab.course.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.BundleTranslations;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.CourseRefusals;
import com.medvisionlab.course.PublicationResult;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.course.ReferenceFinding;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.QueryResult;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CaseEditorViewTest extends ViewTest {

    private static final long CASE = 7;

    private final CaseService cases = mock(CaseService.class);
    private final ImagingIndex index = mock(ImagingIndex.class);

    @BeforeEach
    void aDraftCase() {
        when(index.findStudies(any())).thenReturn(new QueryResult<>(List.of(), 0));
        when(index.findSeries(any())).thenReturn(new QueryResult<>(List.of(), 0));
        when(cases.caseForEditing(CASE))
                .thenReturn(new CaseView(
                        CASE, 3, 0, CaseContent.titled("Pneumothorax"), PublicationState.DRAFT, false, Instant.EPOCH));
    }

    private CaseEditorView editor(SupportedLanguage language) {
        var view = show(language, () -> new CaseEditorView(cases, index));
        view.setParameter(mock(BeforeEvent.class), CASE);
        return view;
    }

    @Test
    void findings_typed_as_lines_are_saved_as_structured_findings() {
        var view = editor(SupportedLanguage.ENGLISH);
        test(find(TextArea.class, view).withId("findings").single())
                .setValue("Absent lung markings | left hemithorax | 1.2.3\nMediastinal shift\n\n");

        test(find(Button.class, view).withId("save-case").single()).click();

        var saved = ArgumentCaptor.forClass(CaseContent.class);
        verify(cases).updateCase(eq(CASE), saved.capture());
        assertThat(saved.getValue().findings())
                .containsExactly(
                        new ReferenceFinding("Absent lung markings", "left hemithorax", "1.2.3"),
                        new ReferenceFinding("Mediastinal shift", "", null));
    }

    @Test
    void a_refused_publication_says_how_many_images_wait_for_review_in_chinese() {
        when(cases.publish(CASE)).thenReturn(new PublicationResult(false, List.of("1.2.3", "1.2.4")));
        var view = editor(SupportedLanguage.SIMPLIFIED_CHINESE);

        test(find(Button.class, view).withId("case-publication").single()).click();

        var expected = new BundleTranslations()
                .getTranslation("case.publish.refused", SupportedLanguage.SIMPLIFIED_CHINESE.locale(), 2);
        assertThat(expected).contains("2").contains("脱敏审核");
        assertThat(test($(Notification.class).single()).getText()).isEqualTo(expected);
    }

    @Test
    void a_case_that_cannot_be_saved_is_not_published() {
        when(cases.publish(anyLong())).thenReturn(new PublicationResult(true, List.of()));
        org.mockito.Mockito.doThrow(CourseRefusals.of("course.error.title-required"))
                .when(cases)
                .updateCase(eq(CASE), any());
        var view = editor(SupportedLanguage.ENGLISH);

        test(find(Button.class, view).withId("case-publication").single()).click();

        verify(cases, never()).publish(anyLong());
        assertThat(test($(Notification.class).single()).getText()).isEqualTo("Please enter a title.");
    }

    @Test
    void the_preview_shows_markdown_without_scripts() {
        var view = editor(SupportedLanguage.ENGLISH);
        test(find(TextArea.class, view).withId("clinical-history").single())
                .setValue("**Sudden** onset <script>alert(1)</script><img src=x onerror=alert(1)>");

        test(find(Button.class, view).withId("show-preview").single()).click();

        var preview = find(Div.class, view).withId("preview").single();
        var html = find(Html.class, preview).all().getFirst().getInnerHtml();
        assertThat(html)
                .contains("<strong>Sudden</strong>")
                .doesNotContain("<script")
                .doesNotContain("<img");
    }
}
