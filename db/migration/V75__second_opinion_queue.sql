-- The AI second opinion's requests and answers. One row per request: what was asked (the exact prompt texts, the
-- prompt's id and version, the images' hashes), of which engine and model, its state in the queue, and the answer.
-- The images themselves wait in opinion_image until the request is finished (then they are deleted: the hashes
-- stay), so the queue's jobs carry only ids. Every value is de-identified.
CREATE TABLE opinion_request (
    id                UUID          NOT NULL PRIMARY KEY,
    engine_id         VARCHAR(100)  NOT NULL,
    model             VARCHAR(200)  NOT NULL,
    model_version     VARCHAR(200)  NOT NULL,
    case_id           BIGINT,
    batch_id          BIGINT,
    prompt_id         BIGINT        NOT NULL,
    prompt_version    INTEGER       NOT NULL,
    system_prompt     VARCHAR       NOT NULL,
    user_prompt       VARCHAR       NOT NULL,
    answer_language   VARCHAR(16)   NOT NULL,
    -- hex SHA-256 of each prepared image, in order, separated by ","
    image_sha256      VARCHAR       NOT NULL,
    -- SHA-256 over engine, model, prompt id+version, user prompt and image hashes: identical requests share it
    dedupe_key        VARCHAR(64)   NOT NULL,
    -- QUEUED, WAITING_FOR_ENGINE, RUNNING, ANSWERED, FAILED or CANCELLED
    status            VARCHAR(24)   NOT NULL,
    -- TIMEOUT, UNAVAILABLE, MALFORMED or REJECTED when FAILED (or the last failure of a retried request)
    failure_kind      VARCHAR(16),
    attempts          INTEGER       NOT NULL,
    answer_text       VARCHAR       NOT NULL,
    -- "label<TAB>probability" lines
    findings          VARCHAR       NOT NULL,
    prompt_tokens     INTEGER,
    completion_tokens INTEGER,
    latency_ms        BIGINT,
    from_stored       BOOLEAN       NOT NULL,
    requested_by      VARCHAR(100)  NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at       TIMESTAMP WITH TIME ZONE
);

CREATE INDEX opinion_request_dedupe_idx ON opinion_request (dedupe_key, status);
CREATE INDEX opinion_request_status_idx ON opinion_request (status, requested_at);
CREATE INDEX opinion_request_case_idx ON opinion_request (case_id, requested_at);
CREATE INDEX opinion_request_batch_idx ON opinion_request (batch_id);

CREATE TABLE opinion_image (
    request_id       UUID         NOT NULL REFERENCES opinion_request (id) ON DELETE CASCADE,
    ordinal          INTEGER      NOT NULL,
    png              BYTEA        NOT NULL,
    image_size       INTEGER      NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    sop_instance_uid VARCHAR(64)  NOT NULL,
    frame            INTEGER      NOT NULL,
    PRIMARY KEY (request_id, ordinal)
);
