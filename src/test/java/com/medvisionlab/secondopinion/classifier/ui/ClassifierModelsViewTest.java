package com.medvisionlab.secondopinion.classifier.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.secondopinion.classifier.Activation;
import com.medvisionlab.secondopinion.classifier.ClassifierModels;
import com.medvisionlab.secondopinion.classifier.ClassifierRegistrationException;
import com.medvisionlab.secondopinion.classifier.ClassifierSpec;
import com.medvisionlab.secondopinion.classifier.ClassifierSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierModelsViewTest extends ViewTest {

    private final ClassifierModels models = mock(ClassifierModels.class);
    private final ClassifierSummary demo = new ClassifierSummary(
            4,
            "djl-demo-disc-detector",
            "Demo disc detector",
            new ClassifierSpec(
                    List.of("bright disc", "no disc"), 64, 1, List.of(0.5), List.of(0.5), Activation.SOFTMAX),
            "ab".repeat(32),
            5298,
            "researcher",
            Instant.parse("2026-12-03T10:00:00Z"));

    @Test
    void lists_the_registered_classifiers_and_shows_a_refusal_in_chinese() {
        when(models.list()).thenReturn(List.of(demo));
        when(models.register(any()))
                .thenThrow(new ClassifierRegistrationException("ai.models.error.label-count", 3, 2));

        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, () -> new ClassifierModelsView(models));

        assertThat(find(H2.class, view).withId("ai-models-heading").single().getText())
                .isEqualTo("AI 分类模型");
        @SuppressWarnings("unchecked")
        Grid<ClassifierSummary> grid =
                find(Grid.class, view).withId("ai-models-grid").single();
        assertThat(grid.getListDataView().getItems()).containsExactly(demo);

        find(TextField.class, view).withId("ai-model-name").single().setValue("Three labels");
        find(TextArea.class, view).withId("ai-model-labels").single().setValue("a\nb\nc");
        test(find(Button.class, view).withId("ai-model-register").single()).click();

        var shown = $(Notification.class).withId("ai-model-error").single();
        assertThat(test(shown).getText()).isEqualTo("共有 3 个标签，但模型给出 2 个输出：请为每个输出输入一个标签，顺序一致。");
    }
}
