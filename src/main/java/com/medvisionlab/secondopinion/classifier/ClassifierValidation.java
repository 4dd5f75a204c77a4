package com.medvisionlab.secondopinion.classifier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Checks a registration before anything is stored: the form's values, then a dry run of the model on a blank image
 * of the declared input, whose output must have one score per label. Every refusal names a message key.
 */
final class ClassifierValidation {

    static final int MAX_NAME_LENGTH = 100;
    static final long MAX_MODEL_BYTES = 500L * 1024 * 1024;

    private ClassifierValidation() {}

    static String name(String name) {
        var trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new ClassifierRegistrationException("ai.models.error.name", MAX_NAME_LENGTH);
        }
        return trimmed;
    }

    static ClassifierSpec spec(ClassifierUpload upload) {
        var labels = upload.labels()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (labels.isEmpty()) {
            throw new ClassifierRegistrationException("ai.models.error.labels-empty");
        }
        if (labels.size() > ClassifierSpec.MAX_LABELS || labels.stream().anyMatch(label -> label.length() > 200)) {
            throw new ClassifierRegistrationException("ai.models.error.labels-too-many", ClassifierSpec.MAX_LABELS);
        }
        var seen = new HashSet<String>();
        for (var label : labels) {
            if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                throw new ClassifierRegistrationException("ai.models.error.labels-duplicate", label);
            }
        }
        if (upload.inputSize() < ClassifierSpec.MIN_INPUT_SIZE || upload.inputSize() > ClassifierSpec.MAX_INPUT_SIZE) {
            throw new ClassifierRegistrationException(
                    "ai.models.error.input-size", ClassifierSpec.MIN_INPUT_SIZE, ClassifierSpec.MAX_INPUT_SIZE);
        }
        if (upload.channels() != 1 && upload.channels() != 3) {
            throw new ClassifierRegistrationException("ai.models.error.channels");
        }
        var mean = numbers(upload.mean(), upload.channels(), false);
        var std = numbers(upload.std(), upload.channels(), true);
        return new ClassifierSpec(labels, upload.inputSize(), upload.channels(), mean, std, upload.activation());
    }

    /** "0.5" or "0.485, 0.456, 0.406": one value for all channels or one per channel. */
    private static List<Double> numbers(String text, int channels, boolean positive) {
        var values = new ArrayList<Double>();
        for (var part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                double value = Double.parseDouble(part);
                if (!Double.isFinite(value) || (positive && value <= 0)) {
                    throw new NumberFormatException(part);
                }
                values.add(value);
            } catch (NumberFormatException notANumber) {
                throw new ClassifierRegistrationException("ai.models.error.normalisation", channels);
            }
        }
        if (values.size() == 1) {
            return List.copyOf(java.util.Collections.nCopies(channels, values.getFirst()));
        }
        if (values.size() != channels) {
            throw new ClassifierRegistrationException("ai.models.error.normalisation", channels);
        }
        return List.copyOf(values);
    }

    static void modelFile(byte[] file) {
        if (file.length == 0) {
            throw new ClassifierRegistrationException("ai.models.error.file-missing");
        }
        if (file.length > MAX_MODEL_BYTES) {
            throw new ClassifierRegistrationException("ai.models.error.file-too-large", MAX_MODEL_BYTES / 1024 / 1024);
        }
        // TorchScript files are zip archives: refuse anything else before the natives are even loaded
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            throw new ClassifierRegistrationException("ai.models.error.not-torchscript");
        }
    }

    /** Loads the model and runs it once on a mid-grey image of the declared input; its scores must match the labels. */
    static void dryRun(byte[] file, ClassifierSpec spec) {
        try (var classifier = TorchScriptClassifier.load(file, spec)) {
            float[] input = new float[spec.channels() * spec.inputSize() * spec.inputSize()];
            int plane = spec.inputSize() * spec.inputSize();
            for (int c = 0; c < spec.channels(); c++) {
                float value = (float) ((0.5 - spec.mean().get(c)) / spec.std().get(c));
                java.util.Arrays.fill(input, c * plane, (c + 1) * plane, value);
            }
            float[] logits;
            try {
                logits = classifier.logits(input);
            } catch (ClassifierLoadException wrongInput) {
                throw new ClassifierRegistrationException(
                        "ai.models.error.dry-run", spec.channels(), spec.inputSize(), wrongInput.getMessage());
            }
            if (logits.length != spec.labels().size()) {
                throw new ClassifierRegistrationException(
                        "ai.models.error.label-count", spec.labels().size(), logits.length);
            }
        } catch (ClassifierLoadException notTorchScript) {
            throw new ClassifierRegistrationException("ai.models.error.not-torchscript");
        } catch (IOException | UnsatisfiedLinkError | IllegalStateException unavailable) {
            throw new ClassifierRegistrationException("ai.models.error.engine-unavailable");
        }
    }
}
