package com.medvisionlab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.base.AccessAuditAction;
import com.medvisionlab.base.JdbcSliceTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The audit tables' SQL; each test is rolled back, so appends here never reach a shared chain. */
@JdbcSliceTest
@Import(AuditLog.class)
class AuditLogTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00.123456Z");

    @Autowired
    AuditLog log;

    private String actor;

    @BeforeEach
    void uniqueActor() {
        actor = "tester-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_appended_row_reads_back_unchanged_and_becomes_the_chain_head() {
        var row = append("SIGN_IN", null);

        assertThat(log.page(AuditFilter.ALL, 0, 1)).containsExactly(row);
        assertThat(log.head()).isEqualTo(new AuditLog.Head(row.id(), row.hash()));
    }

    @Test
    void pages_are_newest_first() {
        var first = append("SIGN_IN", null);
        var second = append("SIGN_OUT", "10.0.0.1");

        assertThat(log.page(AuditFilter.ALL, 0, 2)).containsExactly(second, first);
        assertThat(log.page(AuditFilter.ALL, 1, 1)).containsExactly(first);
    }

    @Test
    void an_action_filter_reads_and_counts_only_that_action() {
        long deniedBefore = log.count(AuditFilter.action(AccessAuditAction.ACCESS_DENIED));
        long allBefore = log.count(AuditFilter.ALL);
        var denied = append(AccessAuditAction.ACCESS_DENIED.name(), null);
        append("SIGN_IN", null);

        assertThat(log.page(AuditFilter.action(AccessAuditAction.ACCESS_DENIED), 0, 1))
                .containsExactly(denied);
        assertThat(log.count(AuditFilter.action(AccessAuditAction.ACCESS_DENIED)))
                .isEqualTo(deniedBefore + 1);
        assertThat(log.count(AuditFilter.ALL)).isEqualTo(allBefore + 2);
    }

    @Test
    void rows_are_visited_oldest_first_across_batches() {
        var appended = new ArrayList<AuditRecord>();
        for (int i = 0; i < 5; i++) {
            appended.add(append("SIGN_IN", null));
        }
        var visited = new ArrayList<AuditRecord>();

        log.forEachInOrder(2, row -> {
            if (row.actor().equals(actor)) {
                visited.add(row);
            }
        });

        assertThat(visited).containsExactlyElementsOf(appended);
    }

    private AuditRecord append(String action, String clientAddress) {
        var head = log.lockHead();
        long id = head.lastId() + 1;
        var entry = new AuditEntry(actor, "RESEARCHER", action, null, null, clientAddress, java.util.Map.of());
        var hash = AuditHash.of(id, AT, entry, "{}", head.lastHash());
        var row = new AuditRecord(
                id, AT, actor, "RESEARCHER", action, null, null, clientAddress, "{}", head.lastHash(), hash);
        log.append(row);
        return row;
    }
}
