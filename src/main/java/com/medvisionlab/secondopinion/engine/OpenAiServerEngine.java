package com.medvisionlab.secondopinion.engine;

import com.medvisionlab.secondopinion.EngineAnswer;
import com.medvisionlab.secondopinion.EngineDescriptor;
import com.medvisionlab.secondopinion.EngineDescriptor.EngineKind;
import com.medvisionlab.secondopinion.EngineException;
import com.medvisionlab.secondopinion.EngineException.Failure;
import com.medvisionlab.secondopinion.EngineProbe;
import com.medvisionlab.secondopinion.EngineQuestion;
import com.medvisionlab.secondopinion.OpinionSink;
import com.medvisionlab.secondopinion.PreparedImage;
import com.medvisionlab.secondopinion.SecondOpinionEngine;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.content.Media;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.util.MimeTypeUtils;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A vision-language model behind an OpenAI-compatible chat-completions server (vLLM, DJL Serving LMI, llama.cpp
 * server, Ollama), through its own Spring AI {@link OpenAiChatModel}: a system message, a user message with the text
 * and one {@code data:image/png;base64,...} part per image, streamed ({@code stream: true}, usage requested), each
 * delta passed to the sink as it arrives. No retries here: the queue retries.
 */
final class OpenAiServerEngine implements SecondOpinionEngine, EngineProbe {

    /** The HTTP call's outer bound; each question's own timeout is the real limit (see {@link #answer}). */
    private static final Duration CALL_LIMIT = Duration.ofMinutes(30);

    private final EngineDescriptor descriptor;
    private final OpenAiChatModel chatModel;
    private final ModelsProbe probe;

    OpenAiServerEngine(String id, ServerEngineSettings settings) {
        this.probe = new ModelsProbe(settings);
        this.descriptor = new EngineDescriptor(
                id,
                EngineKind.VISION_LANGUAGE,
                settings.model(),
                settings.modelVersion(),
                settings.imageSize(),
                settings.maxConcurrency());
        var interceptor = new ServerRequestInterceptor(
                settings.completionsUrl(), settings.connectTimeout(), settings.readTimeout());
        var options = OpenAiChatOptions.builder()
                .baseUrl(settings.normalizedBaseUrl())
                // empty: Spring AI's no-auth mode (no Authorization header), never the OPENAI_API_KEY of the host
                .apiKey(settings.apiKey())
                .model(settings.model())
                .maxTokens(settings.maxTokens())
                .temperature(settings.temperature())
                .streamUsage(true)
                .timeout(CALL_LIMIT)
                .maxRetries(0)
                .build();
        this.chatModel = OpenAiChatModel.builder()
                .options(options)
                .observationRegistry(ObservationRegistry.NOOP)
                .httpClientBuilderCustomizer(http -> http.interceptor(interceptor))
                .build();
    }

    /** For health and the engines' badges (the queue's {@code EngineProbe}). */
    @Override
    public boolean reachable() {
        return probe.reachable();
    }

    @Override
    public EngineDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public EngineAnswer answer(EngineQuestion question, OpinionSink sink) throws EngineException {
        var collected = new Collected();
        long deadline = System.nanoTime() + question.timeout().toNanos();
        try {
            chatModel.stream(new Prompt(List.of(new SystemMessage(question.systemPrompt()), userMessage(question))))
                    // closing the OpenAI client's stream may wait for the server: never on the caller's time
                    .cancelOn(Schedulers.boundedElastic())
                    // a deadline for the whole answer, however steadily the pieces come
                    .timeout(untilDeadline(deadline), piece -> untilDeadline(deadline))
                    .doOnNext(response -> collected.add(response, sink))
                    .blockLast();
        } catch (RuntimeException failed) {
            if (Thread.currentThread().isInterrupted() || causedByInterruption(failed)) {
                // the queue cancelled this request: the stream is closed; keep the flag for the queue to see
                Thread.currentThread().interrupt();
                throw new EngineException(Failure.TIMEOUT, descriptor.id() + ": interrupted", failed);
            }
            throw EngineFailures.of(descriptor.id(), failed);
        }
        if (collected.text.toString().isBlank()) {
            throw new EngineException(Failure.MALFORMED, descriptor.id() + ": the server sent an empty answer");
        }
        return new EngineAnswer(
                collected.text.toString(),
                List.of(),
                collected.promptTokens,
                collected.completionTokens,
                descriptor.modelVersion().isEmpty() ? collected.model : descriptor.modelVersion());
    }

    private static boolean causedByInterruption(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static Mono<Long> untilDeadline(long deadlineNanos) {
        return Mono.delay(Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())));
    }

    private static UserMessage userMessage(EngineQuestion question) {
        return UserMessage.builder()
                .text(question.userPrompt())
                .media(question.images().stream().map(OpenAiServerEngine::png).toList())
                .build();
    }

    private static Media png(PreparedImage image) {
        return Media.builder()
                .mimeType(MimeTypeUtils.IMAGE_PNG)
                .data(image.png())
                .name(image.sha256())
                .build();
    }

    /** What the stream has delivered so far; written by one thread at a time (the stream's). */
    private static final class Collected {
        private final StringBuilder text = new StringBuilder();
        private @Nullable Integer promptTokens;
        private @Nullable Integer completionTokens;
        private String model = "";

        void add(ChatResponse response, OpinionSink sink) {
            for (Generation generation : response.getResults()) {
                var piece = generation.getOutput().getText();
                if (piece != null && !piece.isEmpty()) {
                    text.append(piece);
                    sink.text(piece);
                }
            }
            var metadata = response.getMetadata();
            Usage usage = metadata.getUsage();
            if (usage != null && positive(usage.getPromptTokens()) | positive(usage.getCompletionTokens())) {
                promptTokens = usage.getPromptTokens();
                completionTokens = usage.getCompletionTokens();
            }
            if (metadata.getModel() != null && !metadata.getModel().isEmpty()) {
                model = metadata.getModel();
            }
        }

        private static boolean positive(@Nullable Integer count) {
            return count != null && count > 0;
        }
    }

    @Override
    public String toString() {
        return "OpenAiServerEngine[" + descriptor.id() + "]";
    }
}
