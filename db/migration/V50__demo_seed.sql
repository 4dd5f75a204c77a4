-- The demo course seeded on a fresh install: at most one row, so a second start (or a second instance starting at
-- the same time) seeds nothing.
CREATE TABLE demo_seed (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    course_id BIGINT  NOT NULL REFERENCES course (id),
    seeded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
