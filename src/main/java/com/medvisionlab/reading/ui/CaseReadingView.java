package com.medvisionlab.reading.ui;

import com.medvisionlab.course.CaseText;
import com.medvisionlab.reading.OpenedCase;
import com.medvisionlab.reading.ReadingRole;
import com.medvisionlab.reading.ReadingService;
import com.medvisionlab.secondopinion.ui.SecondOpinionPanel;
import com.medvisionlab.security.Permission;
import com.medvisionlab.viewer.ui.DicomViewer;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Reading one case: its images in the viewer with the annotations the reader may see, the history, and, when the
 * reading mode allows, the reference (Markdown sanitised). Open to anyone the case is visible to; everyone else gets
 * 403, the same as for a case that does not exist.
 */
@Route("case")
@AnonymousAllowed
final class CaseReadingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReadingService reading;
    private final ObjectProvider<SecondOpinionPanel> opinionPanels;
    private final AuthenticationContext authentication;
    private String title = "";

    CaseReadingView(
            ReadingService reading,
            ObjectProvider<SecondOpinionPanel> opinionPanels,
            AuthenticationContext authentication) {
        this.reading = reading;
        this.opinionPanels = opinionPanels;
        this.authentication = authentication;
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        removeAll();
        var opened = reading.open(caseId);
        if (opened.isEmpty()) {
            // the same answer for "not allowed" and "does not exist", so case ids cannot be probed
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        show(opened.get());
    }

    private void show(OpenedCase opened) {
        var c = opened.reading().teachingCase().content();
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
        var history = markdown(c.clinicalHistory());
        history.setId("clinical-history-html");
        add(heading, patient, images(opened), new H3(getTranslation("case.clinical-history")), history);
        if (!c.suggestedQuestions().isEmpty()) {
            add(new H3(getTranslation("case.questions")), list(c.suggestedQuestions()));
        }
        add(reference(opened));
        if (mayAskTheAi()) {
            // the panel says itself when the reader must submit first; a fresh one per opening shows the new state
            var panel = opinionPanels
                    .getObject()
                    .forCase(opened.reading().teachingCase().id());
            panel.setId("case-second-opinion");
            add(panel);
        }
    }

    private boolean mayAskTheAi() {
        return authentication.isAuthenticated() && authentication.hasAuthority(Permission.Names.RUN_AI);
    }

    /** The viewer and what the reader may do with its annotations. */
    private Div images(OpenedCase opened) {
        var box = new Div();
        box.setId("linked-series");
        box.setWidthFull();
        if (opened.series().isEmpty()) {
            box.add(new Paragraph(getTranslation("case.no-study")));
            return box;
        }
        var viewer = new DicomViewer();
        viewer.setId("case-viewer");
        viewer.setWidthFull();
        viewer.setHeight("640px");
        viewer.setSeries(opened.series());
        if (opened.role() == ReadingRole.INSTRUCTOR) {
            viewer.setAnnotations(opened.instructorAnnotations());
        } else {
            viewer.setFixedAnnotations(opened.instructorAnnotations());
            viewer.setAnnotations(opened.ownAnnotations());
        }
        viewer.setEditable(opened.editable());
        var start = opened.startImage();
        if (start != null) {
            viewer.showImage(start, 1);
        }
        box.add(viewer, new ReadingActions(reading, opened, viewer, this::reopen));
        return box;
    }

    /** After a submission the page shows what the reader may see now (e.g. the instructor's annotations). */
    private void reopen(long caseId) {
        removeAll();
        reading.open(caseId).ifPresent(this::show);
    }

    private Div reference(OpenedCase opened) {
        var c = opened.reading().teachingCase().content();
        if (!opened.referenceShown()) {
            var hidden = new Paragraph(getTranslation("case-detail.reference-hidden"));
            hidden.setId("reference-hidden");
            return new Div(hidden);
        }
        var reference = new Div(
                new H3(getTranslation("case.reference")),
                list(c.findings().stream()
                        .map(f -> f.location().isEmpty() ? f.finding() : f.finding() + " — " + f.location())
                        .toList()),
                new Paragraph(getTranslation("case-detail.impression", c.impression())),
                new Paragraph(getTranslation("case-detail.diagnosis", c.diagnosis())),
                new H3(getTranslation("case.teaching-points")),
                markdown(c.teachingPoints()));
        reference.setId("reference");
        return reference;
    }

    private static Html markdown(String text) {
        return new Html("<div class=\"case-text\">" + CaseText.toSafeHtml(text) + "</div>");
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
