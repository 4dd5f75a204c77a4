-- H2 has no PL/pgSQL trigger; the version is kept so both databases share one history.
-- Tampering on H2 is detected by AuditService.verify() (hash chain) rather than prevented.
COMMENT ON TABLE audit_event IS 'append-only; verified by hash chain';
