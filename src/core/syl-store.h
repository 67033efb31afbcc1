/* syl-store.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "syl-fsrs.h"
#include "syl-store-types.h"

G_BEGIN_DECLS

#define SYL_STORE_SCHEMA_VERSION 3
#define SYL_STORE_DEFAULT_BUSY_TIMEOUT_MS 3000

#define SYL_TYPE_STORE (syl_store_get_type ())

G_DECLARE_FINAL_TYPE (SylStore, syl_store, SYL, STORE, GObject)

SylStore        *syl_store_open                     (const char             *path,
                                                     GError                **error);
SylStore        *syl_store_open_full                (const char             *path,
                                                     int                     busy_timeout_ms,
                                                     GError                **error);
void             syl_store_close                    (SylStore               *self);
const char      *syl_store_get_path                 (SylStore               *self);
int              syl_store_get_schema_version       (SylStore               *self);
void             syl_store_set_fsrs_params          (SylStore               *self,
                                                     const SylFsrsParams    *params);
const SylFsrsParams *syl_store_get_fsrs_params      (SylStore               *self);
gboolean         syl_store_check_integrity          (SylStore               *self,
                                                     GError                **error);
gboolean         syl_store_check_quick              (SylStore               *self,
                                                     GError                **error);
void             syl_store_check_quick_async        (SylStore               *self,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
gboolean         syl_store_check_quick_finish       (SylStore               *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);

gint64           syl_store_insert_session           (SylStore               *self,
                                                     const SylStoreSession  *session,
                                                     GError                **error);
gboolean         syl_store_save_session_progress    (SylStore               *self,
                                                     gint64                  session_id,
                                                     const char             *flags,
                                                     gint64                  time_used_ms,
                                                     GError                **error);
gboolean         syl_store_finish_session           (SylStore               *self,
                                                     gint64                  session_id,
                                                     gint64                  finished_at_us,
                                                     gint64                  time_used_ms,
                                                     gboolean                has_score,
                                                     double                  score,
                                                     GError                **error);
SylStoreSession *syl_store_dup_session              (SylStore               *self,
                                                     gint64                  session_id,
                                                     GError                **error);
SylStoreSession *syl_store_dup_unfinished_session   (SylStore               *self,
                                                     const char             *pack_id,
                                                     GError                **error);
gint64           syl_store_record_answer            (SylStore               *self,
                                                     const SylStoreAnswer   *answer,
                                                     GError                **error);

GPtrArray       *syl_store_dup_question_states      (SylStore               *self,
                                                     const char             *pack_id,
                                                     GError                **error);
GStrv            syl_store_dup_due_questions        (SylStore               *self,
                                                     const char             *pack_id,
                                                     gint64                  now_us,
                                                     guint                   limit,
                                                     GError                **error);
GStrv            syl_store_dup_missed_last_time     (SylStore               *self,
                                                     const char             *pack_id,
                                                     GError                **error);
GArray          *syl_store_dup_daily_activity       (SylStore               *self,
                                                     const char             *first_day,
                                                     const char             *last_day,
                                                     GError                **error);
GArray          *syl_store_dup_scores               (SylStore               *self,
                                                     const char             *pack_id,
                                                     const char             *mode,
                                                     GError                **error);

/* Exposure and first sight (syl-store-exposure.c, syl-store-answers.c) */
gboolean         syl_store_mark_shown               (SylStore               *self,
                                                     gint64                  session_id,
                                                     const char             *question_id,
                                                     gint64                  shown_at_us,
                                                     GError                **error);
GPtrArray       *syl_store_dup_exposures            (SylStore               *self,
                                                     const char             *pack_id,
                                                     GError                **error);
GArray          *syl_store_dup_first_sight_answers  (SylStore               *self,
                                                     const char             *pack_id,
                                                     GError                **error);

/* The calibration record (syl-store-forecasts.c) */
gboolean         syl_store_record_forecast          (SylStore               *self,
                                                     gint64                  session_id,
                                                     const SylStoreForecast *forecast,
                                                     GError                **error);
GArray          *syl_store_dup_forecast_record      (SylStore               *self,
                                                     const char             *pack_id,
                                                     GError                **error);

/* Notes (syl-store-notes.c) */
gboolean         syl_store_set_note                 (SylStore               *self,
                                                     const char             *pack_id,
                                                     const char             *question_id,
                                                     const char             *text,
                                                     gint64                  now_us,
                                                     GError                **error);
char            *syl_store_dup_note                 (SylStore               *self,
                                                     const char             *pack_id,
                                                     const char             *question_id,
                                                     GError                **error);
GPtrArray       *syl_store_dup_notes                (SylStore               *self,
                                                     const char             *pack_id,
                                                     GError                **error);

/* Reports (syl-store-reports.c) */
gint64           syl_store_add_report               (SylStore               *self,
                                                     const SylStoreReport   *report,
                                                     GError                **error);
GPtrArray       *syl_store_dup_reports              (SylStore               *self,
                                                     const char             *pack_id,
                                                     GError                **error);

/* Pack updates (syl-store-pack-updates.c) */
gboolean         syl_store_sync_digests             (SylStore               *self,
                                                     const char             *pack_id,
                                                     GHashTable             *digest_by_question_id,
                                                     gint64                  now_us,
                                                     GPtrArray             **changed_question_ids,
                                                     GError                **error);
guint            syl_store_get_seen_changes_version (SylStore               *self,
                                                     const char             *pack_id);
gboolean         syl_store_set_seen_changes_version (SylStore               *self,
                                                     const char             *pack_id,
                                                     guint                   version,
                                                     GError                **error);
gboolean         syl_store_has_digests              (SylStore               *self,
                                                     const char             *pack_id,
                                                     gboolean               *has_digests,
                                                     GError                **error);
GStrv            syl_store_dup_changed_questions    (SylStore               *self,
                                                     const char             *pack_id,
                                                     GError                **error);

gboolean         syl_store_backup                   (SylStore               *self,
                                                     const char             *dest_path,
                                                     GError                **error);
gboolean         syl_store_restore                  (SylStore               *self,
                                                     const char             *src_path,
                                                     char                  **kept_copy,
                                                     GError                **error);
gboolean         syl_store_export_csv               (SylStore               *self,
                                                     const char             *dest_path,
                                                     GError                **error);
char            *syl_store_dup_notes_csv_path       (const char             *dest_path);
char            *syl_store_move_aside               (const char             *path,
                                                     const char             *reason,
                                                     GError                **error);

char            *syl_csv_quote_field                (const char             *field);
char            *syl_store_day_for_time             (gint64                  time_us);

guint            syl_store_session_count_answered   (const SylStoreSession  *session);

G_END_DECLS
