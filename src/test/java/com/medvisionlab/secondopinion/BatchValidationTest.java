package com.medvisionlab.secondopinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.demo.phantom.CtPhantom;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.ingest.ObjectIds;
import com.medvisionlab.secondopinion.AgreementMeasure.Agreement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A batch run over a case set and over a library series, against a queue the test answers itself: what is asked
 * (images, prompt, history, batch id), progress counted from the records, agreement per case and per model, CSV.
 */
@SpringBootTest
@Import(BatchValidationTest.Doubles.class)
@WithMockUser(
        username = "researcher",
        authorities = {"AUTHOR_CASES", "UPLOAD_STUDIES", "RUN_AI", "EXPORT"})
class BatchValidationTest {

    @TestConfiguration
    static class Doubles {
        @Bean
        @Primary
        ScriptedQueue scriptedQueue() {
            return new ScriptedQueue();
        }

        @Bean
        @Primary
        FakeEngines fakeEngines() {
            return new FakeEngines(FakeEngines.vlm("fake-vlm", 64, q -> "unused"));
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    BatchValidation batches;

    @Autowired
    ScriptedQueue queue;

    @Autowired
    PromptCatalog prompts;

    @Autowired
    Ingestion ingestion;

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    PhantomCases phantoms;

    @BeforeEach
    void setUp() {
        SameUserEverywhere.mirror(context);
        phantoms = new PhantomCases(ingestion, courses, cases);
    }

    @AfterEach
    void signOut() {
        SameUserEverywhere.clear();
    }

    @Test
    void a_case_set_run_asks_through_the_queue_and_measures_agreement_per_case_and_model() throws IOException {
        List<ObjectIds> slices = IntStream.of(12, 13)
                .mapToObj(k -> phantoms.ingest(CtPhantom.slice(k)))
                .toList();
        long set = phantoms.caseSet("Batch " + UUID.randomUUID());
        long agreeing = phantoms.caseOf(set, "Solid nodule", "Pulmonary  NODULE", slices.subList(0, 1), true);
        long disagreeing = phantoms.caseOf(set, "Second nodule", "Granuloma", slices.subList(1, 2), true);
        long withoutImages = cases.createCase(set, CaseContent.titled("No study yet"));

        long batch = batches.start("fake-vlm", new BatchSource.CaseSet(set, "Batch set"), Locale.ENGLISH);

        var asked = queue.asked.stream()
                .filter(r -> Long.valueOf(batch).equals(r.batchId()))
                .toList();
        assertThat(asked).extracting(OpinionRequest::caseId).containsExactly(agreeing, disagreeing);
        var general = prompts.current("", "", Locale.ENGLISH);
        assertThat(asked).allSatisfy(r -> {
            assertThat(r.engineId()).isEqualTo("fake-vlm");
            assertThat(r.images())
                    .hasSize(1)
                    .allSatisfy(i -> assertThat(i.size()).isEqualTo(64));
            assertThat(r.prompt()).isEqualTo(general);
            assertThat(r.userPrompt()).contains("Cough for three weeks.").doesNotContain(PromptText.HISTORY);
        });
        var started = batches.progress(batch);
        assertThat(started.total()).isEqualTo(3);
        assertThat(started.finished())
                .as("the case without images is done: not asked")
                .isEqualTo(1);
        assertThat(started.complete()).isFalse();

        var ids = queue.idsOf(batch);
        queue.answer(ids.get(0), " pulmonary nodule\n", 3200);
        queue.answer(ids.get(1), "Pneumonia, right lower lobe, \"likely\"", 2900);

        var done = batches.progress(batch);
        assertThat(done.complete()).isTrue();
        assertThat(done.answered()).isEqualTo(2);
        var rows = batches.rows(batch);
        assertThat(rows)
                .extracting(BatchRow::agreement)
                .containsExactly(Agreement.AGREES, Agreement.DISAGREES, Agreement.NOT_MEASURED);
        assertThat(rows.get(2).problem()).isEqualTo("ai.images.error.case-without-study");
        assertThat(rows.get(2).caseId()).isEqualTo(withoutImages);
        assertThat(rows.get(0).promptVersion()).isEqualTo(general.version());
        assertThat(rows.get(0).latencyMs()).isEqualTo(3200L);
        assertThat(BatchValidation.agreement(rows))
                .containsExactly(new ModelAgreement("fake-vlm", "fake/fake-vlm", 1, 2));

        var csv = new ByteArrayOutputStream();
        batches.exportCsv(batch, csv);
        byte[] bytes = csv.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0])
                .isEqualTo("case,engine,model,prompt_version,status,latency_ms,answer,reference_diagnosis,agreement");
        assertThat(lines[2])
                .isEqualTo("Second nodule,fake-vlm,fake/fake-vlm," + general.version()
                        + ",ANSWERED,2900,\"Pneumonia, right lower lobe, \"\"likely\"\"\",Granuloma,DISAGREES");
        assertThat(lines[3]).startsWith("No study yet,fake-vlm,fake/fake-vlm,,NOT_ASKED,,,,NOT_MEASURED");
    }

    @Test
    void a_series_from_the_library_is_asked_image_by_image_without_a_case() {
        var first = phantoms.ingest(CtPhantom.slice(40));
        phantoms.ingest(CtPhantom.slice(41));
        int images = queue.asked.size();

        long batch = batches.start(
                "fake-vlm", new BatchSource.Series(first.seriesInstanceUid(), "CT phantom"), Locale.CHINA);

        var asked = queue.asked.subList(images, queue.asked.size());
        assertThat(asked).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> {
            assertThat(r.caseId()).isNull();
            assertThat(r.batchId()).isEqualTo(batch);
            assertThat(r.images()).hasSize(1);
            assertThat(r.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(r.userPrompt()).contains("未提供");
        });
        assertThat(batches.rows(batch)).allSatisfy(r -> assertThat(r.label()).startsWith("#"));
    }

    @Test
    void an_unknown_engine_is_refused_and_nothing_is_stored() {
        long set = phantoms.caseSet("Refused " + UUID.randomUUID());
        long before =
                jdbc.sql("SELECT COUNT(*) FROM ai_batch").query(Long.class).single();

        assertThatThrownBy(() -> batches.start("no-such-engine", new BatchSource.CaseSet(set, "x"), Locale.ENGLISH))
                .isInstanceOf(BatchException.class)
                .hasMessage("ai.batch.error.unknown-engine");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ai_batch").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void an_empty_case_set_is_refused() {
        long set = phantoms.caseSet("Empty " + UUID.randomUUID());

        assertThatThrownBy(() -> batches.start("fake-vlm", new BatchSource.CaseSet(set, "x"), Locale.ENGLISH))
                .isInstanceOf(BatchException.class)
                .hasMessage("ai.batch.error.empty");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ai_batch WHERE source_label = 'x'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
