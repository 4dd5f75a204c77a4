package com.medvisionlab.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the audit tables; used only by {@link AuditService}, inside its transactions. */
@Repository
class AuditLog {

    record Head(long lastId, String lastHash) {}

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the chain head until the transaction ends: appends are serialised across threads and nodes. */
    Head lockHead() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")))
                .single();
    }

    Head head() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")))
                .single();
    }

    void append(AuditRecord row) {
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, actor, role, action, target_type, target_id,
                                         client_address, details, prev_hash, hash)
                VALUES (:id, :occurredAt, :actor, :role, :action, :targetType, :targetId,
                        :clientAddress, :details, :prevHash, :hash)
                """)
                .param("id", row.id())
                .param("occurredAt", OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC))
                .param("actor", row.actor())
                .param("role", row.role())
                .param("action", row.action())
                .param("targetType", row.targetType())
                .param("targetId", row.targetId())
                .param("clientAddress", row.clientAddress())
                .param("details", row.details())
                .param("prevHash", row.prevHash())
                .param("hash", row.hash())
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = :id, last_hash = :hash WHERE id = 1")
                .param("id", row.id())
                .param("hash", row.hash())
                .update();
    }

    long count(AuditFilter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event" + where(filter))
                .params(params(filter))
                .query(Long.class)
                .single();
    }

    /** Newest first. */
    List<AuditRecord> page(AuditFilter filter, long offset, int limit) {
        return jdbc.sql("SELECT * FROM audit_event" + where(filter) + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(params(filter))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> read(rs))
                .list();
    }

    private static String where(AuditFilter filter) {
        return filter.action() == null ? "" : " WHERE action = :action";
    }

    private static Map<String, ?> params(AuditFilter filter) {
        var action = filter.action();
        return action == null ? Map.of() : Map.of("action", action.name());
    }

    /** Oldest first, in batches, so verifying a long trail needs little memory. */
    void forEachInOrder(int batchSize, Consumer<AuditRecord> visitor) {
        long after = 0;
        while (true) {
            var batch = jdbc.sql("SELECT * FROM audit_event WHERE id > :after ORDER BY id LIMIT :limit")
                    .param("after", after)
                    .param("limit", batchSize)
                    .query((rs, n) -> read(rs))
                    .list();
            batch.forEach(visitor);
            if (batch.size() < batchSize) {
                return;
            }
            after = batch.getLast().id();
        }
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        Instant occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
        return new AuditRecord(
                rs.getLong("id"),
                occurredAt,
                rs.getString("actor"),
                rs.getString("role"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("client_address"),
                rs.getString("details"),
                rs.getString("prev_hash").trim(),
                rs.getString("hash").trim());
    }
}
