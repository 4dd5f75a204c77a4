package com.medvisionlab.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo course when the portal is ready ({@code medvision.demo.seed}, true unless set false; the tests set
 * it false). A failure is logged and the portal runs on without demo content; the next start tries again.
 */
@Component
@ConditionalOnProperty(name = "medvision.demo.seed", havingValue = "true", matchIfMissing = true)
class DemoSeedOnStart {

    private static final Logger log = LoggerFactory.getLogger(DemoSeedOnStart.class);

    private final DemoSeeder seeder;

    DemoSeedOnStart(DemoSeeder seeder) {
        this.seeder = seeder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        try {
            seeder.seedIfFresh();
        } catch (RuntimeException e) {
            log.warn("Demo content not seeded, will retry at the next start: {}", e.getMessage());
        }
    }
}
