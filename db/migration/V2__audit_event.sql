-- Append-only, hash-chained audit trail. Ids are assigned by AuditService (1, 2, 3, ... without gaps)
-- while it holds the chain head row locked, so a missing id is evidence of a deletion.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(128) NOT NULL,
    role           VARCHAR(32)  NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    target_type    VARCHAR(64),
    target_id      VARCHAR(256),
    client_address VARCHAR(64),
    details        TEXT         NOT NULL,
    prev_hash      CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL
);

CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);

-- One row: the last id and hash; locked FOR UPDATE by each append so the chain stays linear.
CREATE TABLE audit_chain_head (
    id        INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
