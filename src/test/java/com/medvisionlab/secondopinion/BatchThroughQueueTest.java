package com.medvisionlab.secondopinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.demo.phantom.CtPhantom;
import com.medvisionlab.ingest.Ingestion;
import com.medvisionlab.secondopinion.AgreementMeasure.Agreement;
import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A batch run through the real queue (workers, records, audit) against an engine written here: every question
 * reaches the engine with the prepared images and filled prompt, the records carry the batch id, and progress and
 * agreement are read back from them.
 */
@SpringBootTest
@Import(BatchThroughQueueTest.FakeEngine.class)
@WithMockUser(
        username = "researcher",
        authorities = {"AUTHOR_CASES", "UPLOAD_STUDIES", "RUN_AI", "EXPORT"})
class BatchThroughQueueTest {

    static final List<EngineQuestion> QUESTIONS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void signIn() {
        SameUserEverywhere.mirror(context);
    }

    @AfterEach
    void signOut() {
        SameUserEverywhere.clear();
    }

    @TestConfiguration
    static class FakeEngine {
        @Bean
        @Primary
        SecondOpinionEngines batchTestEngines() {
            return new FakeEngines(FakeEngines.vlm("batch-fake", 96, question -> {
                QUESTIONS.add(question);
                return "Pulmonary nodule";
            }));
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    BatchValidation batches;

    @Autowired
    SecondOpinionQueue queue;

    @Autowired
    Ingestion ingestion;

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    @Test
    void every_case_is_answered_by_the_engine_through_the_queue_and_agreement_is_measured() throws Exception {
        var phantoms = new PhantomCases(ingestion, courses, cases);
        var a = phantoms.ingest(CtPhantom.slice(5));
        var b = phantoms.ingest(CtPhantom.slice(6));
        long set = phantoms.caseSet("Through the queue " + UUID.randomUUID());
        phantoms.caseOf(set, "Agrees", "pulmonary  nodule", List.of(a), true);
        phantoms.caseOf(set, "Differs", "Granuloma", List.of(b), true);

        long batch = batches.start("batch-fake", new BatchSource.CaseSet(set, "through queue"), Locale.ENGLISH);

        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!batches.progress(batch).complete() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        var progress = batches.progress(batch);
        assertThat(progress.complete())
                .as("all answered within 30 s: %s", progress)
                .isTrue();
        assertThat(progress.answered()).isEqualTo(2);
        var rows = batches.rows(batch);
        assertThat(rows).extracting(BatchRow::status).containsOnly(Optional.of(OpinionStatus.ANSWERED));
        assertThat(rows).extracting(BatchRow::agreement).containsExactly(Agreement.AGREES, Agreement.DISAGREES);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.model()).isEqualTo("fake/batch-fake");
            assertThat(r.promptVersion()).isNotNull();
            assertThat(r.answer()).isEqualTo("Pulmonary nodule");
        });
        assertThat(BatchValidation.agreement(rows))
                .containsExactly(new ModelAgreement("batch-fake", "fake/batch-fake", 1, 2));
        assertThat(QUESTIONS)
                .filteredOn(q ->
                        q.images().stream().anyMatch(i -> i.sopInstanceUid().equals(a.sopInstanceUid())))
                .isNotEmpty()
                .allSatisfy(q -> {
                    assertThat(q.images()).allSatisfy(i -> assertThat(i.size()).isEqualTo(96));
                    assertThat(q.userPrompt()).contains("Cough for three weeks.");
                    assertThat(q.systemPrompt()).contains("education only");
                });
    }
}
