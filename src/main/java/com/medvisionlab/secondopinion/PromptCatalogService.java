package com.medvisionlab.secondopinion;

import com.medvisionlab.base.AuditableEvent;
import com.medvisionlab.base.SupportedLanguage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prompts researchers edit: every save adds a version (earlier ones stay as they were, because answers refer to
 * them); the general prompts in English and Chinese are seeded by the migration {@code V80}.
 */
@Service
@Transactional
public class PromptCatalogService implements PromptCatalog {

    static final int MAX_SYSTEM_PROMPT = 8000;
    static final int MAX_QUESTION = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PromptCatalogService(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The most specific current prompt, falling back to the modality's, the general one, then the English one. */
    @Override
    @Transactional(readOnly = true)
    public PromptVersion current(String modality, String bodyPart, Locale language) {
        var wanted =
                new PromptScope(modality, modality.isBlank() ? "" : bodyPart, SupportedLanguage.closestTo(language));
        var chain = new java.util.ArrayList<>(wanted.withFallbacks());
        chain.add(PromptScope.general(SupportedLanguage.ENGLISH));
        return chain.stream()
                .map(this::currentOf)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no general prompt: migration V80 seeds it"));
    }

    /** Every prompt with its current version, general first. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public List<PromptTemplate> templates() {
        return jdbc.sql("""
                        SELECT p.id, p.modality, p.body_part, p.language, v.version, v.saved_by, v.saved_at
                        FROM ai_prompt p JOIN ai_prompt_version v ON v.prompt_id = p.id
                        WHERE v.version = (SELECT MAX(w.version) FROM ai_prompt_version w WHERE w.prompt_id = p.id)
                        ORDER BY p.modality, p.body_part, p.language""")
                .query((rs, n) -> new PromptTemplate(
                        rs.getLong("id"),
                        scope(rs),
                        rs.getInt("version"),
                        rs.getString("saved_by"),
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** All versions of a prompt, newest first. */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    @Transactional(readOnly = true)
    public List<SavedPrompt> history(long promptId) {
        return jdbc.sql("""
                        SELECT prompt_id, version, system_prompt, question, saved_by, saved_at
                        FROM ai_prompt_version WHERE prompt_id = ? ORDER BY version DESC""")
                .param(promptId)
                .query((rs, n) -> new SavedPrompt(
                        version(rs),
                        rs.getString("saved_by"),
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** One version as it was saved, e.g. the one an answer names. */
    @Transactional(readOnly = true)
    public Optional<PromptVersion> version(long promptId, int version) {
        return jdbc.sql("""
                        SELECT prompt_id, version, system_prompt, question
                        FROM ai_prompt_version WHERE prompt_id = ? AND version = ?""")
                .param(promptId)
                .param(version)
                .query((rs, n) -> version(rs))
                .optional();
    }

    /**
     * Saves a new version of the scope's prompt (creating the prompt on its first save).
     *
     * @throws PromptException when a text is empty or too long, or someone else saved the same prompt meanwhile
     */
    @PreAuthorize("hasAuthority('AUTHOR_CASES')")
    public PromptVersion save(PromptScope scope, String systemPrompt, String question) {
        String system = systemPrompt.strip();
        String asked = question.strip();
        if (system.isEmpty() || asked.isEmpty()) {
            throw new PromptException("ai.prompts.error.empty");
        }
        if (system.length() > MAX_SYSTEM_PROMPT || asked.length() > MAX_QUESTION) {
            throw new PromptException(
                    "ai.prompts.error.too-long", Integer.toString(MAX_SYSTEM_PROMPT), Integer.toString(MAX_QUESTION));
        }
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long id = idOf(scope).orElseGet(() -> create(scope, now));
        int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM ai_prompt_version WHERE prompt_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        String by = currentUser();
        try {
            jdbc.sql("""
                            INSERT INTO ai_prompt_version (prompt_id, version, system_prompt, question, saved_by, saved_at)
                            VALUES (?, ?, ?, ?, ?, ?)""").params(id, next, system, asked, by, now).update();
        } catch (DuplicateKeyException concurrent) {
            throw new PromptException("ai.prompts.error.concurrent");
        }
        events.publishEvent(AuditableEvent.of(AiResearchAuditAction.AI_PROMPT_SAVED)
                .target(AiResearchAuditAction.PROMPT, Long.toString(id))
                .detail("version", Integer.toString(next))
                .detail(
                        "scope",
                        scope.modality() + "/" + scope.bodyPart() + "/"
                                + scope.language().tag()));
        return new PromptVersion(id, next, system, asked);
    }

    private Optional<PromptVersion> currentOf(PromptScope scope) {
        return idOf(scope)
                .flatMap(id -> jdbc.sql("""
                                SELECT prompt_id, version, system_prompt, question FROM ai_prompt_version
                                WHERE prompt_id = ? ORDER BY version DESC""").param(id).query((rs, n) -> version(rs)).stream()
                        .findFirst());
    }

    private Optional<Long> idOf(PromptScope scope) {
        return jdbc.sql("SELECT id FROM ai_prompt WHERE modality = ? AND body_part = ? AND language = ?")
                .params(scope.modality(), scope.bodyPart(), scope.language().tag())
                .query(Long.class)
                .optional();
    }

    private long create(PromptScope scope, OffsetDateTime now) {
        try {
            jdbc.sql("INSERT INTO ai_prompt (modality, body_part, language, created_at) VALUES (?, ?, ?, ?)")
                    .params(scope.modality(), scope.bodyPart(), scope.language().tag(), now)
                    .update();
        } catch (DuplicateKeyException concurrent) {
            throw new PromptException("ai.prompts.error.concurrent");
        }
        return idOf(scope).orElseThrow();
    }

    private static PromptVersion version(ResultSet rs) throws SQLException {
        return new PromptVersion(
                rs.getLong("prompt_id"), rs.getInt("version"), rs.getString("system_prompt"), rs.getString("question"));
    }

    private static PromptScope scope(ResultSet rs) throws SQLException {
        return new PromptScope(
                rs.getString("modality"),
                rs.getString("body_part"),
                SupportedLanguage.fromTag(rs.getString("language")).orElse(SupportedLanguage.ENGLISH));
    }

    private static String currentUser() {
        var who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "system" : who.getName();
    }
}
