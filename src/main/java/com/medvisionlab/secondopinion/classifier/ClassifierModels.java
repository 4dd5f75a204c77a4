package com.medvisionlab.secondopinion.classifier;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.secondopinion.SecondOpinionEngine;
import com.medvisionlab.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The researchers' registered classifiers: registration (validated, dry-run, weights encrypted in the blob store, a
 * row, an audit event), removal, and each as a {@link SecondOpinionEngine} whose model loads on its first question.
 */
@Service
@Transactional
public class ClassifierModels {

    static final String ENGINE_ID_PREFIX = "djl-";
    private static final String BLOB_PREFIX = "ai-models/";

    private final ClassifierModelRepository models;
    private final BlobStore blobs;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Engine ids taken by configuration ({@code medvision.ai.engines.*}), never given to a classifier. */
    private final Set<String> reservedIds;
    /** Loaded engines by engine id and weights, so a model loads once, not on every listing. */
    private final Map<String, DjlClassifierEngine> loaded = new ConcurrentHashMap<>();

    ClassifierModels(
            ClassifierModelRepository models,
            BlobStore blobs,
            Clock clock,
            ApplicationEventPublisher events,
            ReservedEngineIds reservedIds) {
        this.models = models;
        this.blobs = blobs;
        this.clock = clock;
        this.events = events;
        this.reservedIds = reservedIds.ids();
    }

    /** The engine ids configuration takes; classifiers get others. */
    public record ReservedEngineIds(Set<String> ids) {
        public ReservedEngineIds {
            ids = Set.copyOf(ids);
        }
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public ClassifierSummary register(ClassifierUpload upload) {
        var name = ClassifierValidation.name(upload.name());
        var spec = ClassifierValidation.spec(upload);
        ClassifierValidation.modelFile(upload.modelFile());
        ClassifierValidation.dryRun(upload.modelFile(), spec);
        var engineId = freeEngineId(name);
        var sha256 = sha256(upload.modelFile());
        var blobKey = BLOB_PREFIX + engineId + "/" + sha256 + ".pt";
        try {
            blobs.put(blobKey, new ByteArrayInputStream(upload.modelFile()), upload.modelFile().length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var saved = models.save(ClassifierModel.of(
                engineId, name, spec, blobKey, sha256, upload.modelFile().length, currentUser(), clock.instant()));
        events.publishEvent(AuditableEvent.of(ClassifierAuditAction.AI_CLASSIFIER_REGISTERED)
                .target(ClassifierAuditAction.TARGET_TYPE, String.valueOf(saved.id()))
                .detail("engine", engineId)
                .detail("sha256", sha256)
                .detail("labels", String.valueOf(spec.labels().size())));
        return saved.summary();
    }

    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public List<ClassifierSummary> list() {
        return models.findAllByOrderByNameAsc().stream()
                .map(ClassifierModel::summary)
                .toList();
    }

    /** Removes a classifier: its row, its weights, and its loaded model. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public void remove(long id) {
        var model =
                models.findById(id).orElseThrow(() -> new ClassifierRegistrationException("ai.models.error.unknown"));
        models.delete(model);
        try {
            blobs.delete(model.blobKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var engine = loaded.remove(cacheKey(model));
        if (engine != null) {
            engine.close();
        }
        events.publishEvent(AuditableEvent.of(ClassifierAuditAction.AI_CLASSIFIER_REMOVED)
                .target(ClassifierAuditAction.TARGET_TYPE, String.valueOf(id))
                .detail("engine", model.engineId()));
    }

    /** Every registered classifier as an engine (for the registry; no permission: the queue's workers ask). */
    @Transactional(readOnly = true)
    public List<SecondOpinionEngine> engines() {
        return models.findAllByOrderByNameAsc().stream()
                .map(model -> (SecondOpinionEngine) loaded.computeIfAbsent(cacheKey(model), key -> engine(model)))
                .toList();
    }

    private DjlClassifierEngine engine(ClassifierModel model) {
        return new DjlClassifierEngine(
                model.engineId(), model.name(), model.sha256().substring(0, 12), model.spec(), () -> {
                    try (var in = blobs.get(model.blobKey())) {
                        return in.readAllBytes();
                    }
                });
    }

    private static String cacheKey(ClassifierModel model) {
        return model.engineId() + "@" + model.sha256();
    }

    private String freeEngineId(String name) {
        var slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = "classifier";
        }
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        var base = ENGINE_ID_PREFIX + slug;
        var candidate = base;
        for (int n = 2; reservedIds.contains(candidate) || models.existsByEngineId(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String currentUser() {
        var who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null) {
            throw new ClassifierRegistrationException("ai.models.error.unknown");
        }
        return who.getName();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
