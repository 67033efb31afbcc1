/* syl-store-private.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* What the store's friend files (syl-store-*.c) share: the object's fields
 * and the handful of helpers they all need (statement cache, error
 * mapping, transactions). The rule: only syl-store.c opens, closes and
 * sets the fields; the other files read them. Tests include this header
 * for the SQL constants at the end. */

#include <sqlite3.h>

#include "syl-store.h"

G_BEGIN_DECLS

struct _SylStore
{
  GObject        parent_instance;

  /* owned */
  char          *path;
  sqlite3       *db;
  GHashTable    *statements;   /* const char *sql → sqlite3_stmt * */
  SylFsrsParams  fsrs;
  int            lock_fd;      /* -1 when not holding the lock */
};

/* The longest text or blob a value may have: far above anything the
 * store writes (a session of every question of a big pack is ~100 KB). */
#define SYL_STORE_MAX_VALUE_BYTES (16 * 1024 * 1024)

/* A cached statement: the cleanup resets it, it is never finalized here. */
typedef sqlite3_stmt SylCachedStmt;

void           syl_store_reset_cached_stmt   (SylCachedStmt  *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylCachedStmt, syl_store_reset_cached_stmt)

/* syl-store.c: errors, statements, transactions */
void           syl_store_set_error           (GError        **error,
                                              int             code,
                                              const char     *path,
                                              const char     *detail);
void           syl_store_set_db_error        (const char     *path,
                                              sqlite3        *db,
                                              int             rc,
                                              GError        **error);
void           syl_store_set_errno_error     (GError        **error,
                                              const char     *path,
                                              int             saved_errno);
void           syl_store_harden_connection   (sqlite3        *db);
gboolean       syl_store_check_rc            (SylStore       *self,
                                              int             rc,
                                              GError        **error);
gboolean       syl_store_exec                (SylStore       *self,
                                              const char     *sql,
                                              GError        **error);
SylCachedStmt *syl_store_get_stmt            (SylStore       *self,
                                              const char     *sql,
                                              GError        **error);
gboolean       syl_store_begin               (SylStore       *self,
                                              GError        **error);
gboolean       syl_store_commit              (SylStore       *self,
                                              GError        **error);
void           syl_store_rollback            (SylStore       *self);
gboolean       syl_store_step_done           (SylStore       *self,
                                              sqlite3_stmt   *stmt,
                                              GError        **error);
void           syl_store_bind_text           (sqlite3_stmt   *stmt,
                                              int             index,
                                              const char     *text);
char          *syl_store_column_dup_text     (sqlite3_stmt   *stmt,
                                              int             column);

/* syl-store-files.c: the files before SQLite opens them, the lock */
gboolean       syl_store_check_files         (const char     *path,
                                              GError        **error);
int            syl_store_lock_path           (const char     *path,
                                              GError        **error);
void           syl_store_unlock              (int             fd);

/* syl-store-schema.c */
gboolean       syl_store_read_user_version   (SylStore       *self,
                                              int            *version,
                                              GError        **error);
gboolean       syl_store_check_version       (SylStore       *self,
                                              int             version,
                                              GError        **error);
gboolean       syl_store_check_tables        (SylStore       *self,
                                              int             version,
                                              GError        **error);
gboolean       syl_store_migrate             (SylStore       *self,
                                              GError        **error);

/* syl-store-exposure.c, for recording answers */
gboolean       syl_store_mark_shown_locked   (SylStore       *self,
                                              gint64          session_id,
                                              const char     *pack_id,
                                              gboolean        exam,
                                              const char     *question_id,
                                              gint64          shown_at_us,
                                              GError        **error);
gboolean       syl_store_is_first_session    (SylStore       *self,
                                              const char     *pack_id,
                                              const char     *question_id,
                                              gint64          session_id,
                                              gboolean       *first,
                                              GError        **error);

/* The query of syl_store_dup_scores(), here so that a test can check with
 * EXPLAIN QUERY PLAN that it reads the sessions_by_pack index (pack_id,
 * finished_at, id, mode, score) in order and nothing else: no table scan,
 * no sort, no session row. */
#define SYL_STORE_SCORES_SQL \
  "SELECT id, finished_at, score FROM sessions" \
  " WHERE pack_id = ?1 AND (?2 IS NULL OR mode = ?2)" \
  "   AND finished_at IS NOT NULL AND score IS NOT NULL" \
  " ORDER BY finished_at, id"

/* The query of syl_store_dup_forecast_record(): the outcome of each
 * session comes from the covering sessions_by_pack index, not from the
 * session rows (a test checks the plan). */
#define SYL_STORE_FORECAST_RECORD_SQL \
  "SELECT f.session_id, f.made_at, f.estimate, f.low, f.high," \
  " f.pass_probability, s.finished_at, s.score" \
  " FROM forecasts f JOIN sessions s ON s.id = f.session_id" \
  " WHERE s.pack_id = ?1 ORDER BY f.made_at, f.session_id"

G_END_DECLS
