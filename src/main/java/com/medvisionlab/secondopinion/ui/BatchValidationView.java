package com.medvisionlab.secondopinion.ui;

import com.medvisionlab.course.CaseSetView;
import com.medvisionlab.course.CourseException;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.CourseView;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexedSeries;
import com.medvisionlab.imaging.IndexedStudy;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.imaging.SeriesQuery;
import com.medvisionlab.imaging.StudyQuery;
import com.medvisionlab.secondopinion.BatchException;
import com.medvisionlab.secondopinion.BatchRow;
import com.medvisionlab.secondopinion.BatchRun;
import com.medvisionlab.secondopinion.BatchSource;
import com.medvisionlab.secondopinion.BatchValidation;
import com.medvisionlab.secondopinion.EngineDescriptor;
import com.medvisionlab.secondopinion.ModelAgreement;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Batch validation: choose an engine and a case set (or a series already in the library), run it through the queue,
 * follow the progress (polled from the queue's records), read the answers and their agreement with the reference,
 * export CSV.
 */
@Route("ai/batch")
@Menu(order = 72, title = "nav.ai-batch", icon = "vaadin:tasks")
@RolesAllowed(Permission.Names.AUTHOR_CASES)
final class BatchValidationView extends VerticalLayout implements HasDynamicTitle {

    /** How often a running batch's progress is read again. */
    static final int POLL_MILLIS = 2000;

    enum SourceKind {
        CASE_SET,
        SERIES
    }

    private final BatchValidation batches;
    private final ImagingIndex index;
    private final Select<EngineDescriptor> engine = new Select<>();
    private final RadioButtonGroup<SourceKind> kind = new RadioButtonGroup<>();
    private final Select<CourseView> course = new Select<>();
    private final Select<CaseSetView> caseSet = new Select<>();
    private final Select<IndexedStudy> study = new Select<>();
    private final Select<IndexedSeries> series = new Select<>();
    private final Select<BatchRun> runs = new Select<>();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Grid<BatchRow> grid = new Grid<>();
    private final Div agreement = new Div();
    private final Anchor csv;
    private @Nullable Registration polling;

    BatchValidationView(BatchValidation batches, CourseService courses, ImagingIndex index) {
        this.batches = batches;
        this.index = index;
        var heading = new H2(getTranslation("ai.batch.heading"));
        heading.setId("batch-heading");

        var engines = batches.engines();
        engine.setId("batch-engine");
        engine.setLabel(getTranslation("ai.batch.engine"));
        engine.setItems(engines);
        engine.setItemLabelGenerator(e -> e.id() + " (" + e.model() + ")");
        var noEngine = new Paragraph(getTranslation("ai.batch.no-engine"));
        noEngine.setId("batch-no-engine");
        noEngine.setVisible(engines.isEmpty());

        kind.setId("batch-source-kind");
        kind.setLabel(getTranslation("ai.batch.source"));
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("ai.batch.source." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(SourceKind.CASE_SET);
        course.setId("batch-course");
        course.setLabel(getTranslation("ai.batch.course"));
        course.setItemLabelGenerator(CourseView::title);
        course.setItems(courses.courses(""));
        course.addValueChangeListener(e -> caseSet.setItems(
                e.getValue() == null ? List.of() : courses.caseSets(e.getValue().id(), "")));
        caseSet.setId("batch-case-set");
        caseSet.setLabel(getTranslation("ai.batch.case-set"));
        caseSet.setItemLabelGenerator(CaseSetView::title);
        study.setId("batch-study");
        study.setLabel(getTranslation("ai.batch.study"));
        study.setItemLabelGenerator(this::studyLabel);
        study.addValueChangeListener(e -> series.setItems(e.getValue() == null ? List.of() : seriesOf(e.getValue())));
        series.setId("batch-series");
        series.setLabel(getTranslation("ai.batch.series"));
        series.setItemLabelGenerator(this::seriesLabel);
        var caseSetChoice = new HorizontalLayout(course, caseSet);
        var seriesChoice = new HorizontalLayout(study, series);
        seriesChoice.setVisible(false);
        kind.addValueChangeListener(e -> {
            caseSetChoice.setVisible(e.getValue() == SourceKind.CASE_SET);
            seriesChoice.setVisible(e.getValue() == SourceKind.SERIES);
            if (e.getValue() == SourceKind.SERIES && study.getListDataView().getItemCount() == 0) {
                study.setItems(
                        index.findStudies(StudyQuery.builder(Page.first(200)).build())
                                .items());
            }
        });
        var start = new Button(getTranslation("ai.batch.start"), e -> start());
        start.setId("batch-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(!engines.isEmpty());

        runs.setId("batch-runs");
        runs.setLabel(getTranslation("ai.batch.runs"));
        runs.setItemLabelGenerator(r -> getTranslation(
                "ai.batch.run-label", r.id(), r.sourceLabel(), r.engineId(), AiTexts.time(this, r.startedAt())));
        runs.setItems(batches.runs());
        runs.addValueChangeListener(e -> refresh());

        progressBar.setId("batch-progress");
        progressText.setId("batch-progress-text");
        grid.setId("batch-grid");
        grid.addColumn(BatchRow::label)
                .setHeader(getTranslation("ai.batch.column.case"))
                .setAutoWidth(true);
        grid.addColumn(BatchRow::model)
                .setHeader(getTranslation("ai.batch.column.model"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.promptVersion() == null ? "" : r.promptVersion().toString())
                .setHeader(getTranslation("ai.batch.column.prompt-version"));
        grid.addColumn(this::status).setHeader(getTranslation("ai.batch.column.status"));
        grid.addColumn(r -> r.latencyMs() == null ? "" : getTranslation("ai.batch.latency", r.latencyMs() / 1000.0))
                .setHeader(getTranslation("ai.batch.column.latency"));
        grid.addColumn(BatchRow::answer)
                .setHeader(getTranslation("ai.batch.column.answer"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.reference().diagnosis()).setHeader(getTranslation("ai.batch.column.reference"));
        grid.addColumn(r -> getTranslation(
                        "ai.batch.agreement." + r.agreement().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("ai.batch.column.agreement"));
        agreement.setId("batch-agreement");
        csv = new Anchor((DownloadHandler) this::download, getTranslation("ai.batch.export"));
        csv.setId("batch-export");
        csv.setEnabled(false);

        add(
                heading,
                new Paragraph(getTranslation("ai.batch.intro")),
                noEngine,
                engine,
                kind,
                caseSetChoice,
                seriesChoice,
                start,
                new H3(getTranslation("ai.batch.results")),
                runs,
                progressBar,
                progressText,
                agreement,
                csv,
                grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ai.batch.heading");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    private void start() {
        var chosen = engine.getValue();
        if (chosen == null) {
            refused("ai.batch.error.choose-engine");
            return;
        }
        BatchSource source;
        if (kind.getValue() == SourceKind.SERIES) {
            var picked = series.getValue();
            if (picked == null) {
                refused("ai.batch.error.choose-series");
                return;
            }
            source = new BatchSource.Series(picked.attributes().seriesInstanceUid(), seriesLabel(picked));
        } else {
            var picked = caseSet.getValue();
            if (picked == null) {
                refused("ai.batch.error.choose-case-set");
                return;
            }
            source = new BatchSource.CaseSet(picked.id(), picked.title());
        }
        try {
            long id = batches.start(chosen.id(), source, getLocale());
            var all = batches.runs();
            runs.setItems(all);
            all.stream().filter(r -> r.id() == id).findFirst().ifPresent(runs::setValue);
        } catch (BatchException e) {
            refused(e.messageKey(), e.arguments());
        } catch (CourseException e) {
            refused(e.messageKey(), e.arguments());
        }
    }

    /** Reads the chosen run again: progress bar, agreement per model, the grid. */
    void refresh() {
        var run = runs.getValue();
        csv.setEnabled(run != null);
        if (run == null) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            progressBar.setValue(0);
            progressText.setText(getTranslation("ai.batch.none-chosen"));
            grid.setItems(List.of());
            agreement.removeAll();
            return;
        }
        var rows = batches.rows(run.id());
        int finished = (int) rows.stream().filter(BatchRow::finished).count();
        int answered = (int)
                rows.stream().filter(r -> "ANSWERED".equals(r.statusCode())).count();
        progressBar.setValue(rows.isEmpty() ? 1 : (double) finished / rows.size());
        // poll only while something is still running
        getUI().ifPresent(ui -> ui.setPollInterval(finished < rows.size() ? POLL_MILLIS : -1));
        progressText.setText(getTranslation("ai.batch.progress", finished, rows.size(), answered, finished - answered));
        grid.setItems(rows);
        agreement.removeAll();
        for (ModelAgreement m : BatchValidation.agreement(rows)) {
            var line = new Paragraph(
                    m.measured() == 0
                            ? getTranslation("ai.batch.agreement-none", m.engineId(), m.model())
                            : getTranslation(
                                    "ai.batch.agreement-summary",
                                    m.engineId(),
                                    m.model(),
                                    m.agreeing(),
                                    m.measured(),
                                    Math.round(m.rate() * 100)));
            agreement.add(line);
        }
    }

    private String status(BatchRow row) {
        if (row.problem() != null) {
            return getTranslation("ai.batch.status.not_asked") + ": " + getTranslation(row.problem());
        }
        return getTranslation("ai.batch.status." + row.statusCode().toLowerCase(Locale.ROOT));
    }

    private List<IndexedSeries> seriesOf(IndexedStudy chosen) {
        return index.findSeries(SeriesQuery.builder(Page.first(200))
                        .studyInstanceUids(List.of(chosen.attributes().studyInstanceUid()))
                        .build())
                .items();
    }

    private String studyLabel(IndexedStudy s) {
        return getTranslation(
                "ai.batch.study-label",
                s.attributes().studyDescription().orElse(getTranslation("ai.batch.untitled")),
                String.join("/", s.modalitiesInStudy()),
                s.numberOfInstances());
    }

    private String seriesLabel(IndexedSeries s) {
        return getTranslation(
                "ai.batch.series-label",
                s.attributes().modality().orElse("?"),
                s.attributes().seriesDescription().orElse(getTranslation("ai.batch.untitled")),
                s.numberOfInstances());
    }

    private void refused(String key, Object... arguments) {
        Notification.show(getTranslation(key, arguments)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs in the download request (the user's security context), without the UI lock. */
    private void download(DownloadEvent event) throws IOException {
        var run = runs.getValue();
        if (run == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(BatchValidation.csvFileName(run.id()));
        event.setContentType("text/csv; charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            batches.exportCsv(run.id(), out);
        }
    }
}
