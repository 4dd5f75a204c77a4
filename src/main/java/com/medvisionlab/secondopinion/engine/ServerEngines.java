package com.medvisionlab.secondopinion.engine;

import com.medvisionlab.secondopinion.SecondOpinionEngine;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured server engines. A misconfigured engine is left out with one clear line in the log (what is wrong and
 * how to fix it), never a failed start: the portal teaches without AI too.
 */
final class ServerEngines {

    private static final Logger LOG = LoggerFactory.getLogger(ServerEngines.class);

    private ServerEngines() {}

    static List<SecondOpinionEngine> from(AiEngineProperties properties) {
        var engines = new ArrayList<SecondOpinionEngine>();
        for (Map.Entry<String, ServerEngineSettings> entry :
                properties.engines().entrySet()) {
            var id = entry.getKey();
            var settings = entry.getValue();
            var problems = settings.problems();
            if (!problems.isEmpty()) {
                LOG.error(
                        "AI engine '{}' is switched off: {} (medvision.ai.engines.{}.*)",
                        id,
                        String.join("; ", problems),
                        id);
                continue;
            }
            engines.add(new OpenAiServerEngine(id, settings));
            LOG.info(
                    "AI engine '{}': model {} at {} ({} at once, images {} px)",
                    id,
                    settings.model(),
                    withoutUserInfo(settings.completionsUrl()),
                    settings.maxConcurrency(),
                    settings.imageSize());
        }
        return List.copyOf(engines);
    }

    /** A URL as logged: credentials in it ({@code http://user:secret@host}) stay out of the log. */
    static String withoutUserInfo(URI url) {
        return url.getRawUserInfo() == null ? url.toString() : url.toString().replace(url.getRawUserInfo() + "@", "");
    }
}
