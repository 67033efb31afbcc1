/* syl-store-reports.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Problems the learner reported with a question ("Report a Problem…"),
 * kept locally in a list the learner can see, whichever way the report
 * left the app.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "syl-store-private.h"

static const char * const kinds[] = { "answer-key", "unclear", "outdated", "typo", NULL };
static const char * const ways[] = { "opened", "copied", NULL };

/**
 * syl_store_add_report:
 * @self: a store
 * @report: the report; its @id is ignored
 * @error: return location for an error
 *
 * Keeps a report. @report->kind must be one of "answer-key", "unclear",
 * "outdated", "typo", and @report->sent_via "opened" or "copied".
 *
 * Returns: the report's id, or 0 with @error set
 */
gint64
syl_store_add_report (SylStore              *self,
                      const SylStoreReport  *report,
                      GError               **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), 0);
  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (report->pack_id != NULL && report->question_id != NULL, 0);

  if (report->kind == NULL || !g_strv_contains (kinds, report->kind) ||
      report->sent_via == NULL || !g_strv_contains (ways, report->sent_via))
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_FAILED,
                   /* Translators: "%s (%s)" are a kind of problem and how it was sent, as code words */
                   _("A report of “%s” (%s) cannot be kept in “%s”: not a kind of problem or a way of sending"),
                   report->kind != NULL ? report->kind : "", report->sent_via != NULL ? report->sent_via : "",
                   self->path);
      return 0;
    }

  stmt = syl_store_get_stmt (self,
                             "INSERT INTO reports (pack_id, pack_version, question_id, kind, text,"
                             " created_at, sent_via) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                             error);
  if (stmt == NULL)
    return 0;

  syl_store_bind_text (stmt, 1, report->pack_id);
  sqlite3_bind_int64 (stmt, 2, report->pack_version);
  syl_store_bind_text (stmt, 3, report->question_id);
  syl_store_bind_text (stmt, 4, report->kind);
  syl_store_bind_text (stmt, 5, report->text != NULL ? report->text : "");
  sqlite3_bind_int64 (stmt, 6, report->created_at_us);
  syl_store_bind_text (stmt, 7, report->sent_via);

  if (!syl_store_step_done (self, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (self->db);
}

/**
 * syl_store_dup_reports:
 * @pack_id: (nullable): only the reports on this pack, %NULL for all
 *
 * Returns: (transfer full) (element-type SylStoreReport): the reports,
 *   oldest first; %NULL on error
 */
GPtrArray *
syl_store_dup_reports (SylStore    *self,
                       const char  *pack_id,
                       GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);

  if (pack_id != NULL)
    stmt = syl_store_get_stmt (self,
                               "SELECT id, pack_id, pack_version, question_id, kind, text, created_at,"
                               " sent_via FROM reports WHERE pack_id = ?1 ORDER BY created_at, id",
                               error);
  else
    stmt = syl_store_get_stmt (self,
                               "SELECT id, pack_id, pack_version, question_id, kind, text, created_at,"
                               " sent_via FROM reports ORDER BY created_at, id",
                               error);
  if (stmt == NULL)
    return NULL;

  if (pack_id != NULL)
    syl_store_bind_text (stmt, 1, pack_id);

  reports = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_report_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreReport *report = g_new0 (SylStoreReport, 1);

      report->id = sqlite3_column_int64 (stmt, 0);
      report->pack_id = syl_store_column_dup_text (stmt, 1);
      report->pack_version = (guint) CLAMP (sqlite3_column_int64 (stmt, 2), 0, G_MAXUINT);
      report->question_id = syl_store_column_dup_text (stmt, 3);
      report->kind = syl_store_column_dup_text (stmt, 4);
      report->text = syl_store_column_dup_text (stmt, 5);
      report->created_at_us = sqlite3_column_int64 (stmt, 6);
      report->sent_via = syl_store_column_dup_text (stmt, 7);
      g_ptr_array_add (reports, report);
    }

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&reports);
}

void
syl_store_report_free (SylStoreReport *report)
{
  if (report == NULL)
    return;

  g_free (report->pack_id);
  g_free (report->question_id);
  g_free (report->kind);
  g_free (report->text);
  g_free (report->sent_via);
  g_free (report);
}
