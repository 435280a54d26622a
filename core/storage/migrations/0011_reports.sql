-- Reports: the indexes that let the daily report read one day and the monthly report one month
-- of a center's whole history by index ranges (see core/reports/ReportLoader.cpp and
-- docs/reports.md). tickets_day (service_date, status), cases_received_id (received_at, id),
-- cases_status_due (status, promised_due) and ratings_at (rated_at) already exist.

-- Cases accepted, decided and handed over in a period.
CREATE INDEX cases_accepted_on ON cases (accepted_on);
CREATE INDEX cases_decided_on ON cases (decided_on);
CREATE INDEX cases_closed_at ON cases (closed_at);
-- Cases refused or withdrawn in a period: these states are final, so the last change is the day.
CREATE INDEX cases_final ON cases (status, updated_at);
