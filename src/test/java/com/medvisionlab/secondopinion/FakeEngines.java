package com.medvisionlab.secondopinion;

import com.medvisionlab.secondopinion.EngineDescriptor.EngineKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Engines for tests: each answers with a function of the question, instantly. */
final class FakeEngines implements SecondOpinionEngines {

    private final List<SecondOpinionEngine> engines;

    FakeEngines(SecondOpinionEngine... engines) {
        this.engines = List.of(engines);
    }

    static SecondOpinionEngine vlm(String id, int imageSize, Function<EngineQuestion, String> answer) {
        var descriptor = new EngineDescriptor(id, EngineKind.VISION_LANGUAGE, "fake/" + id, "", imageSize, 4);
        return new SecondOpinionEngine() {
            @Override
            public EngineDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public EngineAnswer answer(EngineQuestion question, OpinionSink sink) {
                String text = answer.apply(question);
                sink.text(text);
                return new EngineAnswer(text, List.of(), 10, 5, "");
            }
        };
    }

    @Override
    public List<SecondOpinionEngine> all() {
        return engines;
    }

    @Override
    public Optional<SecondOpinionEngine> byId(String engineId) {
        return engines.stream()
                .filter(e -> e.descriptor().id().equals(engineId))
                .findFirst();
    }
}
