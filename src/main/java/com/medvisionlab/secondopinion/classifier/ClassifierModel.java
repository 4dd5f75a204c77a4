package com.medvisionlab.secondopinion.classifier;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A registered classifier's row: what it is, how to feed it, where its weights are. */
@Table("ai_classifier_model")
record ClassifierModel(
        @Id @Nullable Long id,
        String engineId,
        String name,
        String labels,
        int inputSize,
        int channels,
        String meanValues,
        String stdValues,
        String activation,
        String blobKey,
        String sha256,
        long sizeBytes,
        String registeredBy,
        Instant registeredAt) {

    static ClassifierModel of(
            String engineId,
            String name,
            ClassifierSpec spec,
            String blobKey,
            String sha256,
            long sizeBytes,
            String registeredBy,
            Instant registeredAt) {
        return new ClassifierModel(
                null,
                engineId,
                name,
                String.join("\n", spec.labels()),
                spec.inputSize(),
                spec.channels(),
                join(spec.mean()),
                join(spec.std()),
                spec.activation().name(),
                blobKey,
                sha256,
                sizeBytes,
                registeredBy,
                registeredAt);
    }

    ClassifierSpec spec() {
        return new ClassifierSpec(
                labels.lines().toList(),
                inputSize,
                channels,
                split(meanValues),
                split(stdValues),
                Activation.valueOf(activation));
    }

    ClassifierSummary summary() {
        return new ClassifierSummary(
                id == null ? -1 : id, engineId, name, spec(), sha256, sizeBytes, registeredBy, registeredAt);
    }

    private static String join(List<Double> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Double> split(String values) {
        return Arrays.stream(values.split(",")).map(Double::valueOf).toList();
    }
}
