package com.medvisionlab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs only when the suite is pointed at PostgreSQL (SPRING_DATASOURCE_URL=jdbc:postgresql:...). */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = "jdbc:postgresql:.*")
class AuditTriggerPostgresTest {

    @Autowired
    AuditService audit;

    @Autowired
    JdbcClient jdbc;

    private AuditRecord aRow() {
        return audit.record(new AuditEntry("tester", "RESEARCHER", "TRIGGER_TEST", null, null, null, Map.of("k", "v")));
    }

    @Test
    void updating_an_audit_row_is_rejected_by_the_database() {
        var row = aRow();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET details = '{}' WHERE id = :id")
                        .param("id", row.id())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(details(row.id())).isEqualTo(row.details());
    }

    @Test
    void deleting_an_audit_row_is_rejected_by_the_database() {
        var row = aRow();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id")
                        .param("id", row.id())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(details(row.id())).isEqualTo(row.details());
    }

    @Test
    void truncating_the_audit_table_is_rejected_by_the_database() {
        var row = aRow();
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(details(row.id())).isEqualTo(row.details());
    }

    private String details(long id) {
        return jdbc.sql("SELECT details FROM audit_event WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
