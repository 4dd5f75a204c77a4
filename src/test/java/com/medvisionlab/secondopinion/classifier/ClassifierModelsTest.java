package com.medvisionlab.secondopinion.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.secondopinion.EngineDescriptor.EngineKind;
import com.medvisionlab.secondopinion.SecondOpinionEngine;
import com.medvisionlab.secondopinion.SecondOpinionEngines;
import com.medvisionlab.storage.BlobStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Registration of a researcher's TorchScript classifier end to end: validation with a dry run on the real DJL engine,
 * weights in the blob store, a row and an audit event, the classifier among the engines, removal. The configured
 * MedGemma engine is listed too although no server runs.
 */
@SpringBootTest
@WithMockUser(
        username = "researcher",
        authorities = {"AUTHOR_CASES"})
class ClassifierModelsTest {

    @Autowired
    ClassifierModels models;

    @Autowired
    SecondOpinionEngines engines;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /**
     * {@code @WithMockUser} signs in on this context's holder strategy; the service reads the static holder, which in
     * a run with several cached contexts may be another context's (Vaadin installs one per context).
     */
    @org.junit.jupiter.api.BeforeEach
    void sameUserInTheStaticHolder() {
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(own -> org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .setAuthentication(own.getContext().getAuthentication()));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void a_registered_classifier_answers_as_an_engine_until_it_is_removed() throws Exception {
        var registered = models.register(demoUpload("Demo disc detector", "bright disc\nno disc\n"));

        assertThat(registered.engineId()).startsWith("djl-demo-disc-detector");
        assertThat(registered.spec().labels()).containsExactly("bright disc", "no disc");
        assertThat(blobs.exists("ai-models/" + registered.engineId() + "/" + registered.sha256() + ".pt"))
                .isTrue();
        assertThat(audited("AI_CLASSIFIER_REGISTERED", registered.id())).isEqualTo(1);

        SecondOpinionEngine engine = engines.byId(registered.engineId()).orElseThrow();
        assertThat(engine.descriptor().kind()).isEqualTo(EngineKind.CLASSIFIER);
        assertThat(engines.all()).contains(engine);
        var answer =
                engine.answer(DjlClassifierEngineTest.question(List.of(DiscImages.image(256, 40, 7))), piece -> {});
        assertThat(answer.findings().getFirst().label()).isEqualTo("bright disc");
        assertThat(answer.findings().getFirst().probability()).isGreaterThan(0.99);

        models.remove(registered.id());

        assertThat(engines.byId(registered.engineId())).isEmpty();
        assertThat(models.list()).extracting(ClassifierSummary::id).doesNotContain(registered.id());
        assertThat(audited("AI_CLASSIFIER_REMOVED", registered.id())).isEqualTo(1);
    }

    @Test
    void the_configured_server_engine_is_listed_without_a_server() {
        var medgemma = engines.byId("medgemma").orElseThrow();

        assertThat(medgemma.descriptor().kind()).isEqualTo(EngineKind.VISION_LANGUAGE);
        assertThat(medgemma.descriptor().imageSize()).isEqualTo(896);
        assertThat(engines.all().getFirst()).isSameAs(medgemma);
    }

    @Test
    void a_label_list_that_does_not_match_the_outputs_is_refused_by_the_dry_run_and_nothing_is_stored()
            throws IOException {
        long before = rows();

        assertRefused(
                () -> models.register(demoUpload("Three labels", "bright disc\nno disc\nring\n")),
                "ai.models.error.label-count",
                3,
                2);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_torchscript_is_refused() throws IOException {
        var notAZip = new ClassifierUpload(
                "Weights", "just bytes".getBytes(StandardCharsets.UTF_8), "a", 64, 1, "0.5", "0.5", Activation.SIGMOID);
        assertRefused(() -> models.register(notAZip), "ai.models.error.not-torchscript");

        var zipNotTorchScript =
                new ClassifierUpload("Weights", zipWithText(), "a", 64, 1, "0.5", "0.5", Activation.SIGMOID);
        assertRefused(() -> models.register(zipNotTorchScript), "ai.models.error.not-torchscript");
    }

    @Test
    void the_form_values_are_checked_before_the_model_is_run() throws IOException {
        var model = Files.readAllBytes(DiscImages.DEMO_MODEL);
        assertRefused(
                () -> models.register(new ClassifierUpload(" ", model, "a", 64, 1, "0.5", "0.5", Activation.SOFTMAX)),
                "ai.models.error.name",
                100);
        assertRefused(
                () -> models.register(
                        new ClassifierUpload("x", model, " \n ", 64, 1, "0.5", "0.5", Activation.SOFTMAX)),
                "ai.models.error.labels-empty");
        assertRefused(
                () -> models.register(
                        new ClassifierUpload("x", model, "a\nA", 64, 1, "0.5", "0.5", Activation.SOFTMAX)),
                "ai.models.error.labels-duplicate",
                "A");
        assertRefused(
                () -> models.register(
                        new ClassifierUpload("x", model, "a\nb", 64, 2, "0.5", "0.5", Activation.SOFTMAX)),
                "ai.models.error.channels");
        assertRefused(
                () -> models.register(
                        new ClassifierUpload("x", model, "a\nb", 64, 3, "0.5,0.4", "0.5", Activation.SOFTMAX)),
                "ai.models.error.normalisation",
                3);
        assertRefused(
                () -> models.register(new ClassifierUpload("x", model, "a\nb", 64, 1, "0.5", "0", Activation.SOFTMAX)),
                "ai.models.error.normalisation",
                1);
        assertRefused(
                () -> models.register(new ClassifierUpload("x", model, "a\nb", 4, 1, "0.5", "0.5", Activation.SOFTMAX)),
                "ai.models.error.input-size",
                8,
                1024);
        assertRefused(
                () -> models.register(
                        new ClassifierUpload("x", new byte[0], "a\nb", 64, 1, "0.5", "0.5", Activation.SOFTMAX)),
                "ai.models.error.file-missing");
    }

    @Test
    @WithMockUser(
            username = "student",
            authorities = {"RUN_AI"})
    void only_case_authors_register_classifiers() {
        assertThatThrownBy(() -> models.register(demoUpload("Student model", "bright disc\nno disc")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ClassifierUpload demoUpload(String name, String labels) throws IOException {
        return new ClassifierUpload(
                name, Files.readAllBytes(DiscImages.DEMO_MODEL), labels, 64, 1, "0.5", "0.5", Activation.SOFTMAX);
    }

    private static void assertRefused(ThrowingCallable registration, String key, Object... arguments) {
        assertThatThrownBy(registration).isInstanceOfSatisfying(ClassifierRegistrationException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(refused.arguments()).containsExactly(arguments);
        });
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM ai_classifier_model")
                .query(Long.class)
                .single();
    }

    private long audited(String action, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_id = ?")
                .params(action, String.valueOf(id))
                .query(Long.class)
                .single();
    }

    private static byte[] zipWithText() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("model/data.pkl"));
            zip.write("not a pickle".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
