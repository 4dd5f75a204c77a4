package com.medvisionlab.secondopinion.classifier;

import org.jspecify.annotations.Nullable;

/** A model file that DJL cannot load, or that fails on the input its registration describes. */
final class ClassifierLoadException extends RuntimeException {

    ClassifierLoadException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
