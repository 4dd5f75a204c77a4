package com.medvisionlab.ingest.ui;

import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.ingest.IncomingFile;
import com.medvisionlab.ingest.IngestLimits;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestOutcome.AlreadyPresent;
import com.medvisionlab.ingest.IngestOutcome.Quarantined;
import com.medvisionlab.ingest.IngestOutcome.Rejected;
import com.medvisionlab.ingest.IngestOutcome.Stored;
import com.medvisionlab.ingest.IngestReason;
import com.medvisionlab.ingest.IngestReasons;
import com.medvisionlab.ingest.IngestSettings;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.UploadBatch;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Upload DICOM files, photos, zips of them and folders (many at once; the upload component shows each file's
 * progress). A folder, chosen with "choose folder" or dropped, is sent file by file through the same upload component
 * (see {@code frontend/upload-folders.ts}), each named by its path in the folder. Each file is received into memory
 * within the limits, unpacked if it is a zip, and taken through {@link Ingestion} with the teaching preset; the
 * summary lists every file with its outcome and reason in the reader's language, and counts them per outcome.
 * Everything uploaded while the page is open is one batch (its photos share a study); "new upload" starts another.
 */
@Route("upload")
@Menu(order = 20, title = "nav.upload", icon = "vaadin:upload")
@RolesAllowed(Permission.Names.UPLOAD_STUDIES)
@JsModule("./upload-folders.ts")
final class UploadView extends VerticalLayout implements HasDynamicTitle {

    /** The outcome kinds, in the order the summary counts them. */
    enum Kind {
        STORED,
        ALREADY_PRESENT,
        QUARANTINED,
        REJECTED;

        static Kind of(IngestOutcome outcome) {
            return switch (outcome) {
                case Stored s -> STORED;
                case AlreadyPresent a -> ALREADY_PRESENT;
                case Quarantined q -> QUARANTINED;
                case Rejected r -> REJECTED;
            };
        }
    }

    private final Ingestion ingestion;
    private final IngestLimits limits;
    private final String actor;
    private final List<IngestOutcome> outcomes = new ArrayList<>();
    private final Grid<IngestOutcome> summary = new Grid<>();
    private final Span counts = new Span();
    private UploadBatch batch;
    private IngestSettings settings;

    UploadView(Ingestion ingestion, IngestLimits limits, AuthenticationContext authentication) {
        this.ingestion = ingestion;
        this.limits = limits;
        this.actor = authentication.getPrincipalName().orElse("unknown");
        newBatch();
        var heading = new H2(getTranslation("upload.heading"));
        heading.setId("upload-heading");
        var hint = new Paragraph(getTranslation(
                "upload.hint",
                IngestReasons.size(limits.maxFileSize()),
                IngestReasons.size(limits.maxTotalSize()),
                limits.maxFiles()));
        var upload = new Upload(new InMemoryUploads(this::room, new InMemoryUploads.Receiver() {
            @Override
            public void received(UI ui, String fileName, byte[] content) {
                var taken = take(new IncomingFile(fileName, content));
                ui.access(() -> show(taken));
            }

            @Override
            public void tooLarge(UI ui, String fileName, long limit) {
                var refused = List.<IngestOutcome>of(new Rejected(
                        fileName,
                        IngestOutcome.RejectionCause.TOO_LARGE,
                        IngestReason.of(IngestReasons.BATCH_TOO_LARGE, IngestReasons.size(limit))));
                ui.access(() -> show(refused));
            }
        }));
        upload.setId("upload");
        upload.setMaxFiles(limits.maxFiles());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxTotalSize()));
        upload.setDropAllowed(true);
        var again = new Button(getTranslation("upload.new-batch"), click -> {
            newBatch();
            outcomes.clear();
            upload.clearFileList();
            refresh();
        });
        again.setId("new-upload");
        var chooseFolder = new Button(getTranslation("upload.choose-folder"), VaadinIcon.FOLDER_OPEN.create());
        chooseFolder.setId("choose-folder");
        chooseFolder.setAriaLabel(getTranslation("upload.choose-folder.label"));
        var folderInput = new Element("input")
                .setAttribute("type", "file")
                .setAttribute("webkitdirectory", true)
                .setAttribute("multiple", true)
                .setAttribute("hidden", true)
                .setAttribute("id", "folder-input");
        var actions = new HorizontalLayout(chooseFolder, again);
        actions.getElement().appendChild(folderInput);
        upload.getElement()
                .executeJs(
                        "window.medvisionUploadFolders.attach(this, $0, $1)", chooseFolder.getElement(), folderInput);
        counts.setId("upload-counts");
        summary.setId("upload-summary");
        summary.addColumn(IngestOutcome::fileName).setHeader(getTranslation("upload.column.file"));
        summary.addColumn(outcome -> getTranslation("upload.outcome." + Kind.of(outcome)))
                .setHeader(getTranslation("upload.column.outcome"))
                .setAutoWidth(true);
        summary.addColumn(this::reasonText).setHeader(getTranslation("upload.column.reason"));
        refresh();
        add(heading, hint, upload, actions, counts, summary);
        setSizeFull();
    }

    /** Unpacks and ingests one received file; runs on the upload's request thread, touches no component. */
    List<IngestOutcome> take(IncomingFile upload) {
        UploadBatch.Unpacked unpacked;
        IngestSettings current;
        synchronized (this) {
            unpacked = batch.add(upload);
            current = settings;
        }
        List<IngestOutcome> taken = new ArrayList<>(unpacked.refused());
        for (IncomingFile file : unpacked.files()) {
            taken.add(ingestion.ingest(file, current));
        }
        return taken;
    }

    /** Adds outcomes to the summary; on the UI thread. */
    void show(List<IngestOutcome> more) {
        outcomes.addAll(more);
        refresh();
    }

    private void refresh() {
        summary.setItems(List.copyOf(outcomes));
        Map<Kind, Long> perKind = outcomes.stream()
                .collect(Collectors.groupingBy(Kind::of, () -> new EnumMap<>(Kind.class), Collectors.counting()));
        counts.setText(java.util.Arrays.stream(Kind.values())
                .map(kind -> getTranslation("upload.count." + kind, perKind.getOrDefault(kind, 0L)))
                .collect(Collectors.joining(" · ")));
    }

    private String reasonText(IngestOutcome outcome) {
        List<IngestReason> reasons = switch (outcome) {
            case Quarantined q -> q.reasons();
            case Rejected r -> List.of(r.reason());
            case Stored s -> List.of();
            case AlreadyPresent a -> List.of();
        };
        return reasons.stream()
                .map(reason ->
                        getTranslation(reason.messageKey(), reason.arguments().toArray()))
                .collect(Collectors.joining("; "));
    }

    private synchronized long room() {
        return Math.min(batch.remainingBytes(), limits.maxTotalSize());
    }

    private synchronized void newBatch() {
        batch = new UploadBatch(limits);
        settings = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), actor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.heading");
    }
}
