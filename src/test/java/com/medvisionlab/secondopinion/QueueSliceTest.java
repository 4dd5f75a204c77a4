package com.medvisionlab.secondopinion;

import com.medvisionlab.audit.AuditService;
import com.medvisionlab.base.JdbcSliceTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue with its table and the real audit listener on the suite's database, engines written by the tests
 * ({@link ScriptedEngine}), and short limits so retries, timeouts and the circuit show within a second. Not rolled
 * back: the queue's workers use their own connections and must see what {@code ask} committed; tests use their own
 * engines and request ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcSliceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({OpinionQueueConfiguration.class, QueueSliceTest.Collaborators.class})
@TestPropertySource(
        properties = {
            "medvision.ai.queue.timeout=1s",
            "medvision.ai.queue.max-attempts=2",
            "medvision.ai.queue.initial-backoff=50ms",
            "medvision.ai.queue.max-backoff=200ms",
            "medvision.ai.queue.breaker-threshold=3",
            "medvision.ai.queue.breaker-open-for=300ms"
        })
@interface QueueSliceTest {

    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(
            basePackageClasses = AuditService.class,
            excludeFilters = @ComponentScan.Filter(TestConfiguration.class))
    class Collaborators {
        @Bean
        TestEngines testEngines() {
            return new TestEngines();
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
