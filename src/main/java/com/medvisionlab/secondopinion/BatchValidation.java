package com.medvisionlab.secondopinion;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.course.CaseFilter;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.course.ReferenceFinding;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.IndexedInstance;
import com.medvisionlab.imaging.InstanceQuery;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.secondopinion.AgreementMeasure.Agreement;
import com.medvisionlab.secondopinion.AgreementMeasure.Reference;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch validation: one engine asked about every case of a case set (or every image of a library series) through
 * the {@link SecondOpinionQueue} with the run's id; progress and answers are read back from the queue's records and
 * compared with the reference read copied at the start ({@link AgreementMeasure}).
 *
 * <p>Starting a run commits each row on its own (no surrounding transaction), so the queue's workers never look for
 * a request or run that is not committed yet.
 */
@Service
public class BatchValidation {

    /** A run is a validation sample, not a migration: larger sets are split by the researcher. */
    static final int MAX_ITEMS = 500;

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final ImagingIndex index;
    private final StoredOpinionImages images;
    private final PromptCatalog prompts;
    private final CaseQuestionBuilder caseQuestions;
    private final ObjectProvider<SecondOpinionEngines> engines;
    private final ObjectProvider<SecondOpinionQueue> queue;
    private final AgreementMeasure agreement;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BatchValidation(
            JdbcClient jdbc,
            CaseService cases,
            ImagingIndex index,
            StoredOpinionImages images,
            PromptCatalog prompts,
            CaseQuestionBuilder caseQuestions,
            ObjectProvider<SecondOpinionEngines> engines,
            ObjectProvider<SecondOpinionQueue> queue,
            AgreementMeasure agreement,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.index = index;
        this.images = images;
        this.prompts = prompts;
        this.caseQuestions = caseQuestions;
        this.engines = engines;
        this.queue = queue;
        this.agreement = agreement;
        this.clock = clock;
        this.events = events;
    }

    /** The engines a run can use (none until engines are configured). */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public List<EngineDescriptor> engines() {
        var configured = engines.getIfAvailable();
        return configured == null
                ? List.of()
                : configured.all().stream().map(SecondOpinionEngine::descriptor).toList();
    }

    /**
     * Queues one request per case (or image) and returns the run's id at once; a case whose images cannot be
     * prepared is kept in the run as not asked, with the reason.
     *
     * @throws BatchException when the engine is unknown, nothing can be asked, or the source is too large
     */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public long start(String engineId, BatchSource source, Locale language) {
        var engine = Optional.ofNullable(engines.getIfAvailable())
                .flatMap(e -> e.byId(engineId))
                .orElseThrow(() -> new BatchException("ai.batch.error.unknown-engine", engineId))
                .descriptor();
        var asking = queue.getIfAvailable();
        if (asking == null) {
            throw new BatchException("ai.batch.error.no-queue");
        }
        var lang = SupportedLanguage.closestTo(language);
        List<Planned> planned = switch (source) {
            case BatchSource.CaseSet set -> casesOf(set.caseSetId(), engine.imageSize(), lang.locale());
            case BatchSource.Series series -> imagesOf(series.seriesInstanceUid(), engine.imageSize(), lang.locale());
        };
        if (planned.isEmpty()) {
            throw new BatchException("ai.batch.error.empty");
        }
        if (planned.size() > MAX_ITEMS) {
            throw new BatchException("ai.batch.error.too-many", Integer.toString(MAX_ITEMS));
        }
        long batchId = insertBatch(engine.id(), source, lang, planned.size());
        for (int position = 0; position < planned.size(); position++) {
            var item = planned.get(position);
            insertItem(batchId, position, item);
            try {
                var question = item.question().get();
                UUID requestId = asking.ask(new OpinionRequest(
                        engine.id(),
                        item.caseId(),
                        batchId,
                        question.images(),
                        question.prompt(),
                        question.userPrompt(),
                        lang.locale()));
                jdbc.sql("UPDATE ai_batch_item SET request_id = ? WHERE batch_id = ? AND position = ?")
                        .params(requestId.toString(), batchId, position)
                        .update();
            } catch (OpinionImageException notAsked) {
                jdbc.sql("UPDATE ai_batch_item SET problem = ? WHERE batch_id = ? AND position = ?")
                        .params(notAsked.messageKey(), batchId, position)
                        .update();
            }
        }
        events.publishEvent(AuditableEvent.of(AiResearchAuditAction.AI_BATCH_STARTED)
                .target(AiResearchAuditAction.BATCH, Long.toString(batchId))
                .detail("engine", engine.id())
                .detail("items", Integer.toString(planned.size())));
        return batchId;
    }

    /** Earlier runs, newest first. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public List<BatchRun> runs() {
        return jdbc.sql("""
                        SELECT id, engine_id, source_label, items, started_by, started_at
                        FROM ai_batch ORDER BY started_at DESC, id DESC""")
                .query((rs, n) -> new BatchRun(
                        rs.getLong("id"),
                        rs.getString("engine_id"),
                        rs.getString("source_label"),
                        rs.getInt("items"),
                        rs.getString("started_by"),
                        rs.getObject("started_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The run's questions in order with their answers so far and their agreement with the reference. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public List<BatchRow> rows(long batchId) {
        var asking = queue.getIfAvailable();
        return jdbc.sql("""
                        SELECT b.engine_id, i.position, i.case_id, i.label, i.request_id, i.problem,
                               i.reference_diagnosis, i.reference_findings
                        FROM ai_batch_item i JOIN ai_batch b ON b.id = i.batch_id
                        WHERE i.batch_id = ? ORDER BY i.position""")
                .param(batchId)
                .query((rs, n) -> {
                    String request = rs.getString("request_id");
                    long caseId = rs.getLong("case_id");
                    return row(
                            rs.getString("engine_id"),
                            rs.getInt("position"),
                            rs.wasNull() ? null : caseId,
                            rs.getString("label"),
                            request == null || asking == null
                                    ? Optional.empty()
                                    : asking.find(UUID.fromString(request)),
                            rs.getString("problem"),
                            new Reference(
                                    rs.getString("reference_diagnosis"), lines(rs.getString("reference_findings"))));
                })
                .list();
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public BatchProgress progress(long batchId) {
        return BatchProgress.of(rows(batchId));
    }

    /** Per engine and model: how many measured answers agree with the reference. */
    public static List<ModelAgreement> agreement(List<BatchRow> rows) {
        return ModelAgreement.of(rows);
    }

    /** The run as CSV ({@link BatchCsv}), audited as an export. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void exportCsv(long batchId, OutputStream out) throws IOException {
        BatchCsv.write(rows(batchId), out);
        events.publishEvent(AuditableEvent.of(AiResearchAuditAction.AI_BATCH_EXPORTED)
                .target(AiResearchAuditAction.BATCH, Long.toString(batchId)));
    }

    public static String csvFileName(long batchId) {
        return "ai-batch-" + batchId + ".csv";
    }

    // --- planning

    /** One question to ask: prepared only when its turn comes (rendering is the slow part). */
    private record Planned(@Nullable Long caseId, String label, Reference reference, Supplier<Question> question) {}

    private record Question(List<PreparedImage> images, PromptCatalog.PromptVersion prompt, String userPrompt) {}

    private List<Planned> casesOf(long caseSetId, int size, Locale language) {
        return cases.cases(caseSetId, CaseFilter.ALL).stream()
                .map(c -> new Planned(c.id(), c.content().title(), reference(c), () -> caseQuestion(c, size, language)))
                .toList();
    }

    private Question caseQuestion(CaseView teachingCase, int size, Locale language) {
        var built = caseQuestions.build(teachingCase.id(), teachingCase.content(), size, language);
        return new Question(built.images(), built.prompt(), built.userPrompt());
    }

    private List<Planned> imagesOf(String seriesUid, int size, Locale language) {
        var series = index.series(seriesUid).orElseThrow(() -> new BatchException("ai.batch.error.no-series"));
        var attributes = series.attributes();
        var prompt = prompts.current(
                attributes.modality().orElse(""), attributes.bodyPartExamined().orElse(""), language);
        String question = PromptText.question(prompt, "", language);
        var query = InstanceQuery.builder(new Page(Page.MAX_LIMIT, 0))
                .seriesInstanceUids(List.of(seriesUid))
                .build();
        return index.findInstances(query).items().stream()
                .filter(i -> i.attributes().numberOfFrames().isPresent())
                .sorted(Comparator.comparingInt(
                        (IndexedInstance i) -> i.attributes().instanceNumber().orElse(Integer.MAX_VALUE)))
                .map(i -> new Planned(
                        null,
                        imageLabel(i),
                        new Reference("", List.of()),
                        () -> new Question(
                                List.of(images.forFrame(
                                        i.attributes().sopInstanceUid(), StoredOpinionImages.middleFrame(i), size)),
                                prompt,
                                question)))
                .toList();
    }

    private static String imageLabel(IndexedInstance image) {
        return image.attributes().instanceNumber().isPresent()
                ? "#" + image.attributes().instanceNumber().getAsInt()
                : image.attributes().sopInstanceUid();
    }

    private static Reference reference(CaseView teachingCase) {
        var content = teachingCase.content();
        return new Reference(
                content.diagnosis(),
                content.findings().stream().map(ReferenceFinding::finding).toList());
    }

    // --- rows

    private BatchRow row(
            String engineId,
            int position,
            @Nullable Long caseId,
            String label,
            Optional<OpinionRecord> record,
            @Nullable String problem,
            Reference reference) {
        String model = record.map(OpinionRecord::model).orElseGet(() -> modelOf(engineId));
        return new BatchRow(
                position,
                caseId,
                label,
                engineId,
                model,
                record.map(OpinionRecord::promptVersion).orElse(null),
                record.map(OpinionRecord::status),
                problem,
                record.map(OpinionRecord::latencyMs).orElse(null),
                record.map(OpinionRecord::text).orElse(""),
                reference,
                record.map(r -> agreement.measure(r, reference)).orElse(Agreement.NOT_MEASURED));
    }

    private String modelOf(String engineId) {
        return Optional.ofNullable(engines.getIfAvailable())
                .flatMap(e -> e.byId(engineId))
                .map(e -> e.descriptor().model())
                .orElse("");
    }

    private long insertBatch(String engineId, BatchSource source, SupportedLanguage language, int items) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO ai_batch (engine_id, source_kind, source_label, language, items, started_by,
                                              started_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        engineId,
                        source instanceof BatchSource.CaseSet ? "CASE_SET" : "SERIES",
                        truncated(source.label(), 300),
                        language.tag(),
                        items,
                        currentUser(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void insertItem(long batchId, int position, Planned item) {
        jdbc.sql("""
                        INSERT INTO ai_batch_item (batch_id, position, case_id, label, reference_diagnosis,
                                                   reference_findings)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        batchId,
                        position,
                        item.caseId(),
                        truncated(item.label(), 300),
                        truncated(item.reference().diagnosis(), 2000),
                        truncated(String.join("\n", item.reference().findings()), 8000))
                .update();
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String currentUser() {
        var who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "system" : who.getName();
    }
}
