package com.medvisionlab.secondopinion.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.secondopinion.PromptCatalog.PromptVersion;
import com.medvisionlab.secondopinion.PromptCatalogService;
import com.medvisionlab.secondopinion.PromptScope;
import com.medvisionlab.secondopinion.PromptTemplate;
import com.medvisionlab.secondopinion.SavedPrompt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptCatalogViewTest extends ViewTest {

    private final PromptCatalogService catalog = mock(PromptCatalogService.class);
    private final PromptTemplate general =
            new PromptTemplate(1, PromptScope.general(SupportedLanguage.ENGLISH), 2, "ann", Instant.EPOCH);
    private final PromptVersion v1 = new PromptVersion(1, 1, "Old system", "Old question {history}");
    private final PromptVersion v2 = new PromptVersion(1, 2, "New system", "New question {history}");

    @Test
    void choosing_a_prompt_loads_its_current_text_and_an_old_version_is_shown_read_only_in_chinese() {
        when(catalog.templates()).thenReturn(List.of(general));
        when(catalog.history(1))
                .thenReturn(List.of(
                        new SavedPrompt(v2, "ann", Instant.EPOCH.plusSeconds(60)),
                        new SavedPrompt(v1, "bob", Instant.EPOCH)));

        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, () -> new PromptCatalogView(catalog));

        assertThat(find(H2.class, view).withId("prompts-heading").single().getText())
                .isEqualTo("AI 提示词");
        @SuppressWarnings("unchecked")
        Grid<PromptTemplate> templates =
                find(Grid.class, view).withId("prompts-templates").single();
        assertThat(templates.getListDataView().getItems()).containsExactly(general);
        templates.select(general);
        assertThat(find(TextArea.class, view).withId("prompts-system").single().getValue())
                .isEqualTo("New system");
        @SuppressWarnings("unchecked")
        Grid<SavedPrompt> history =
                find(Grid.class, view).withId("prompts-history").single();
        history.select(history.getListDataView().getItems().toList().get(1));
        var shown = find(TextArea.class, view).withId("prompts-shown-system").single();
        assertThat(shown.getValue()).isEqualTo("Old system");
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(find(H3.class, view).withId("prompts-shown-version").single().getText())
                .isEqualTo("第 1 版（只读）");
    }

    @Test
    void saving_sends_the_scope_and_texts_as_a_new_version() {
        when(catalog.templates()).thenReturn(List.of(general));
        when(catalog.save(any(), anyString(), anyString())).thenReturn(new PromptVersion(9, 1, "S", "Q"));

        var view = show(SupportedLanguage.ENGLISH, () -> new PromptCatalogView(catalog));
        find(TextField.class, view).withId("prompts-modality").single().setValue("ct");
        find(TextField.class, view).withId("prompts-body-part").single().setValue("chest");
        find(TextArea.class, view).withId("prompts-system").single().setValue("S");
        find(TextArea.class, view).withId("prompts-question").single().setValue("Q {history}");
        test(find(Button.class, view).withId("prompts-save").single()).click();

        verify(catalog).save(new PromptScope("CT", "CHEST", SupportedLanguage.ENGLISH), "S", "Q {history}");
    }
}
