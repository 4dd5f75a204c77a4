-- Case sets imported from an archive, keyed by the course and the SHA-256 of the archive's manifest, so importing
-- the same archive into the same course again recreates nothing.
CREATE TABLE case_set_import (
    course_id      BIGINT      NOT NULL REFERENCES course (id),
    archive_sha256 VARCHAR(64) NOT NULL,
    case_set_id    BIGINT      NOT NULL REFERENCES case_set (id),
    imported_by    VARCHAR(64) NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (course_id, archive_sha256)
);
