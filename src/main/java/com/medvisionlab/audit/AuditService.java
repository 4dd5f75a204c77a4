package com.medvisionlab.audit;

import com.medvisionlab.audit.ChainVerification.Kind;
import com.medvisionlab.base.AuditableAction;
import com.medvisionlab.base.AuditableEvent;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Appends to and verifies the hash-chained audit trail. See the package documentation for how to audit. */
@Service
@Transactional
public class AuditService {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "guest";
    private static final int VERIFY_BATCH = 500;

    private final AuditLog log;
    private final Clock clock;
    private final AuditActionCatalog actions;

    AuditService(AuditLog log, Clock clock, AuditActionCatalog actions) {
        this.log = log;
        this.clock = clock;
        this.actions = actions;
    }

    /**
     * Records an event raised anywhere in the portal, stamped with the current user and client. Returns nothing:
     * whatever a listener returns, Spring publishes as a further event.
     */
    @EventListener
    public void record(AuditableEvent event) {
        var explicitActor = event.actor();
        var authentication =
                Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication());
        var actor = explicitActor != null
                ? explicitActor
                : authentication.map(AuditService::actorOf).orElse(SYSTEM);
        var role = explicitActor != null
                ? "-"
                : authentication.map(AuditService::roleOf).orElse("-");
        record(new AuditEntry(
                actor,
                role,
                event.action().name(),
                event.targetType(),
                event.targetId(),
                clientAddress(),
                event.details()));
    }

    /** Appends one row, linked to the previous row's hash. Other modules audit through {@link AuditableEvent}. */
    AuditRecord record(AuditEntry entry) {
        var head = log.lockHead();
        long id = head.lastId() + 1;
        // PostgreSQL keeps microseconds; truncating first makes the hashed time equal the stored time.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var details = AuditHash.canonicalJson(entry.details());
        var hash = AuditHash.of(id, now, entry, details, head.lastHash());
        var row = new AuditRecord(
                id,
                now,
                entry.actor(),
                entry.role(),
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                entry.clientAddress(),
                details,
                head.lastHash(),
                hash);
        log.append(row);
        return row;
    }

    /** Walks the whole chain and names the first missing, re-linked or edited row. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('READ_AUDIT')")
    public ChainVerification verify() {
        var walk = new ChainWalk();
        log.forEachInOrder(VERIFY_BATCH, walk::visit);
        return walk.result(log.head());
    }

    /** State of one pass over the chain, oldest row first. */
    private static final class ChainWalk {
        private long expectedId = 1;
        private String expectedPrevHash = AuditHash.GENESIS;
        private long checked;
        private Optional<ChainVerification> problem = Optional.empty();

        void visit(AuditRecord row) {
            if (problem.isPresent()) {
                return;
            }
            if (row.id() != expectedId) {
                problem = Optional.of(ChainVerification.broken(checked, expectedId, Kind.MISSING_ROW));
            } else if (!row.prevHash().equals(expectedPrevHash)) {
                problem = Optional.of(ChainVerification.broken(checked, row.id(), Kind.BROKEN_LINK));
            } else if (!AuditHash.of(row).equals(row.hash())) {
                problem = Optional.of(ChainVerification.broken(checked, row.id(), Kind.HASH_MISMATCH));
            }
            checked++;
            expectedId = row.id() + 1;
            expectedPrevHash = row.hash();
        }

        ChainVerification result(AuditLog.Head head) {
            if (problem.isPresent()) {
                return problem.get();
            }
            // Rows deleted from the end leave the head pointing past the last row.
            if (head.lastId() >= expectedId) {
                return ChainVerification.broken(checked, expectedId, Kind.MISSING_ROW);
            }
            if (head.lastId() > 0 && !head.lastHash().trim().equals(expectedPrevHash)) {
                return ChainVerification.broken(checked, head.lastId(), Kind.HASH_MISMATCH);
            }
            return ChainVerification.intact(checked);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('READ_AUDIT')")
    public List<AuditRecord> newestFirst(AuditFilter filter, long offset, int limit) {
        return log.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('READ_AUDIT')")
    public long count(AuditFilter filter) {
        return log.count(filter);
    }

    /** Every action any module may record, sorted by name: the choices of a filter. */
    @PreAuthorize("hasAuthority('READ_AUDIT')")
    public List<AuditableAction> actions() {
        return actions.all();
    }

    static String actorOf(Authentication authentication) {
        return authentication instanceof AnonymousAuthenticationToken ? ANONYMOUS : authentication.getName();
    }

    static String roleOf(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .findFirst()
                .orElse("-");
    }

    static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
