/* syl-store-forecasts.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The calibration record: the readiness forecast the app showed just
 * before each exam simulation started, kept with that session, so that
 * it can be set against the score that followed.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <sqlite3.h>

#include "syl-store-private.h"

/**
 * syl_store_record_forecast:
 * @self: a store
 * @session_id: the exam simulation about to start
 * @forecast: what the app showed; its @session_id is ignored
 * @error: return location for an error
 *
 * Stores @forecast with the session, replacing one stored with it before.
 *
 * Returns: %TRUE on success; %FALSE with %SYL_STORE_ERROR_NOT_FOUND if
 *   there is no such session, %SYL_STORE_ERROR_FAILED if a figure is not
 *   a number, or another error
 */
gboolean
syl_store_record_forecast (SylStore                *self,
                           gint64                   session_id,
                           const SylStoreForecast  *forecast,
                           GError                 **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (forecast != NULL, FALSE);

  /* SQLite would store NaN as NULL; refuse it here, with a reason. */
  if (!isfinite (forecast->estimate) || !isfinite (forecast->low) ||
      !isfinite (forecast->high) || !isfinite (forecast->pass_probability))
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_FAILED,
                   _("The forecast for session %lld was not recorded in “%s”: one of its figures is not a number"),
                   (long long) session_id, self->path);
      return FALSE;
    }

  stmt = syl_store_get_stmt (self,
                             "INSERT INTO forecasts (session_id, made_at, estimate, low, high,"
                             " pass_probability) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                             " ON CONFLICT (session_id) DO UPDATE SET"
                             "  made_at = excluded.made_at, estimate = excluded.estimate,"
                             "  low = excluded.low, high = excluded.high,"
                             "  pass_probability = excluded.pass_probability",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_int64 (stmt, 2, forecast->made_at_us);
  sqlite3_bind_double (stmt, 3, forecast->estimate);
  sqlite3_bind_double (stmt, 4, forecast->low);
  sqlite3_bind_double (stmt, 5, forecast->high);
  sqlite3_bind_double (stmt, 6, forecast->pass_probability);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_NOT_FOUND,
                   _("The progress database “%s” has no session %lld"),
                   self->path, (long long) session_id);
      return FALSE;
    }

  return syl_store_check_rc (self, rc, error);
}

/**
 * syl_store_dup_forecast_record:
 * @pack_id: the pack
 *
 * The calibration record of @pack_id: each stored forecast with the
 * outcome of its exam simulation (finished with a score, abandoned, or
 * still unfinished).
 *
 * Returns: (transfer full) (element-type SylStoreForecastRecord): in the
 *   order the forecasts were made, or %NULL on error
 */
GArray *
syl_store_dup_forecast_record (SylStore    *self,
                               const char  *pack_id,
                               GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GArray) record = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self, SYL_STORE_FORECAST_RECORD_SQL, error);
  if (stmt == NULL)
    return NULL;

  record = g_array_new (FALSE, TRUE, sizeof (SylStoreForecastRecord));
  syl_store_bind_text (stmt, 1, pack_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreForecastRecord entry = {
        .forecast = {
          .session_id = sqlite3_column_int64 (stmt, 0),
          .made_at_us = sqlite3_column_int64 (stmt, 1),
          .estimate = sqlite3_column_double (stmt, 2),
          .low = sqlite3_column_double (stmt, 3),
          .high = sqlite3_column_double (stmt, 4),
          .pass_probability = sqlite3_column_double (stmt, 5),
        },
        .finished = sqlite3_column_type (stmt, 6) != SQLITE_NULL,
        .finished_at_us = sqlite3_column_int64 (stmt, 6),
        .has_score = sqlite3_column_type (stmt, 7) != SQLITE_NULL,
        .score = sqlite3_column_double (stmt, 7),
      };

      g_array_append_val (record, entry);
    }

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&record);
}
