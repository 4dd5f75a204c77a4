package com.medvisionlab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.TestDatabase;
import com.medvisionlab.audit.ChainVerification.Kind;
import com.medvisionlab.base.AuditableEvent;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Tampering is done by plain JDBC on a private H2 database, where no trigger prevents it. */
@SpringBootTest(properties = TestDatabase.PRIVATE_H2)
@WithMockUser(
        username = "auditor",
        authorities = {"ROLE_RESEARCHER", "READ_AUDIT"})
class AuditChainTest {

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void published_events_are_stamped_with_the_current_user_and_chained() {
        events.publishEvent(AuditableEvent.of(TestAuditAction.CASE_PUBLISHED)
                .target("case", "42")
                .detail("title", "Knee \"MRI\""));

        var newest = audit.newestFirst(AuditFilter.ALL, 0, 1).getFirst();
        assertThat(newest.actor()).isEqualTo("auditor");
        assertThat(newest.role()).isEqualTo("RESEARCHER");
        assertThat(newest.action()).isEqualTo("CASE_PUBLISHED");
        assertThat(newest.targetId()).isEqualTo("42");
        assertThat(newest.details()).isEqualTo("{\"title\":\"Knee \\\"MRI\\\"\"}");
        var previous = audit.newestFirst(AuditFilter.ALL, 1, 1);
        if (!previous.isEmpty()) {
            assertThat(newest.prevHash()).isEqualTo(previous.getFirst().hash());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void every_action_enum_of_the_portal_is_declared_so_the_audit_view_can_offer_it() {
        assertThat(audit.actions()).containsExactlyInAnyOrderElementsOf(AuditActionCatalogTest.portalActions());
    }

    @Test
    void an_edited_row_is_named_by_verify() {
        var rows = recordSome(3);
        var middle = rows.get(1);
        var original = middle.details();
        try {
            jdbc.sql("UPDATE audit_event SET details = '{\"n\":\"999\"}' WHERE id = :id")
                    .param("id", middle.id())
                    .update();

            var verification = audit.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstProblem())
                    .contains(new ChainVerification.Problem(middle.id(), Kind.HASH_MISMATCH));
        } finally {
            jdbc.sql("UPDATE audit_event SET details = :d WHERE id = :id")
                    .param("d", original)
                    .param("id", middle.id())
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_deleted_middle_row_is_named_by_verify() {
        var rows = recordSome(3);
        var middle = rows.get(1);
        jdbc.sql("DELETE FROM audit_event WHERE id = :id")
                .param("id", middle.id())
                .update();
        try {
            assertThat(audit.verify().firstProblem())
                    .contains(new ChainVerification.Problem(middle.id(), Kind.MISSING_ROW));
        } finally {
            restore(middle);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_deleted_last_row_is_detected_through_the_chain_head() {
        var rows = recordSome(2);
        var last = rows.getLast();
        jdbc.sql("DELETE FROM audit_event WHERE id = :id")
                .param("id", last.id())
                .update();
        try {
            assertThat(audit.verify().firstProblem())
                    .contains(new ChainVerification.Problem(last.id(), Kind.MISSING_ROW));
        } finally {
            restore(last);
        }
    }

    @Test
    void a_row_relinked_to_another_predecessor_is_named_by_verify() {
        var rows = recordSome(3);
        var third = rows.get(2);
        try {
            jdbc.sql("UPDATE audit_event SET prev_hash = :h WHERE id = :id")
                    .param("h", rows.getFirst().hash())
                    .param("id", third.id())
                    .update();
            assertThat(audit.verify().firstProblem())
                    .contains(new ChainVerification.Problem(third.id(), Kind.BROKEN_LINK));
        } finally {
            jdbc.sql("UPDATE audit_event SET prev_hash = :h WHERE id = :id")
                    .param("h", third.prevHash())
                    .param("id", third.id())
                    .update();
        }
    }

    @Test
    void concurrent_appends_form_one_gapless_chain() throws Exception {
        long before = audit.count(AuditFilter.ALL);
        int threads = 6;
        int perThread = 20;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var tasks = new ArrayList<Callable<Void>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        audit.record(entry("CONCURRENT", thread + "-" + i));
                    }
                    return null;
                });
            }
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        }
        assertThat(audit.count(AuditFilter.ALL)).isEqualTo(before + threads * perThread);
        var verification = audit.verify();
        assertThat(verification.firstProblem()).isEmpty();
        assertThat(verification.rowsChecked()).isEqualTo(audit.count(AuditFilter.ALL));
    }

    private java.util.List<AuditRecord> recordSome(int n) {
        var rows = new ArrayList<AuditRecord>();
        for (int i = 0; i < n; i++) {
            rows.add(audit.record(entry("TEST", Integer.toString(i))));
        }
        return rows;
    }

    private static AuditEntry entry(String action, String n) {
        return new AuditEntry("tester", "RESEARCHER", action, "test", n, "127.0.0.1", Map.of("n", n));
    }

    private void restore(AuditRecord row) {
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, actor, role, action, target_type, target_id, client_address,
                                         details, prev_hash, hash)
                VALUES (:id, :at, :actor, :role, :action, :tt, :ti, :ca, :details, :prev, :hash)""")
                .param("id", row.id())
                .param("at", java.time.OffsetDateTime.ofInstant(row.occurredAt(), java.time.ZoneOffset.UTC))
                .param("actor", row.actor())
                .param("role", row.role())
                .param("action", row.action())
                .param("tt", row.targetType())
                .param("ti", row.targetId())
                .param("ca", row.clientAddress())
                .param("details", row.details())
                .param("prev", row.prevHash())
                .param("hash", row.hash())
                .update();
    }
}
