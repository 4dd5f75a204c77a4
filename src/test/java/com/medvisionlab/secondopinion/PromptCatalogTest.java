package com.medvisionlab.secondopinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.base.SupportedLanguage;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "researcher", authorities = "AUTHOR_CASES")
class PromptCatalogTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PromptCatalogService catalog;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        SameUserEverywhere.mirror(context);
    }

    @AfterEach
    void signOut() {
        SameUserEverywhere.clear();
    }

    @Test
    void the_seeded_general_prompts_are_education_only_in_english_and_chinese() {
        var english = catalog.current("", "", Locale.ENGLISH);
        var chinese = catalog.current("", "", Locale.SIMPLIFIED_CHINESE);

        assertThat(english.systemPrompt()).contains("education only");
        assertThat(english.question()).contains(PromptText.HISTORY);
        assertThat(chinese.systemPrompt()).contains("仅供教学");
        assertThat(chinese.question()).contains(PromptText.HISTORY);
        assertThat(chinese.id()).isNotEqualTo(english.id());
    }

    @Test
    void a_question_falls_back_from_modality_and_body_part_to_modality_to_the_general_prompt() {
        // a made-up modality code, so prompts other tests saved cannot interfere
        String modality = "Z" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        var general = catalog.current("", "", Locale.ENGLISH);
        assertThat(catalog.current(modality, "CHEST", Locale.ENGLISH)).isEqualTo(general);

        var forModality =
                catalog.save(new PromptScope(modality, "", SupportedLanguage.ENGLISH), "System M", "Q M {history}");
        assertThat(catalog.current(modality, "chest ", Locale.ENGLISH)).isEqualTo(forModality);

        var forChest = catalog.save(
                new PromptScope(modality, "CHEST", SupportedLanguage.ENGLISH), "System MC", "Q MC {history}");
        assertThat(catalog.current(modality, "CHEST", Locale.ENGLISH)).isEqualTo(forChest);
        assertThat(catalog.current(modality, "ABDOMEN", Locale.ENGLISH)).isEqualTo(forModality);
        assertThat(catalog.current(modality, "CHEST", Locale.SIMPLIFIED_CHINESE))
                .as("no Chinese prompt for it: the Chinese general one")
                .isEqualTo(catalog.current("", "", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void every_save_is_a_new_version_and_earlier_versions_stay_as_they_were() {
        var scope = new PromptScope("Y" + UUID.randomUUID().toString().substring(0, 6), "", SupportedLanguage.ENGLISH);
        var first = catalog.save(scope, "First system", "First question");
        var second = catalog.save(scope, "Second system", "Second question");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(catalog.version(first.id(), first.version())).contains(first);
        assertThat(catalog.history(first.id())).extracting(SavedPrompt::prompt).containsExactly(second, first);
        assertThat(catalog.history(first.id()))
                .allSatisfy(s -> assertThat(s.savedBy()).isEqualTo("researcher"));
        assertThat(catalog.templates())
                .filteredOn(t -> t.id() == first.id())
                .singleElement()
                .satisfies(t -> assertThat(t.version()).isEqualTo(second.version()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'AI_PROMPT_SAVED' AND target_id = ?")
                        .param(Long.toString(first.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void an_empty_text_is_refused_and_nothing_is_saved() {
        var scope = new PromptScope("X" + UUID.randomUUID().toString().substring(0, 6), "", SupportedLanguage.ENGLISH);

        assertThatThrownBy(() -> catalog.save(scope, "  ", "Question"))
                .isInstanceOf(PromptException.class)
                .hasMessage("ai.prompts.error.empty");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ai_prompt WHERE modality = ?")
                        .param(scope.modality())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @WithMockUser(username = "student", authorities = "RUN_AI")
    void students_cannot_edit_prompts() {
        assertThatThrownBy(() -> catalog.save(PromptScope.general(SupportedLanguage.ENGLISH), "S", "Q"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_history_placeholder_is_filled_from_the_case_and_a_missing_history_is_said() {
        var prompt = new PromptCatalog.PromptVersion(1, 1, "S", "History: {history}. What is it?");

        assertThat(PromptText.question(prompt, " Fever.\n", Locale.ENGLISH)).isEqualTo("History: Fever.. What is it?");
        assertThat(PromptText.question(prompt, "", Locale.SIMPLIFIED_CHINESE)).isEqualTo("History: 未提供. What is it?");
    }
}
