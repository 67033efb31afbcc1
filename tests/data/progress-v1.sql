-- A progress database as Syllabus schema version 1 wrote it.
-- test-store builds progress.db from this script at test time and checks
-- that opening it migrates to the current version without losing anything.
-- Times are µs since the epoch, UTC; TZ=UTC in the test environment.

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  mode TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  settings TEXT NOT NULL DEFAULT '',
  question_order TEXT NOT NULL,
  option_orders TEXT NOT NULL DEFAULT '',
  unscored TEXT NOT NULL DEFAULT '',
  flags TEXT NOT NULL DEFAULT '',
  time_limit_ms INTEGER NOT NULL DEFAULT 0,
  time_used_ms INTEGER NOT NULL DEFAULT 0,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  score REAL
);
CREATE TABLE answers (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  chosen TEXT NOT NULL,
  correct INTEGER NOT NULL,
  time_ms INTEGER NOT NULL DEFAULT 0,
  answered_at INTEGER NOT NULL,
  UNIQUE (session_id, question_id)
);
CREATE TABLE question_state (
  pack_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  due INTEGER NOT NULL,
  last_review INTEGER NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  PRIMARY KEY (pack_id, question_id)
) WITHOUT ROWID;

-- 2026-01-05 10:00 UTC = 1767607200
INSERT INTO sessions VALUES
  (1, 'drill', 'aws-dop-c02', '', 'q1001
q1002
q1003', '0,1,2,3;3,2,1,0;1,0,3,2,4', '', '', 0, 95000,
   1767607200000000, 1767607400000000, 0.6667),
  (2, 'exam', 'aws-dop-c02', 'extra-time=0', 'q1003
q1001', '2,0,1,3,4;0,1,2,3', '1', '0', 10800000, 60000,
   1767693600000000, NULL, NULL);

INSERT INTO answers VALUES
  (1, 1, 'q1001', '0', 1, 30000, 1767607230000000),
  (2, 1, 'q1002', '2', 0, 45000, 1767607275000000),
  (3, 1, 'q1003', '0,3', 1, 20000, 1767607295000000),
  (4, 2, 'q1003', '0', 0, 60000, 1767693660000000);

INSERT INTO question_state VALUES
  ('aws-dop-c02', 'q1001', 8.2956, 1.0, 1768323630000000, 1767607230000000, 1, 0),
  ('aws-dop-c02', 'q1002', 0.212, 6.4133, 1767693675000000, 1767607275000000, 1, 0),
  ('aws-dop-c02', 'q1003', 0.8, 7.5, 1767780060000000, 1767693660000000, 2, 1);

PRAGMA user_version = 1;
