package com.medvisionlab.secondopinion.classifier;

import java.util.List;

/**
 * What a TorchScript classifier expects and answers: its input ({@code channels} x {@code inputSize} x
 * {@code inputSize}, pixel values scaled to 0..1 then {@code (v - mean[c]) / std[c]}) and its labels, in the order of
 * its outputs.
 */
public record ClassifierSpec(
        List<String> labels, int inputSize, int channels, List<Double> mean, List<Double> std, Activation activation) {

    public static final int MIN_INPUT_SIZE = 8;
    public static final int MAX_INPUT_SIZE = 1024;
    public static final int MAX_LABELS = 1000;

    public ClassifierSpec {
        labels = List.copyOf(labels);
        mean = List.copyOf(mean);
        std = List.copyOf(std);
    }
}
