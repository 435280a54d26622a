-- Intake: what the case search and the art. 32 sweep ask of the cases table.
--
-- Lists page by keyset on (received_at, id), newest first, alone or within one status; the
-- plain received_at index of 0008 is covered by the first of these and dropped, so that an
-- intake does not pay for two indexes on the same column.
CREATE INDEX cases_received_id ON cases (received_at, id);
CREATE INDEX cases_status_received ON cases (status, received_at, id);
DROP INDEX cases_received;
-- The cases taken in while serving a queue ticket.
CREATE INDEX cases_ticket ON cases (ticket_id);
