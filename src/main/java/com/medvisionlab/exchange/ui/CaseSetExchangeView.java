package com.medvisionlab.exchange.ui;

import com.medvisionlab.course.CaseSetView;
import com.medvisionlab.course.CourseException;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.CourseView;
import com.medvisionlab.exchange.CaseSetExchange;
import com.medvisionlab.exchange.ExchangeException;
import com.medvisionlab.exchange.ImportResult;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Export a case set as a zip (streamed straight into the download; everything in it is de-identified) and import
 * an archive into a course as a draft case set (streamed from the upload into the import, one entry at a time).
 */
@Route("case-sets/exchange")
@Menu(order = 60, title = "nav.exchange", icon = "vaadin:exchange")
@RolesAllowed(Permission.Names.AUTHOR_CASES)
final class CaseSetExchangeView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CaseSetExchangeView.class);

    private final CaseSetExchange exchange;
    private final CourseService courses;
    private final Select<CourseView> course = new Select<>();
    private final Select<CaseSetView> caseSet = new Select<>();
    private final Anchor export;

    CaseSetExchangeView(CaseSetExchange exchange, CourseService courses) {
        this.exchange = exchange;
        this.courses = courses;
        var heading = new H2(getTranslation("exchange.heading"));
        heading.setId("exchange-heading");
        course.setId("exchange-course");
        course.setLabel(getTranslation("exchange.course"));
        course.setItemLabelGenerator(CourseView::title);
        course.setItems(courses.courses(""));
        course.addValueChangeListener(e -> refreshCaseSets());
        caseSet.setId("exchange-case-set");
        caseSet.setLabel(getTranslation("exchange.case-set"));
        caseSet.setItemLabelGenerator(CaseSetView::title);
        export = new Anchor((DownloadHandler) this::download, getTranslation("exchange.export"));
        caseSet.addValueChangeListener(e -> export.setEnabled(e.getValue() != null));
        export.setId("exchange-export");
        export.setEnabled(false);
        var upload = new Upload((UploadHandler) this::upload);
        upload.setId("exchange-import");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("exchange.import")));
        var selection = new HorizontalLayout(course, caseSet, export);
        selection.setAlignItems(Alignment.BASELINE);
        add(heading, new Paragraph(getTranslation("exchange.intro")), selection, upload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.heading");
    }

    private void refreshCaseSets() {
        var chosen = course.getValue();
        caseSet.setItems(chosen == null ? java.util.List.of() : courses.caseSets(chosen.id(), ""));
    }

    /** Runs in the download request (the user's security context), without the UI lock. */
    private void download(DownloadEvent event) throws IOException {
        var set = caseSet.getValue();
        if (set == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(CaseSetExchange.fileName(set.id()));
        event.setContentType("application/zip");
        try (OutputStream out = event.getOutputStream()) {
            exchange.export(set.id(), out);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Export of case set {} failed: {}", set.id(), e.getClass().getSimpleName());
            event.getUI().access(() -> error(getTranslation("exchange.export.failed")));
            throw e;
        }
    }

    /** Runs in the upload request: the archive streams from the request into the import. */
    private void upload(UploadEvent event) throws IOException {
        var target = course.getValue();
        UI ui = event.getUI();
        if (target == null) {
            event.reject(getTranslation("exchange.course"));
            ui.access(() -> error(getTranslation("exchange.course")));
            return;
        }
        try {
            ImportResult result = exchange.importInto(target.id(), event.getInputStream());
            ui.access(() -> imported(result));
        } catch (ExchangeException e) {
            ui.access(() -> error(getTranslation(e.messageKey(), e.arguments())));
        } catch (CourseException e) {
            ui.access(() -> error(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    private void imported(ImportResult result) {
        String text = result.alreadyImported()
                ? getTranslation("exchange.import.already")
                : getTranslation("exchange.import.done", result.cases(), result.objects());
        if (!result.quarantined().isEmpty()) {
            text += " "
                    + getTranslation(
                            "exchange.import.quarantined", result.quarantined().size());
        }
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refreshCaseSets();
    }

    private static void error(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
