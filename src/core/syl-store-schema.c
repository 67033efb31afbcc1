/* syl-store-schema.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The schema and its migrations. The version is in PRAGMA user_version; a
 * new file is created at version 1 and migrated forward like any old one,
 * so every migration runs on every first start and in every test.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "syl-store-private.h"

/* Version 1: the first schema. Kept verbatim; never edit, only migrate. */
static const char schema_v1[] =
  "CREATE TABLE sessions ("
  "  id INTEGER PRIMARY KEY,"
  "  mode TEXT NOT NULL,"
  "  pack_id TEXT NOT NULL,"
  "  settings TEXT NOT NULL DEFAULT '',"
  "  question_order TEXT NOT NULL,"
  "  option_orders TEXT NOT NULL DEFAULT '',"
  "  unscored TEXT NOT NULL DEFAULT '',"
  "  flags TEXT NOT NULL DEFAULT '',"
  "  time_limit_ms INTEGER NOT NULL DEFAULT 0,"
  "  time_used_ms INTEGER NOT NULL DEFAULT 0,"
  "  started_at INTEGER NOT NULL,"
  "  finished_at INTEGER,"
  "  score REAL"
  ");"
  "CREATE TABLE answers ("
  "  id INTEGER PRIMARY KEY,"
  "  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  question_id TEXT NOT NULL,"
  "  chosen TEXT NOT NULL,"
  "  correct INTEGER NOT NULL,"
  "  time_ms INTEGER NOT NULL DEFAULT 0,"
  "  answered_at INTEGER NOT NULL,"
  "  UNIQUE (session_id, question_id)"
  ");"
  "CREATE TABLE question_state ("
  "  pack_id TEXT NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  stability REAL NOT NULL,"
  "  difficulty REAL NOT NULL,"
  "  due INTEGER NOT NULL,"
  "  last_review INTEGER NOT NULL,"
  "  reps INTEGER NOT NULL,"
  "  lapses INTEGER NOT NULL,"
  "  PRIMARY KEY (pack_id, question_id)"
  ") WITHOUT ROWID;";

/* Version 2: per-answer confidence, changes and the memory state before
 * the answer (so a changed answer is rescheduled from the same start);
 * per-question counters; the daily summary, backfilled from the answers. */
static const char migration_v2[] =
  "ALTER TABLE answers ADD COLUMN unsure INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE answers ADD COLUMN changes INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE answers ADD COLUMN prior_stability REAL;"
  "ALTER TABLE answers ADD COLUMN prior_difficulty REAL;"
  "ALTER TABLE answers ADD COLUMN prior_due INTEGER;"
  "ALTER TABLE answers ADD COLUMN prior_last_review INTEGER;"
  "ALTER TABLE answers ADD COLUMN prior_reps INTEGER;"
  "ALTER TABLE answers ADD COLUMN prior_lapses INTEGER;"
  "ALTER TABLE question_state ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE question_state ADD COLUMN correct INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE question_state ADD COLUMN last_correct INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE question_state ADD COLUMN last_answered INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE daily_activity ("
  "  day TEXT PRIMARY KEY,"
  "  answers INTEGER NOT NULL DEFAULT 0,"
  "  correct INTEGER NOT NULL DEFAULT 0,"
  "  time_ms INTEGER NOT NULL DEFAULT 0"
  ") WITHOUT ROWID;"
  "INSERT INTO daily_activity (day, answers, correct, time_ms)"
  "  SELECT date (answered_at / 1000000, 'unixepoch', 'localtime'),"
  "         count(*), sum (correct), sum (time_ms)"
  "  FROM answers GROUP BY 1;"
  "UPDATE question_state SET"
  "  attempts = (SELECT count(*) FROM answers a JOIN sessions s ON a.session_id = s.id"
  "              WHERE s.pack_id = question_state.pack_id"
  "                AND a.question_id = question_state.question_id),"
  "  correct = (SELECT coalesce (sum (a.correct), 0) FROM answers a"
  "             JOIN sessions s ON a.session_id = s.id"
  "             WHERE s.pack_id = question_state.pack_id"
  "               AND a.question_id = question_state.question_id),"
  "  last_correct = coalesce ((SELECT a.correct FROM answers a"
  "                  JOIN sessions s ON a.session_id = s.id"
  "                  WHERE s.pack_id = question_state.pack_id"
  "                    AND a.question_id = question_state.question_id"
  "                  ORDER BY a.answered_at DESC LIMIT 1), 0),"
  "  last_answered = last_review;"
  "CREATE INDEX sessions_by_pack ON sessions (pack_id, finished_at);"
  "CREATE INDEX question_state_by_due ON question_state (pack_id, due);";

/* Version 3, the second wave, in one migration:
 * - exposure: `shown` has one row per question put in front of the learner
 *   in a session (so marking it again is a no-op), `exposure` the
 *   per-question summary the quiz builder reads, kept up to date as
 *   `daily_activity` is; every old answer means its question was shown in
 *   its session;
 * - first sight: each answer says whether it was the learner's first sight
 *   of the question (for old answers: the earliest answer to it in its
 *   pack), and `question_state` keeps that answer's outcome;
 * - living packs: the content digest each answer was given against (none
 *   for old answers), the current digest of each question, a `changed`
 *   mark on the states that restarted, the changes already shown;
 * - the forecast shown before each exam simulation; notes; reports;
 * - the sessions_by_pack index covers what the dashboard reads of sessions.
 * The tables; backfill_v3() fills them from the answers. */
static const char migration_v3[] =
  "ALTER TABLE answers ADD COLUMN first_sight INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE answers ADD COLUMN digest TEXT;"
  "ALTER TABLE question_state ADD COLUMN first_sight_correct INTEGER;"
  "ALTER TABLE question_state ADD COLUMN first_sight_unsure INTEGER;"
  "ALTER TABLE question_state ADD COLUMN first_sight_at INTEGER;"
  "ALTER TABLE question_state ADD COLUMN changed INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE shown ("
  "  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  question_id TEXT NOT NULL,"
  "  shown_at INTEGER NOT NULL,"
  "  PRIMARY KEY (session_id, question_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE exposure ("
  "  pack_id TEXT NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  n_shown INTEGER NOT NULL,"
  "  n_shown_exam INTEGER NOT NULL,"
  "  first_shown INTEGER NOT NULL,"
  "  last_shown INTEGER NOT NULL,"
  "  last_shown_exam INTEGER,"
  "  first_session INTEGER NOT NULL,"
  "  PRIMARY KEY (pack_id, question_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE forecasts ("
  "  session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,"
  "  made_at INTEGER NOT NULL,"
  "  estimate REAL NOT NULL,"
  "  low REAL NOT NULL,"
  "  high REAL NOT NULL,"
  "  pass_probability REAL NOT NULL"
  ");"
  "CREATE TABLE notes ("
  "  pack_id TEXT NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  updated_at INTEGER NOT NULL,"
  "  PRIMARY KEY (pack_id, question_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE reports ("
  "  id INTEGER PRIMARY KEY,"
  "  pack_id TEXT NOT NULL,"
  "  pack_version INTEGER NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL,"
  "  sent_via TEXT NOT NULL"
  ");"
  "CREATE INDEX reports_by_pack ON reports (pack_id, created_at);"
  "CREATE TABLE content_digests ("
  "  pack_id TEXT NOT NULL,"
  "  question_id TEXT NOT NULL,"
  "  digest TEXT NOT NULL,"
  "  changed_at INTEGER,"
  "  PRIMARY KEY (pack_id, question_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE pack_state ("
  "  pack_id TEXT PRIMARY KEY,"
  "  seen_changes_version INTEGER NOT NULL DEFAULT 0"
  ") WITHOUT ROWID;"
  /* Sessions by pack, covering the score history and the outcome the
   * calibration record joins: session rows are big (the question order),
   * and reading 15,000 of them was the slowest dashboard query. */
  "DROP INDEX sessions_by_pack;"
  "CREATE INDEX sessions_by_pack ON sessions (pack_id, finished_at, id, mode, score);";

typedef struct
{
  char     *pack_id;
  char     *question_id;
  gint64    first_id;         /* the earliest answer: the first sight */
  gint64    first_at;
  gint64    first_session;
  gboolean  first_correct;
  gboolean  first_unsure;
  guint     n_shown;
  guint     n_shown_exam;
  gint64    last_at;
  gint64    last_exam_at;     /* 0: never in an exam */
} Backfill;

static void
backfill_free (Backfill *b)
{
  g_free (b->pack_id);
  g_free (b->question_id);
  g_free (b);
}

static gboolean
step_all (SylStore      *self,
          sqlite3_stmt  *stmt,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return syl_store_check_rc (self, rc, error);
}

/* Version 3's data from the answers, in one pass over them in C: in SQL,
 * the earliest answer per pack and question is a window over a sort of
 * every answer, 25 s for a million with the store's small cache; here it
 * is a hash table of one entry per question. Every answer means its
 * question was shown in its session; the earliest answer to each
 * question of each pack (by time, then id) is its first sight. */
static gboolean
backfill_v3 (SylStore  *self,
             GError   **error)
{
  g_autoptr(GHashTable) questions = NULL;
  sqlite3_stmt *scan = NULL;
  sqlite3_stmt *mark = NULL;
  sqlite3_stmt *exposure = NULL;
  sqlite3_stmt *state = NULL;
  GHashTableIter iter;
  gpointer value;
  gboolean ok = FALSE;
  int rc;

  if (!syl_store_exec (self,
                       "INSERT INTO shown (session_id, question_id, shown_at)"
                       "  SELECT session_id, question_id, answered_at FROM answers",
                       error))
    return FALSE;

  questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) backfill_free);
  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT a.id, a.session_id, s.pack_id, s.mode = 'exam', a.question_id,"
                           " a.answered_at, a.correct, a.unsure"
                           " FROM answers a JOIN sessions s ON s.id = a.session_id",
                           -1, &scan, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (scan)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (scan, 0);
      gint64 at = sqlite3_column_int64 (scan, 5);
      gboolean exam = sqlite3_column_int (scan, 3) != 0;
      const char *pack_id = (const char *) sqlite3_column_text (scan, 2);
      const char *question_id = (const char *) sqlite3_column_text (scan, 4);
      g_autofree char *key = NULL;
      Backfill *b;

      rc = SQLITE_OK;
      if (pack_id == NULL || question_id == NULL)
        continue;

      key = g_strconcat (pack_id, "\n", question_id, NULL);
      b = g_hash_table_lookup (questions, key);
      if (b == NULL)
        {
          b = g_new0 (Backfill, 1);
          b->pack_id = g_strdup (pack_id);
          b->question_id = g_strdup (question_id);
          b->first_id = 0;
          g_hash_table_insert (questions, g_steal_pointer (&key), b);
        }

      if (b->first_id == 0 || at < b->first_at || (at == b->first_at && id < b->first_id))
        {
          b->first_id = id;
          b->first_at = at;
          b->first_session = sqlite3_column_int64 (scan, 1);
          b->first_correct = sqlite3_column_int (scan, 6) != 0;
          b->first_unsure = sqlite3_column_int (scan, 7) != 0;
        }
      b->n_shown++;
      b->last_at = b->n_shown == 1 ? at : MAX (b->last_at, at);
      if (exam)
        {
          b->n_shown_exam++;
          b->last_exam_at = b->n_shown_exam == 1 ? at : MAX (b->last_exam_at, at);
        }
    }
  if (rc != SQLITE_DONE)
    {
      syl_store_set_db_error (self->path, self->db, rc, error);
      goto out;
    }

  rc = sqlite3_prepare_v2 (self->db, "UPDATE answers SET first_sight = 1 WHERE id = ?1", -1, &mark, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (self->db,
                             "INSERT INTO exposure (pack_id, question_id, n_shown, n_shown_exam,"
                             " first_shown, last_shown, last_shown_exam, first_session)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                             -1, &exposure, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (self->db,
                             "UPDATE question_state SET first_sight_correct = ?3,"
                             " first_sight_unsure = ?4, first_sight_at = ?5"
                             " WHERE pack_id = ?1 AND question_id = ?2",
                             -1, &state, NULL);
  if (rc != SQLITE_OK)
    {
      syl_store_set_db_error (self->path, self->db, rc, error);
      goto out;
    }

  g_hash_table_iter_init (&iter, questions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Backfill *b = value;

      sqlite3_bind_int64 (mark, 1, b->first_id);
      if (!step_all (self, mark, error))
        goto out;

      sqlite3_bind_text (exposure, 1, b->pack_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (exposure, 2, b->question_id, -1, SQLITE_STATIC);
      sqlite3_bind_int (exposure, 3, b->n_shown);
      sqlite3_bind_int (exposure, 4, b->n_shown_exam);
      sqlite3_bind_int64 (exposure, 5, b->first_at);
      sqlite3_bind_int64 (exposure, 6, b->last_at);
      if (b->n_shown_exam > 0)
        sqlite3_bind_int64 (exposure, 7, b->last_exam_at);
      sqlite3_bind_int64 (exposure, 8, b->first_session);
      if (!step_all (self, exposure, error))
        goto out;

      sqlite3_bind_text (state, 1, b->pack_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (state, 2, b->question_id, -1, SQLITE_STATIC);
      sqlite3_bind_int (state, 3, b->first_correct);
      sqlite3_bind_int (state, 4, b->first_unsure);
      sqlite3_bind_int64 (state, 5, b->first_at);
      if (!step_all (self, state, error))
        goto out;
    }

  ok = TRUE;

out:
  sqlite3_finalize (scan);
  sqlite3_finalize (mark);
  sqlite3_finalize (exposure);
  sqlite3_finalize (state);
  return ok;
}

/* Each migration: its SQL (the schema, and data a statement can move
 * cheaply), then what fills the new tables, if anything. Only the SQL
 * builds the schema that syl_store_check_tables() compares with. */
typedef struct
{
  const char *sql;
  gboolean  (*backfill) (SylStore  *self,
                         GError   **error);
} Migration;

static const Migration migrations[] = {
  { schema_v1, NULL },        /* 0 → 1 */
  { migration_v2, NULL },     /* 1 → 2 */
  { migration_v3, backfill_v3 },  /* 2 → 3 */
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SYL_STORE_SCHEMA_VERSION);

/**
 * syl_store_read_user_version:
 * @version: (out): the file's schema version
 *
 * Reads `PRAGMA user_version`; the first read of a file, so a file that
 * is not a database fails here.
 */
gboolean
syl_store_read_user_version (SylStore  *self,
                             int       *version,
                             GError   **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  *version = -1;
  if (self->db == NULL)
    {
      syl_store_set_db_error (self->path, NULL, SQLITE_MISUSE, error);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *version = sqlite3_column_int (stmt, 0);
  else
    syl_store_set_db_error (self->path, self->db, rc, error);
  sqlite3_finalize (stmt);

  return rc == SQLITE_ROW;
}

/**
 * syl_store_check_version:
 * @version: a version read from the file
 *
 * Returns: %TRUE if this version of Syllabus can use (or migrate) a file
 *   of @version; %FALSE with %SYL_STORE_ERROR_NEWER_SCHEMA for a newer
 *   one, %SYL_STORE_ERROR_CORRUPT for one that no version writes
 */
gboolean
syl_store_check_version (SylStore  *self,
                         int        version,
                         GError   **error)
{
  if (version < 0)
    {
      g_autofree char *detail = g_strdup_printf (_("its schema version is %d"), version);

      syl_store_set_error (error, SYL_STORE_ERROR_CORRUPT, self->path, detail);
      return FALSE;
    }

  if (version > SYL_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NEWER_SCHEMA,
                   _("The progress database “%s” was written by a newer version "
                     "of Syllabus (schema %d, this version knows up to %d). "
                     "Update Syllabus to use it; it has not been changed."),
                   self->path, version, SYL_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

#define TABLE_COLUMNS_SQL \
  "SELECT m.name, p.name FROM sqlite_schema AS m, pragma_table_info (m.name) AS p" \
  " WHERE m.type = 'table' ORDER BY 1, 2"

/* "table\ncolumn" for each column of each table of @db. */
static int
collect_columns (sqlite3    *db,
                 GPtrArray  *columns)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, TABLE_COLUMNS_SQL, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (columns, g_strdup_printf ("%s\n%s",
                                                 (const char *) sqlite3_column_text (stmt, 0),
                                                 (const char *) sqlite3_column_text (stmt, 1)));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  return rc == SQLITE_OK ? SQLITE_DONE : rc;
}

/* The columns a file of @version has, from its schema built in memory
 * once per process: one source of truth, the migrations themselves. */
static GPtrArray *
get_expected_columns (int version)
{
  static GPtrArray *expected[SYL_STORE_SCHEMA_VERSION + 1];
  G_LOCK_DEFINE_STATIC (expected);
  GPtrArray *columns;

  g_assert (version >= 1 && version <= SYL_STORE_SCHEMA_VERSION);

  G_LOCK (expected);
  if (expected[version] == NULL)
    {
      sqlite3 *reference = NULL;

      columns = g_ptr_array_new_with_free_func (g_free);
      if (sqlite3_open_v2 (":memory:", &reference, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        g_error ("Cannot open an in-memory database: %s", sqlite3_errmsg (reference));
      for (int v = 0; v < version; v++)
        if (sqlite3_exec (reference, migrations[v].sql, NULL, NULL, NULL) != SQLITE_OK)
          g_error ("Schema version %d does not build: %s", v + 1, sqlite3_errmsg (reference));
      if (collect_columns (reference, columns) != SQLITE_DONE)
        g_error ("Cannot list the columns of schema version %d: %s", version, sqlite3_errmsg (reference));
      sqlite3_close_v2 (reference);
      expected[version] = columns;
    }
  columns = expected[version];
  G_UNLOCK (expected);

  return columns;
}

static gboolean
check_tables_against (SylStore   *self,
                      GPtrArray  *expected,
                      int         version,
                      GError    **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) have = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *missing = NULL;
  int rc;

  rc = collect_columns (self->db, found);
  if (rc != SQLITE_DONE)
    {
      syl_store_set_db_error (self->path, self->db, rc, error);
      return FALSE;
    }

  /* "table\ncolumn" for the columns, "table" for the tables. */
  for (guint i = 0; i < found->len; i++)
    {
      const char *column = g_ptr_array_index (found, i);

      g_hash_table_add (have, g_strndup (column, strcspn (column, "\n")));
      g_hash_table_add (have, g_strdup (column));
    }

  for (guint i = 0; i < expected->len && missing == NULL; i++)
    {
      const char *column = g_ptr_array_index (expected, i);
      g_autofree char *table = g_strndup (column, strcspn (column, "\n"));

      if (!g_hash_table_contains (have, table))
        /* Translators: %s is the name of a table in the database */
        missing = g_strdup_printf (_("its table “%s” is missing"), table);
      else if (!g_hash_table_contains (have, column))
        /* Translators: the first %s is a table in the database, the second a column */
        missing = g_strdup_printf (_("its table “%s” has no column “%s”"), table, column + strlen (table) + 1);
    }

  if (missing != NULL)
    {
      g_autofree char *detail = g_strdup_printf (_("schema version %d, but %s"), version, missing);

      syl_store_set_error (error, SYL_STORE_ERROR_CORRUPT, self->path, detail);
      return FALSE;
    }

  return TRUE;
}

/**
 * syl_store_check_tables:
 * @version: the file's version, checked by syl_store_check_version()
 *
 * Checks, before anything is written, that the file holds what its
 * version says: nothing at version 0 (a new file), and at a later version
 * every table and column that version has (compared with the schema built
 * in memory). Another program's database, or one that lost its version or
 * a table, is refused rather than migrated half-way or written into.
 *
 * Returns: %TRUE if the tables are those of @version; %FALSE with
 *   %SYL_STORE_ERROR_CORRUPT otherwise
 */
gboolean
syl_store_check_tables (SylStore  *self,
                        int        version,
                        GError   **error)
{
  if (version == 0)
    {
      sqlite3_stmt *stmt = NULL;
      int n_objects = -1;
      int rc;

      rc = sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        n_objects = sqlite3_column_int (stmt, 0);
      else
        syl_store_set_db_error (self->path, self->db, rc, error);
      sqlite3_finalize (stmt);

      if (n_objects > 0)
        syl_store_set_error (error, SYL_STORE_ERROR_CORRUPT, self->path,
                             _("it has tables but no Syllabus schema version"));

      return n_objects == 0;
    }

  return check_tables_against (self, get_expected_columns (version), version, error);
}

/**
 * syl_store_migrate:
 *
 * Brings the open database to %SYL_STORE_SCHEMA_VERSION in one
 * transaction: all of the migrations, or none.
 */
gboolean
syl_store_migrate (SylStore  *self,
                   GError   **error)
{
  g_autofree char *set_version = NULL;
  g_autoptr(GError) local_error = NULL;
  int from;

  if (!syl_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Someone may have migrated between our check and our lock. */
  if (!syl_store_read_user_version (self, &from, &local_error) ||
      !syl_store_check_version (self, from, &local_error))
    goto fail;

  for (int v = from; v < SYL_STORE_SCHEMA_VERSION; v++)
    {
      const Migration *migration = &migrations[v];

      if (!syl_store_exec (self, migration->sql, &local_error) ||
          (migration->backfill != NULL && !migration->backfill (self, &local_error)))
        {
          /* The tables were checked: a migration that cannot run means
           * the file is not what its version says. */
          if (g_error_matches (local_error, SYL_STORE_ERROR, SYL_STORE_ERROR_FAILED))
            {
              g_autofree char *detail = g_strdup (sqlite3_errmsg (self->db));

              g_clear_error (&local_error);
              syl_store_set_error (&local_error, SYL_STORE_ERROR_CORRUPT, self->path, detail);
            }
          goto fail;
        }
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", SYL_STORE_SCHEMA_VERSION);
  if (!syl_store_exec (self, set_version, &local_error) ||
      !syl_store_exec (self, "COMMIT", &local_error))
    goto fail;

  return TRUE;

fail:
  syl_store_rollback (self);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
