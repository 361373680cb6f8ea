-- Foundation: bookkeeping tables. schema_migrations itself is created by the
-- migrator. Every migration must be re-runnable (IF NOT EXISTS) because DDL
-- commits implicitly.

-- Who holds a job's named lock (GET_LOCK), for the "already running" message.
CREATE TABLE IF NOT EXISTS job_locks (
  job VARCHAR(64) NOT NULL PRIMARY KEY,
  connection_id BIGINT UNSIGNED NOT NULL,
  pid INT NOT NULL,
  host VARCHAR(255) NOT NULL,
  started_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
