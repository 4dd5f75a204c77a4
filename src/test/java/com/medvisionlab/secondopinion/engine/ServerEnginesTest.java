package com.medvisionlab.secondopinion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/** Configuration of the server engines: a wrong setting switches one engine off with a sentence, never the portal. */
class ServerEnginesTest {

    @Test
    void a_base_url_without_v1_is_named_in_one_sentence_and_that_engine_is_left_out() {
        var wrong =
                OpenAiServerEngineTest.settings("http://medgemma:8000", "", "/chat/completions", Duration.ofSeconds(5));
        var right = OpenAiServerEngineTest.settings(
                "http://medgemma:8000/v1/", "", "/chat/completions", Duration.ofSeconds(5));
        var engines = new LinkedHashMap<String, ServerEngineSettings>();
        engines.put("broken", wrong);
        engines.put("medgemma", right);

        assertThat(wrong.problems())
                .containsExactly("base-url must be an http(s) URL ending in /v1 (e.g. http://medgemma:8000/v1), not "
                        + "'http://medgemma:8000'");
        assertThat(right.problems()).isEmpty();
        assertThat(ServerEngines.from(new AiEngineProperties(engines)))
                .extracting(engine -> engine.descriptor().id())
                .containsExactly("medgemma");
    }

    @Test
    void the_completions_path_is_resolved_against_the_base_url() {
        assertThat(OpenAiServerEngineTest.settings("http://h:8000/v1/", "", "/chat/completions", Duration.ofSeconds(1))
                        .completionsUrl())
                .isEqualTo(URI.create("http://h:8000/v1/chat/completions"));
        assertThat(OpenAiServerEngineTest.settings("http://h:8080/v1", "", "/../invocations", Duration.ofSeconds(1))
                        .completionsUrl())
                .isEqualTo(URI.create("http://h:8080/invocations"));
    }

    @Test
    void the_api_key_never_appears_in_the_settings_text_nor_credentials_of_a_url_in_the_log() {
        var settings = OpenAiServerEngineTest.settings(
                "http://medgemma:8000/v1", "sk-very-secret", "/chat/completions", Duration.ofSeconds(1));

        assertThat(settings.toString()).doesNotContain("sk-very-secret").contains("apiKey=(set)");
        assertThat(ServerEngines.withoutUserInfo(URI.create("http://user:pw@medgemma:8000/v1/chat/completions")))
                .isEqualTo("http://medgemma:8000/v1/chat/completions");
    }
}
