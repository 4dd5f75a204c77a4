package com.medvisionlab.secondopinion.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.course.CaseSetView;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.CourseView;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.course.ReadingMode;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.secondopinion.AgreementMeasure.Agreement;
import com.medvisionlab.secondopinion.AgreementMeasure.Reference;
import com.medvisionlab.secondopinion.BatchRow;
import com.medvisionlab.secondopinion.BatchRun;
import com.medvisionlab.secondopinion.BatchSource;
import com.medvisionlab.secondopinion.BatchValidation;
import com.medvisionlab.secondopinion.EngineDescriptor;
import com.medvisionlab.secondopinion.EngineDescriptor.EngineKind;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchValidationViewTest extends ViewTest {

    private final BatchValidation batches = mock(BatchValidation.class);
    private final CourseService courses = mock(CourseService.class);
    private final ImagingIndex index = mock(ImagingIndex.class);
    private final EngineDescriptor medgemma =
            new EngineDescriptor("medgemma", EngineKind.VISION_LANGUAGE, "google/medgemma-4b-it", "", 896, 8);
    private final CourseView course = new CourseView(7, "Thorax", "", List.of("ann"), List.of(), "CODE");
    private final CaseSetView set =
            new CaseSetView(3, 7, 0, "Nodules", "", null, null, ReadingMode.OPEN, PublicationState.DRAFT, 2);
    private final BatchRun run = new BatchRun(11, "medgemma", "Nodules", 2, "ann", Instant.EPOCH);

    @Test
    void a_case_set_run_is_started_and_its_progress_answers_and_agreement_are_shown_in_chinese() {
        when(batches.engines()).thenReturn(List.of(medgemma));
        when(courses.courses("")).thenReturn(List.of(course));
        when(courses.caseSets(7, "")).thenReturn(List.of(set));
        when(batches.start(eq("medgemma"), any(), any())).thenReturn(11L);
        when(batches.runs()).thenReturn(List.of()).thenReturn(List.of(run));
        when(batches.rows(11))
                .thenReturn(List.of(
                        row(0, "Case A", Optional.of(OpinionStatus.ANSWERED), "Nodule", Agreement.AGREES),
                        row(1, "Case B", Optional.of(OpinionStatus.RUNNING), "", Agreement.NOT_MEASURED)));

        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, () -> new BatchValidationView(batches, courses, index));

        assertThat(find(H2.class, view).withId("batch-heading").single().getText())
                .isEqualTo("AI 批量验证");
        assertThat(view.getChildren().filter(c -> c.getId().equals(Optional.of("batch-no-engine"))))
                .singleElement()
                .satisfies(notice -> assertThat(notice.isVisible()).isFalse());
        select(view, "batch-engine", medgemma);
        select(view, "batch-course", course);
        select(view, "batch-case-set", set);
        test(find(Button.class, view).withId("batch-start").single()).click();

        verify(batches).start("medgemma", new BatchSource.CaseSet(3, "Nodules"), Locale.SIMPLIFIED_CHINESE);
        assertThat(find(ProgressBar.class, view)
                        .withId("batch-progress")
                        .single()
                        .getValue())
                .isEqualTo(0.5);
        assertThat(find(Span.class, view).withId("batch-progress-text").single().getText())
                .isEqualTo("已完成 1/2：1 个已回答，0 个失败或未提问");
        @SuppressWarnings("unchecked")
        Grid<BatchRow> grid = find(Grid.class, view).withId("batch-grid").single();
        assertThat(grid.getListDataView().getItems())
                .extracting(BatchRow::label)
                .containsExactly("Case A", "Case B");
        assertThat(find(Div.class, view)
                        .withId("batch-agreement")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("medgemma（google/medgemma-4b-it）：1 个回答中有 1 个与参考诊断一致（100%）");
        assertThat(find(Anchor.class, view).withId("batch-export").single().isEnabled())
                .isTrue();
    }

    @Test
    void without_engines_the_page_says_so_and_cannot_start() {
        when(batches.engines()).thenReturn(List.of());
        when(batches.runs()).thenReturn(List.of());

        var view = show(SupportedLanguage.ENGLISH, () -> new BatchValidationView(batches, courses, index));

        assertThat(find(Paragraph.class, view)
                        .withId("batch-no-engine")
                        .single()
                        .getText())
                .isEqualTo("No AI engine is configured. See models/README.md.");
        assertThat(find(Button.class, view).withId("batch-start").single().isEnabled())
                .isFalse();
        assertThat(find(Anchor.class, view).withId("batch-export").single().isEnabled())
                .isFalse();
    }

    @SuppressWarnings("unchecked")
    private <T> void select(com.vaadin.flow.component.Component view, String id, T value) {
        Select<T> select = find(Select.class, view).withId(id).single();
        select.setValue(value);
    }

    private static BatchRow row(
            int position, String label, Optional<OpinionStatus> status, String answer, Agreement agreement) {
        return new BatchRow(
                position,
                (long) position,
                label,
                "medgemma",
                "google/medgemma-4b-it",
                1,
                status,
                null,
                status.filter(OpinionStatus::finished).map(s -> 3200L).orElse(null),
                answer,
                new Reference("Nodule", List.of()),
                agreement);
    }
}
