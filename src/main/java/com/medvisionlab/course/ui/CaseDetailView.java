package com.medvisionlab.course.ui;

import com.medvisionlab.course.CaseReading;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexedSeries;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.imaging.SeriesQuery;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * Reading one case: history and, when the reading mode allows, the reference, all Markdown sanitised; the linked
 * series as a list (the image viewer comes later). Open to anyone the case is visible to; everyone else gets 403.
 */
@Route("case")
@AnonymousAllowed
final class CaseDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseService cases;
    private final ImagingIndex index;
    private String title = "";

    CaseDetailView(CaseService cases, ImagingIndex index) {
        this.cases = cases;
        this.index = index;
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        removeAll();
        var reading = cases.read(caseId);
        if (reading.isEmpty()) {
            // the same answer for "not allowed" and "does not exist", so case ids cannot be probed
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        show(reading.get());
    }

    private void show(CaseReading reading) {
        var c = reading.teachingCase().content();
        title = c.title();
        var heading = new H2(c.title());
        heading.setId("case-title-heading");
        var patient = new Paragraph(getTranslation(
                "case-detail.patient",
                c.patientAge() == null ? "-" : c.patientAge(),
                c.patientSex() == null
                        ? "-"
                        : getTranslation("sex." + c.patientSex().name()),
                getTranslation("difficulty." + c.difficulty().name())));
        var history = CaseEditorView.markdown(c.clinicalHistory());
        history.setId("clinical-history-html");
        add(
                heading,
                patient,
                new H3(getTranslation("case.clinical-history")),
                history,
                series(c.studyInstanceUid(), c.seriesInstanceUids()));
        if (!c.suggestedQuestions().isEmpty()) {
            add(new H3(getTranslation("case.questions")), list(c.suggestedQuestions()));
        }
        if (reading.referenceShown()) {
            var reference = new Div(
                    new H3(getTranslation("case.reference")),
                    list(c.findings().stream()
                            .map(f -> f.location().isEmpty() ? f.finding() : f.finding() + " — " + f.location())
                            .toList()),
                    new Paragraph(getTranslation("case-detail.impression", c.impression())),
                    new Paragraph(getTranslation("case-detail.diagnosis", c.diagnosis())),
                    new H3(getTranslation("case.teaching-points")),
                    CaseEditorView.markdown(c.teachingPoints()));
            reference.setId("reference");
            add(reference);
        } else {
            var hidden = new Paragraph(getTranslation("case-detail.reference-hidden"));
            hidden.setId("reference-hidden");
            add(hidden);
        }
    }

    /** The linked series (or all of the study's), until the viewer shows the images themselves. */
    private Div series(String studyUid, List<String> chosen) {
        var box = new Div(new H3(getTranslation("case.series")));
        box.setId("linked-series");
        if (studyUid == null) {
            box.add(new Paragraph(getTranslation("case.no-study")));
            return box;
        }
        var query = SeriesQuery.builder(Page.first(Page.MAX_LIMIT)).studyInstanceUids(List.of(studyUid));
        if (!chosen.isEmpty()) {
            query.seriesInstanceUids(chosen);
        }
        var list = new UnorderedList();
        index.findSeries(query.build()).items().forEach(s -> list.add(new ListItem(new Span(label(s)))));
        box.add(list);
        return box;
    }

    private String label(IndexedSeries s) {
        var a = s.attributes();
        return String.join(
                " ",
                a.modality().orElse(""),
                a.seriesDescription().orElse(""),
                "(" + getTranslation("case.series.images", s.numberOfInstances()) + ")");
    }

    private static UnorderedList list(List<String> items) {
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("case-detail.title") : title;
    }
}
