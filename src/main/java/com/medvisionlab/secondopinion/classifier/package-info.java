/**
 * Image classifiers run in the portal: a researcher registers a TorchScript model with its labels, input size,
 * channels, normalisation and activation; DJL's PyTorch engine (CPU natives from Maven Central jars, never downloaded
 * at run time) loads it from the encrypted blob store and answers with a probability per label.
 */
@NullMarked
package com.medvisionlab.secondopinion.classifier;

import org.jspecify.annotations.NullMarked;
