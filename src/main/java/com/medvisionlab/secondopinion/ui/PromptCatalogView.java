package com.medvisionlab.secondopinion.ui;

import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.secondopinion.PromptCatalog.PromptVersion;
import com.medvisionlab.secondopinion.PromptCatalogService;
import com.medvisionlab.secondopinion.PromptException;
import com.medvisionlab.secondopinion.PromptScope;
import com.medvisionlab.secondopinion.PromptTemplate;
import com.medvisionlab.secondopinion.SavedPrompt;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The prompt catalog: one system prompt and question per modality, body part and language. Saving always adds a
 * version; earlier versions are listed and shown read-only, since stored answers name them.
 */
@Route("ai/prompts")
@Menu(order = 70, title = "nav.ai-prompts", icon = "vaadin:comment-ellipsis")
@RolesAllowed(Permission.Names.AUTHOR_CASES)
final class PromptCatalogView extends VerticalLayout implements HasDynamicTitle {

    private final PromptCatalogService catalog;
    private final Grid<PromptTemplate> templates = new Grid<>();
    private final TextField modality = new TextField();
    private final TextField bodyPart = new TextField();
    private final Select<SupportedLanguage> language = new Select<>();
    private final TextArea systemPrompt = new TextArea();
    private final TextArea question = new TextArea();
    private final Grid<SavedPrompt> history = new Grid<>();
    private final H3 shownVersion = new H3();
    private final TextArea shownSystem = new TextArea();
    private final TextArea shownQuestion = new TextArea();

    PromptCatalogView(PromptCatalogService catalog) {
        this.catalog = catalog;
        var heading = new H2(getTranslation("ai.prompts.heading"));
        heading.setId("prompts-heading");

        templates.setId("prompts-templates");
        templates
                .addColumn(t -> AiTexts.orAny(this, t.scope().modality()))
                .setHeader(getTranslation("ai.prompts.modality"));
        templates
                .addColumn(t -> AiTexts.orAny(this, t.scope().bodyPart()))
                .setHeader(getTranslation("ai.prompts.body-part"));
        templates
                .addColumn(t -> AiTexts.language(this, t.scope().language()))
                .setHeader(getTranslation("ai.prompts.language"));
        templates.addColumn(PromptTemplate::version).setHeader(getTranslation("ai.prompts.version"));
        templates.addColumn(PromptTemplate::savedBy).setHeader(getTranslation("ai.prompts.saved-by"));
        templates.addColumn(t -> AiTexts.time(this, t.savedAt())).setHeader(getTranslation("ai.prompts.saved-at"));
        templates.setAllRowsVisible(true);
        templates.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        modality.setId("prompts-modality");
        modality.setLabel(getTranslation("ai.prompts.modality"));
        modality.setHelperText(getTranslation("ai.prompts.modality.help"));
        bodyPart.setId("prompts-body-part");
        bodyPart.setLabel(getTranslation("ai.prompts.body-part"));
        bodyPart.setHelperText(getTranslation("ai.prompts.body-part.help"));
        language.setId("prompts-language");
        language.setLabel(getTranslation("ai.prompts.language"));
        language.setItems(SupportedLanguage.values());
        language.setItemLabelGenerator(l -> AiTexts.language(this, l));
        language.setValue(SupportedLanguage.ENGLISH);
        systemPrompt.setId("prompts-system");
        systemPrompt.setLabel(getTranslation("ai.prompts.system"));
        systemPrompt.setWidthFull();
        systemPrompt.setMinHeight("8em");
        question.setId("prompts-question");
        question.setLabel(getTranslation("ai.prompts.question"));
        question.setHelperText(getTranslation("ai.prompts.question.help"));
        question.setWidthFull();
        var save = new Button(getTranslation("ai.prompts.save"), e -> save());
        save.setId("prompts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        history.setId("prompts-history");
        history.addColumn(s -> s.prompt().version()).setHeader(getTranslation("ai.prompts.version"));
        history.addColumn(SavedPrompt::savedBy).setHeader(getTranslation("ai.prompts.saved-by"));
        history.addColumn(s -> AiTexts.time(this, s.savedAt())).setHeader(getTranslation("ai.prompts.saved-at"));
        history.setAllRowsVisible(true);
        history.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue().prompt());
            }
        });
        shownVersion.setId("prompts-shown-version");
        shownSystem.setId("prompts-shown-system");
        shownSystem.setReadOnly(true);
        shownSystem.setLabel(getTranslation("ai.prompts.system"));
        shownSystem.setWidthFull();
        shownQuestion.setId("prompts-shown-question");
        shownQuestion.setReadOnly(true);
        shownQuestion.setLabel(getTranslation("ai.prompts.question"));
        shownQuestion.setWidthFull();
        shownVersion.setVisible(false);
        shownSystem.setVisible(false);
        shownQuestion.setVisible(false);

        add(
                heading,
                new Paragraph(getTranslation("ai.prompts.intro")),
                templates,
                new H3(getTranslation("ai.prompts.edit")),
                new HorizontalLayout(modality, bodyPart, language),
                systemPrompt,
                question,
                save,
                new H3(getTranslation("ai.prompts.history")),
                history,
                shownVersion,
                shownSystem,
                shownQuestion);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ai.prompts.heading");
    }

    private void refresh() {
        templates.setItems(catalog.templates());
    }

    private void edit(PromptTemplate template) {
        modality.setValue(template.scope().modality());
        bodyPart.setValue(template.scope().bodyPart());
        language.setValue(template.scope().language());
        var versions = catalog.history(template.id());
        history.setItems(versions);
        if (!versions.isEmpty()) {
            systemPrompt.setValue(versions.getFirst().prompt().systemPrompt());
            question.setValue(versions.getFirst().prompt().question());
        }
    }

    private void show(PromptVersion version) {
        shownVersion.setText(getTranslation("ai.prompts.shown-version", version.version()));
        shownSystem.setValue(version.systemPrompt());
        shownQuestion.setValue(version.question());
        shownVersion.setVisible(true);
        shownSystem.setVisible(true);
        shownQuestion.setVisible(true);
    }

    private void save() {
        try {
            var scope = new PromptScope(modality.getValue(), bodyPart.getValue(), language.getValue());
            var saved = catalog.save(scope, systemPrompt.getValue(), question.getValue());
            Notification.show(getTranslation("ai.prompts.saved", saved.version()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            history.setItems(catalog.history(saved.id()));
        } catch (PromptException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
