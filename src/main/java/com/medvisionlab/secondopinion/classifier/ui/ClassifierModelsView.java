package com.medvisionlab.secondopinion.classifier.ui;

import com.medvisionlab.base.ui.DateTimes;
import com.medvisionlab.secondopinion.classifier.Activation;
import com.medvisionlab.secondopinion.classifier.ClassifierModels;
import com.medvisionlab.secondopinion.classifier.ClassifierRegistrationException;
import com.medvisionlab.secondopinion.classifier.ClassifierSummary;
import com.medvisionlab.secondopinion.classifier.ClassifierUpload;
import com.medvisionlab.security.Permission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Researchers register image classifiers for the AI second opinion: a TorchScript file, its labels (one per line, in
 * output order), input size, channels, normalisation and activation. The portal dry-runs the model before storing
 * it, so a file that is not TorchScript or has a different number of outputs is refused with the reason.
 */
@Route("ai/models")
@Menu(order = 70, title = "nav.ai-models", icon = "vaadin:cogs")
@RolesAllowed(Permission.Names.AUTHOR_CASES)
final class ClassifierModelsView extends VerticalLayout implements HasDynamicTitle {

    private final ClassifierModels models;
    private final Grid<ClassifierSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextArea labels = new TextArea();
    private final IntegerField inputSize = new IntegerField();
    private final Select<Integer> channels = new Select<>();
    private final TextField mean = new TextField();
    private final TextField std = new TextField();
    private final Select<Activation> activation = new Select<>();
    private final Span chosenFile = new Span();
    private volatile byte @Nullable [] modelFile;
    private volatile String modelFileName = "";

    ClassifierModelsView(ClassifierModels models) {
        this.models = models;
        var heading = new H2(getTranslation("ai.models.heading"));
        heading.setId("ai-models-heading");
        add(heading, new Paragraph(getTranslation("ai.models.intro")), form(), grid);
        configureGrid();
        refresh();
    }

    private VerticalLayout form() {
        name.setId("ai-model-name");
        name.setLabel(getTranslation("ai.models.name"));
        labels.setId("ai-model-labels");
        labels.setLabel(getTranslation("ai.models.labels"));
        labels.setHelperText(getTranslation("ai.models.labels.help"));
        inputSize.setId("ai-model-input-size");
        inputSize.setLabel(getTranslation("ai.models.input-size"));
        inputSize.setValue(224);
        channels.setId("ai-model-channels");
        channels.setLabel(getTranslation("ai.models.channels"));
        channels.setItems(1, 3);
        channels.setItemLabelGenerator(count -> getTranslation("ai.models.channels." + count));
        channels.setValue(1);
        mean.setId("ai-model-mean");
        mean.setLabel(getTranslation("ai.models.mean"));
        mean.setValue("0.5");
        std.setId("ai-model-std");
        std.setLabel(getTranslation("ai.models.std"));
        std.setValue("0.5");
        mean.setHelperText(getTranslation("ai.models.normalisation.help"));
        activation.setId("ai-model-activation");
        activation.setLabel(getTranslation("ai.models.activation"));
        activation.setItems(Activation.values());
        activation.setItemLabelGenerator(value -> getTranslation("ai.models.activation." + value.name()));
        activation.setValue(Activation.SOFTMAX);

        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            modelFile = bytes;
            modelFileName = metadata.fileName();
        }));
        upload.setId("ai-model-file");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pt", ".pth", ".ts", ".zip");
        upload.setUploadButton(new Button(getTranslation("ai.models.file")));
        upload.addSucceededListener(done -> chosenFile.setText(modelFileName));
        upload.addFileRemovedListener(removed -> {
            modelFile = null;
            chosenFile.setText("");
        });

        var register = new Button(getTranslation("ai.models.register"), click -> register());
        register.setId("ai-model-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var fields = new FormLayout(name, inputSize, channels, activation, mean, std);
        return new VerticalLayout(fields, labels, upload, chosenFile, register);
    }

    private void register() {
        var file = modelFile;
        try {
            var registered = models.register(new ClassifierUpload(
                    name.getValue(),
                    file == null ? new byte[0] : file,
                    labels.getValue(),
                    inputSize.getValue() == null ? 0 : inputSize.getValue(),
                    channels.getValue() == null ? 0 : channels.getValue(),
                    mean.getValue(),
                    std.getValue(),
                    activation.getValue() == null ? Activation.SOFTMAX : activation.getValue()));
            Notification.show(getTranslation("ai.models.registered", registered.name(), registered.engineId()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            name.clear();
            labels.clear();
        } catch (ClassifierRegistrationException refused) {
            var message = getTranslation(refused.messageKey(), refused.arguments());
            var notification = Notification.show(message);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setId("ai-model-error");
        }
        refresh();
    }

    private void configureGrid() {
        grid.setId("ai-models-grid");
        grid.addColumn(ClassifierSummary::name).setHeader(getTranslation("ai.models.name"));
        grid.addColumn(ClassifierSummary::engineId).setHeader(getTranslation("ai.models.engine-id"));
        grid.addColumn(model -> String.join(", ", model.spec().labels())).setHeader(getTranslation("ai.models.labels"));
        grid.addColumn(model -> getTranslation(
                        "ai.models.input",
                        model.spec().channels(),
                        model.spec().inputSize(),
                        getTranslation("ai.models.activation."
                                + model.spec().activation().name())))
                .setHeader(getTranslation("ai.models.input-size"));
        grid.addColumn(model ->
                        model.registeredBy() + ", " + DateTimes.shortDateTime(model.registeredAt(), getLocale()))
                .setHeader(getTranslation("ai.models.registered-by"));
        grid.addComponentColumn(this::removeButton);
    }

    private Button removeButton(ClassifierSummary model) {
        var remove = new Button(getTranslation("ai.models.remove"), click -> {
            try {
                models.remove(model.id());
            } catch (ClassifierRegistrationException refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
            }
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private void refresh() {
        grid.setItems(models.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ai.models.heading");
    }
}
