package com.medvisionlab.secondopinion.classifier;

import com.medvisionlab.secondopinion.EngineAnswer;
import com.medvisionlab.secondopinion.EngineAnswer.ClassifiedFinding;
import com.medvisionlab.secondopinion.EngineDescriptor;
import com.medvisionlab.secondopinion.EngineDescriptor.EngineKind;
import com.medvisionlab.secondopinion.EngineException;
import com.medvisionlab.secondopinion.EngineException.Failure;
import com.medvisionlab.secondopinion.EngineQuestion;
import com.medvisionlab.secondopinion.OpinionSink;
import com.medvisionlab.secondopinion.PreparedImage;
import com.medvisionlab.secondopinion.SecondOpinionEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A registered TorchScript classifier as an engine. Its model loads on the first question (the natives and weights
 * are not touched before anyone asks). With several images, a label's probability is its highest over the images (a
 * finding seen on any key image is a finding of the case). The text lists the labels, most probable first.
 */
final class DjlClassifierEngine implements SecondOpinionEngine, AutoCloseable {

    /** Classifiers run on the portal's own CPUs: two at a time keeps the web server responsive. */
    static final int MAX_CONCURRENCY = 2;

    private final EngineDescriptor descriptor;
    private final ClassifierSpec spec;
    private final ModelSource source;
    private @Nullable TorchScriptClassifier loaded;

    /** Where the TorchScript bytes come from (the blob store, or a file in tests). */
    @FunctionalInterface
    interface ModelSource {
        byte[] read() throws IOException;
    }

    DjlClassifierEngine(String id, String model, String modelVersion, ClassifierSpec spec, ModelSource source) {
        this.descriptor =
                new EngineDescriptor(id, EngineKind.CLASSIFIER, model, modelVersion, spec.inputSize(), MAX_CONCURRENCY);
        this.spec = spec;
        this.source = source;
    }

    @Override
    public EngineDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public EngineAnswer answer(EngineQuestion question, OpinionSink sink) throws EngineException {
        if (question.images().isEmpty()) {
            throw new EngineException(Failure.REJECTED, descriptor.id() + ": a classifier needs at least one image");
        }
        var classifier = classifier();
        var best = new double[spec.labels().size()];
        for (PreparedImage image : question.images()) {
            float[] input;
            try {
                input = ImageTensor.fromPng(image.png(), spec);
            } catch (IOException unreadable) {
                throw new EngineException(Failure.REJECTED, descriptor.id() + ": an image is not a readable PNG");
            }
            double[] probabilities;
            try {
                probabilities = spec.activation().probabilities(classifier.logits(input));
            } catch (ClassifierLoadException failed) {
                throw new EngineException(Failure.MALFORMED, descriptor.id() + ": " + failed.getMessage(), failed);
            }
            if (probabilities.length != best.length) {
                throw new EngineException(
                        Failure.MALFORMED,
                        descriptor.id() + ": " + probabilities.length + " outputs for " + best.length + " labels");
            }
            for (int i = 0; i < best.length; i++) {
                best[i] = Math.max(best[i], probabilities[i]);
            }
        }
        var findings = new ArrayList<ClassifiedFinding>();
        for (int i = 0; i < best.length; i++) {
            findings.add(new ClassifiedFinding(spec.labels().get(i), best[i]));
        }
        findings.sort(Comparator.comparingDouble(ClassifiedFinding::probability).reversed());
        var text = text(findings);
        sink.text(text);
        return new EngineAnswer(text, findings, null, null, descriptor.modelVersion());
    }

    /** One line per label, e.g. "bright disc: 99.9%"; percentages are language-neutral. */
    static String text(List<ClassifiedFinding> findings) {
        var text = new StringBuilder();
        for (var finding : findings) {
            text.append(finding.label())
                    .append(": ")
                    .append(String.format(Locale.ROOT, "%.1f%%", finding.probability() * 100))
                    .append('\n');
        }
        return text.toString();
    }

    private synchronized TorchScriptClassifier classifier() throws EngineException {
        if (loaded == null) {
            try {
                loaded = TorchScriptClassifier.load(source.read(), spec);
            } catch (IOException | ClassifierLoadException | UnsatisfiedLinkError | IllegalStateException failed) {
                // natives or weights that cannot be read now may be there after an operator's fix: retryable
                throw new EngineException(
                        Failure.UNAVAILABLE,
                        descriptor.id() + ": model not loaded (" + failed.getMessage() + ")",
                        failed);
            }
        }
        return loaded;
    }

    @Override
    public synchronized void close() {
        if (loaded != null) {
            loaded.close();
            loaded = null;
        }
    }
}
