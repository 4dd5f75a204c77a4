package com.medvisionlab.secondopinion.classifier;

/** How a classifier's logits become probabilities; part of its registration. */
public enum Activation {
    /** Multi-label: each label's probability on its own. */
    SIGMOID,
    /** Single-label: the probabilities add up to 1. */
    SOFTMAX;

    double[] probabilities(float[] logits) {
        var probabilities = new double[logits.length];
        if (this == SIGMOID) {
            for (int i = 0; i < logits.length; i++) {
                probabilities[i] = 1 / (1 + Math.exp(-logits[i]));
            }
            return probabilities;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = Math.exp(logits[i] - max); // shifted, so no overflow
            sum += probabilities[i];
        }
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] /= sum;
        }
        return probabilities;
    }
}
