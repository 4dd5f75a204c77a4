package com.medvisionlab.secondopinion;

import com.medvisionlab.secondopinion.OpinionRecord.OpinionStatus;
import com.medvisionlab.security.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link SecondOpinionQueue}: stores each request (prompt texts and images in the tables, so nothing large sits in
 * memory or in a job) and hands its id to the {@link OpinionDispatcher}; an identical earlier answer is reused at once.
 */
final class QueuedOpinions implements SecondOpinionQueue {

    private final OpinionStore store;
    private final EngineLanes lanes;
    private final OpinionDispatcher dispatcher;
    private final LiveOpinions live;
    private final TransactionTemplate transactions;
    private final Clock clock;

    QueuedOpinions(
            OpinionStore store,
            EngineLanes lanes,
            OpinionDispatcher dispatcher,
            LiveOpinions live,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.lanes = lanes;
        this.dispatcher = dispatcher;
        this.live = live;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public UUID ask(OpinionRequest request) {
        var who = signedIn();
        if (!has(who, Permission.RUN_AI)) {
            throw new AccessDeniedException("RUN_AI needed");
        }
        var engine = lanes.engine(request.engineId())
                .orElseThrow(() -> new OpinionException("opinion.error.engine-unknown"));
        var descriptor = engine.descriptor();
        var key = DedupeKey.of(descriptor, request);
        var id = UUID.randomUUID();
        var now = clock.instant();
        var stored = store.latestAnswered(key);
        if (stored.isPresent()) {
            var earlier = stored.get();
            var reused = new OpinionRecord(
                    id,
                    descriptor.id(),
                    earlier.model(),
                    earlier.modelVersion(),
                    request.caseId(),
                    request.batchId(),
                    request.prompt().id(),
                    request.prompt().version(),
                    DedupeKey.hashes(request.images()),
                    OpinionStatus.ANSWERED,
                    earlier.text(),
                    earlier.findings(),
                    earlier.promptTokens(),
                    earlier.completionTokens(),
                    null, // no engine call was made
                    true,
                    who.getName(),
                    now,
                    now);
            transactions.executeWithoutResult(status -> {
                store.insert(reused, request, key);
                dispatcher.audit(reused, null);
            });
            return id;
        }
        var queued = new OpinionRecord(
                id,
                descriptor.id(),
                descriptor.model(),
                descriptor.modelVersion(),
                request.caseId(),
                request.batchId(),
                request.prompt().id(),
                request.prompt().version(),
                DedupeKey.hashes(request.images()),
                OpinionStatus.QUEUED,
                "",
                List.of(),
                null,
                null,
                null,
                false,
                who.getName(),
                now,
                null);
        transactions.executeWithoutResult(status -> {
            store.insert(queued, request, key);
            store.insertImages(id, request.images());
        });
        dispatcher.submit(id);
        return id;
    }

    @Override
    public void cancel(UUID requestId) {
        var who = signedIn();
        var owner = store.requestedBy(requestId);
        if (owner == null) {
            return;
        }
        if (!owner.equals(who.getName()) && !has(who, Permission.AUTHOR_CASES)) {
            throw new AccessDeniedException("not your request");
        }
        var cancelled = transactions.execute(status -> {
            if (!store.markCancelled(requestId, clock.instant())) {
                return false;
            }
            store.find(requestId).ifPresent(record -> dispatcher.audit(record, null));
            return true;
        });
        if (Boolean.TRUE.equals(cancelled)) {
            dispatcher.cancel(requestId);
            store.find(requestId).ifPresent(live::finished);
        }
    }

    @Override
    public Optional<OpinionRecord> find(UUID requestId) {
        var running = live.get(requestId);
        return running.isPresent() ? running : store.find(requestId);
    }

    @Override
    public AutoCloseable follow(UUID requestId, Consumer<OpinionRecord> listener) {
        var handle = live.follow(requestId, listener);
        find(requestId).ifPresent(listener);
        return handle;
    }

    private static Authentication signedIn() {
        var who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("sign in to ask the AI");
        }
        return who;
    }

    private static boolean has(Authentication who, Permission permission) {
        return who.getAuthorities().stream().anyMatch(a -> permission.name().equals(a.getAuthority()));
    }
}
