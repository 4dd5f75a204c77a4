package com.medvisionlab.secondopinion;

import com.medvisionlab.base.AuditableActions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue's parts. Concurrency is bounded by a fair semaphore per engine (its descriptor's maxConcurrency), not by
 * JobRunr workers: JobRunr hands out enqueued jobs only when it polls (every few seconds at best), which would add
 * seconds to every question; so the table is the durable queue, each request runs on a virtual thread the moment it
 * is asked, and JobRunr runs the recurring sweeper that puts unfinished requests back in line (after a restart or
 * anything else), needing no more than one of its workers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueueSettings.class)
class OpinionQueueConfiguration {

    static final String RECOVERY_JOB = "second-opinion-recovery";

    @Bean
    AuditableActions opinionQueueAuditActions() {
        return AuditableActions.of(OpinionQueueAuditAction.class);
    }

    @Bean
    OpinionStore opinionStore(JdbcClient jdbc) {
        return new OpinionStore(jdbc);
    }

    @Bean
    LiveOpinions liveOpinions() {
        return new LiveOpinions();
    }

    @Bean
    OpinionMetrics opinionMetrics(MeterRegistry registry) {
        return new OpinionMetrics(registry);
    }

    @Bean
    EngineLanes engineLanes(
            ObjectProvider<SecondOpinionEngines> engines, QueueSettings settings, OpinionMetrics metrics, Clock clock) {
        return new EngineLanes(engines, settings, metrics, clock);
    }

    @Bean
    OpinionDispatcher opinionDispatcher(
            OpinionStore store,
            EngineLanes lanes,
            LiveOpinions live,
            QueueSettings settings,
            OpinionMetrics metrics,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        return new OpinionDispatcher(store, lanes, live, settings, metrics, transactions, events, clock);
    }

    @Bean
    QueuedOpinions secondOpinionQueue(
            OpinionStore store,
            EngineLanes lanes,
            OpinionDispatcher dispatcher,
            LiveOpinions live,
            TransactionTemplate transactions,
            Clock clock) {
        return new QueuedOpinions(store, lanes, dispatcher, live, transactions, clock);
    }

    @Bean
    OpinionQueueStatus opinionQueueStatus(EngineLanes lanes, SecondOpinionQueue queue, Clock clock) {
        return new OpinionQueueStatus(lanes, queue, clock);
    }

    @Bean
    OpinionRecovery opinionRecovery(OpinionStore store, OpinionDispatcher dispatcher) {
        return new OpinionRecovery(store, dispatcher);
    }

    @Bean
    EngineHealth secondOpinionHealthContributor(EngineLanes lanes, OpinionQueueStatus status) {
        return new EngineHealth(lanes, status);
    }

    @Bean
    RecoveryStarter opinionRecoveryStarter(
            OpinionRecovery recovery, ObjectProvider<JobScheduler> scheduler, QueueSettings settings) {
        return new RecoveryStarter(recovery, scheduler, settings);
    }

    /** At start-up: requeue what the last process left, then let JobRunr sweep periodically. */
    static final class RecoveryStarter {
        private final OpinionRecovery recovery;
        private final ObjectProvider<JobScheduler> scheduler;
        private final QueueSettings settings;

        RecoveryStarter(OpinionRecovery recovery, ObjectProvider<JobScheduler> scheduler, QueueSettings settings) {
            this.recovery = recovery;
            this.scheduler = scheduler;
            this.settings = settings;
        }

        @EventListener(ApplicationReadyEvent.class)
        void started() {
            recovery.afterStart();
            // The job names only the bean type and method: JobRunr stores no payload, just this call.
            scheduler.ifAvailable(jobs -> jobs.<OpinionRecovery>scheduleRecurrently(
                    RECOVERY_JOB, settings.recoveryInterval(), sweeper -> sweeper.resubmitUnfinished()));
        }
    }
}
