-- Indexes that keep a center with years of history quick (docs/BENCHMARKS.md).

-- Applications received for review whose notice is not given yet. At every start the program
-- looks for those past the five working days, which the law deems accepted (Administrative
-- Licensing Law art. 32; IntakeService::pendingReviewStatement). Through cases_status_received
-- it read every application ever sent a one-time notice (100,000 rows on a million cases, ten
-- seconds on a cold disk); this index holds only the few still waiting. It leads with status,
-- like cases_status_received, so that SQLite's planner prefers it.
CREATE INDEX cases_review_pending ON cases (status, received_at)
    WHERE status = 'awaiting_correction' AND correction_due IS NULL;

-- The cases of the applicants a name fragment finds, newest first (CaseSearch::find): the
-- applicant, the time and the id, so that hundreds of cases are sorted in the index and only a
-- page of rows is read. It replaces the index on the applicant alone.
CREATE INDEX cases_applicant_received ON cases (applicant_id, received_at, id);
DROP INDEX cases_applicant;

-- The last four weeks' services of a ticket category, newest first, for the wait estimate
-- (QueueService::medianServiceMinutes, on every refresh of the queue pane and every ticket
-- slip). Through tickets_waiting it read every ticket of the category ever served and sorted
-- them: 12 seconds before the main window showed on three years of history.
CREATE INDEX tickets_done_by_category ON tickets (category_id, status, finished_at);

-- The applicants a name or its beginning finds, with their ids, for the case list
-- (ApplicantRepository::idsByName): read from the index alone instead of one random read of
-- each applicant's row. They replace the name indexes of migration 5.
DROP INDEX persons_name;
DROP INDEX organisations_name;
-- @sqlite
CREATE INDEX persons_name ON persons (name, updated_at, id);
CREATE INDEX organisations_name ON organisations (name, updated_at, id);
-- @end
-- @postgres
CREATE INDEX persons_name ON persons (name text_pattern_ops, updated_at, id);
CREATE INDEX organisations_name ON organisations (name text_pattern_ops, updated_at, id);
-- @end
