package com.medvisionlab.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.ingest.IncomingFile;
import com.medvisionlab.ingest.IngestLimits;
import com.medvisionlab.ingest.IngestOutcome;
import com.medvisionlab.ingest.IngestOutcome.AlreadyPresent;
import com.medvisionlab.ingest.IngestOutcome.Quarantined;
import com.medvisionlab.ingest.IngestOutcome.Rejected;
import com.medvisionlab.ingest.IngestOutcome.RejectionCause;
import com.medvisionlab.ingest.IngestOutcome.Stored;
import com.medvisionlab.ingest.IngestReason;
import com.medvisionlab.ingest.IngestReasons;
import com.medvisionlab.ingest.IngestSettings;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.ObjectIds;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class UploadViewTest extends ViewTest {

    static final ObjectIds IDS = new ObjectIds("1.2", "1.2.3", "1.2.840.10008.5.1.4.1.1.2", "1.2.3.4");

    /** Answers by file name, and remembers the settings each file came with. */
    final List<IngestSettings> seen = new ArrayList<>();

    final Ingestion ingestion = (file, settings) -> {
        seen.add(settings);
        String name = file.name();
        if (name.endsWith("new.dcm")) {
            return new Stored(name, IDS);
        }
        if (name.endsWith("again.dcm")) {
            return new AlreadyPresent(name, IDS);
        }
        if (name.endsWith("text.dcm")) {
            return new Quarantined(name, IDS, List.of(IngestReason.of("ingest.quarantine.pixels", "frame 1")));
        }
        return new Rejected(name, RejectionCause.UNREADABLE, IngestReason.of(IngestReasons.UNREADABLE_DICOM));
    };

    UploadView view(SupportedLanguage language) {
        var authentication = mock(AuthenticationContext.class);
        when(authentication.getPrincipalName()).thenReturn(Optional.of("researcher"));
        return show(language, () -> new UploadView(ingestion, new IngestLimits(1 << 20, 4 << 20, 100), authentication));
    }

    @Test
    void the_summary_lists_every_file_of_an_upload_with_its_outcome_and_reason_and_counts_them() throws IOException {
        var view = view(SupportedLanguage.ENGLISH);

        view.show(view.take(new IncomingFile("case.zip", zip("a/new.dcm", "a/again.dcm", "a/text.dcm", "../up.dcm"))));
        view.show(view.take(new IncomingFile("broken.dcm", new byte[] {1, 2, 3})));

        var grid = test(summary(view));
        assertThat(grid.size()).isEqualTo(5);
        var rows = new ArrayList<String>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getCellText(i, 0) + " | " + grid.getCellText(i, 1) + " | " + grid.getCellText(i, 2));
        }
        assertThat(rows)
                .containsExactlyInAnyOrder(
                        "case.zip/a/new.dcm | Stored | ",
                        "case.zip/a/again.dcm | Already stored | ",
                        "case.zip/a/text.dcm | Quarantined for review | The pixels need a review: frame 1",
                        "case.zip/../up.dcm | Refused | The path inside the archive leads out of it (.., absolute or"
                                + " drive path); not unpacked",
                        "broken.dcm | Refused | The DICOM file cannot be read: it is damaged or incomplete");
        assertThat(counts(view).getText()).isEqualTo("Stored: 1 · Already stored: 1 · Quarantined: 1 · Refused: 2");
        assertThat(seen).hasSize(4).allSatisfy(settings -> {
            assertThat(settings.actor()).isEqualTo("researcher");
            assertThat(settings.batchId()).isEqualTo(seen.getFirst().batchId());
        });
    }

    @Test
    void the_summary_speaks_chinese_to_a_chinese_reader() throws IOException {
        var view = view(SupportedLanguage.SIMPLIFIED_CHINESE);

        view.show(view.take(new IncomingFile("x.zip", zip("new.dcm", "bad.dcm"))));

        var grid = test(summary(view));
        assertThat(grid.getCellText(0, 1)).isEqualTo("已存储");
        assertThat(grid.getCellText(1, 2)).isEqualTo("无法读取该 DICOM 文件：文件已损坏或不完整");
        assertThat(counts(view).getText()).isEqualTo("已存储：1 · 此前已存储：0 · 已隔离：0 · 已拒绝：1");
    }

    @SuppressWarnings("unchecked")
    private static Grid<IngestOutcome> summary(UploadView view) {
        return (Grid<IngestOutcome>) view.getChildren()
                .filter(c -> c.getId().orElse("").equals("upload-summary"))
                .findFirst()
                .orElseThrow();
    }

    private static Span counts(UploadView view) {
        return (Span) view.getChildren()
                .filter(c -> c.getId().orElse("").equals("upload-counts"))
                .findFirst()
                .orElseThrow();
    }

    private static byte[] zip(String... names) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
