package com.medvisionlab.secondopinion.classifier;

/**
 * A registration as entered: the TorchScript file, labels one per line, and the input description as typed (mean and
 * std as comma-separated numbers, one per channel or one for all).
 */
public record ClassifierUpload(
        String name,
        byte[] modelFile,
        String labels,
        int inputSize,
        int channels,
        String mean,
        String std,
        Activation activation) {}
