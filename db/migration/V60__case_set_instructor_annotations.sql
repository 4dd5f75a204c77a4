-- When the enrolled students of a case set see the instructor's annotations: after they submit their own read
-- (the default, so annotations do not give the read away) or always.
ALTER TABLE case_set ADD COLUMN instructor_annotations VARCHAR(16) DEFAULT 'AFTER_SUBMISSION' NOT NULL;
ALTER TABLE case_set ADD CONSTRAINT case_set_instructor_annotations_check
    CHECK (instructor_annotations IN ('AFTER_SUBMISSION', 'ALWAYS'));
