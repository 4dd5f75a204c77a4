package com.medvisionlab.secondopinion.classifier;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One TorchScript model loaded by DJL's PyTorch engine. The model is thread-safe; each call makes its own predictor
 * and frees its tensors when done.
 */
final class TorchScriptClassifier implements AutoCloseable {

    static final String ENGINE = "PyTorch";

    private final Model model;
    private final ClassifierSpec spec;

    private TorchScriptClassifier(Model model, ClassifierSpec spec) {
        this.model = model;
        this.spec = spec;
    }

    /**
     * Loads a TorchScript file (it is read whole; the file may be deleted afterwards).
     *
     * @throws ClassifierLoadException when the file is not a TorchScript model this engine can load
     */
    static TorchScriptClassifier load(Path file, ClassifierSpec spec) {
        DjlRuntime.configure();
        var model = Model.newInstance("classifier", ENGINE);
        try {
            // "extraFiles" empty and no mapLocation: a plain CPU load of the scripted module
            model.load(file.getParent(), file.getFileName().toString(), Map.of());
            return new TorchScriptClassifier(model, spec);
        } catch (IOException | MalformedModelException | RuntimeException notTorchScript) {
            model.close();
            throw new ClassifierLoadException(
                    "not a TorchScript model: " + rootMessage(notTorchScript), notTorchScript);
        }
    }

    static TorchScriptClassifier load(byte[] torchScript, ClassifierSpec spec) throws IOException {
        var directory = Files.createTempDirectory("medvision-model");
        var file = directory.resolve("model.pt");
        try {
            Files.write(file, torchScript);
            return load(file, spec);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        }
    }

    ClassifierSpec spec() {
        return spec;
    }

    /**
     * The model's raw outputs (logits) for one input laid out as {@link ImageTensor} makes it.
     *
     * @throws ClassifierLoadException when the model does not take this input or gives no flat vector of scores
     */
    float[] logits(float[] input) {
        try (var manager = model.getNDManager().newSubManager();
                Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator())) {
            var tensor = manager.create(input, new Shape(1, spec.channels(), spec.inputSize(), spec.inputSize()));
            NDList output = predictor.predict(new NDList(tensor));
            if (output.isEmpty()) {
                throw new ClassifierLoadException("the model returned nothing", null);
            }
            var scores = output.get(0);
            long count = scores.getShape().size();
            var shape = scores.getShape();
            if (shape.dimension() > 2 || (shape.dimension() == 2 && shape.get(0) != 1)) {
                throw new ClassifierLoadException("the model returned scores of shape " + shape, null);
            }
            var logits =
                    scores.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray();
            if (logits.length != count) {
                throw new ClassifierLoadException("the model returned an unexpected output", null);
            }
            return logits;
        } catch (TranslateException | RuntimeException failed) {
            if (failed instanceof ClassifierLoadException known) {
                throw known;
            }
            throw new ClassifierLoadException("the model failed on its input: " + rootMessage(failed), failed);
        }
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        var firstLine = message.lines().findFirst().orElse("");
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "..." : firstLine;
    }

    @Override
    public void close() {
        model.close();
    }
}
