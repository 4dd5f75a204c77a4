-- The audit view filters by action, newest first.
CREATE INDEX audit_event_action_idx ON audit_event (action, id);
