/* test-status.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `syllabus --status [--json]`: the figures, their JSON keys, and the
 * command itself run without a display. */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "syl-calibration.h"
#include "syl-dashboard-model.h"
#include "syl-forecast.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-session.h"
#include "syl-status.h"
#include "syl-test-util.h"

#define DAY_US ((gint64) 86400 * G_USEC_PER_SEC)

static const char * const json_keys[] = {
  "estimate", "estimate_low", "estimate_high", "pass_probability", "due_today",
  "new_left", "exam_date", "last_exam_score", "last_exam_date", "forecast_mae", NULL
};

/* The keys of a flat JSON object, in order. */
static GStrv
dup_keys (const char *json)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*\"([a-z_]+)\":", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

  g_regex_match (regex, json, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *key = g_match_info_fetch (match, 1);

      g_strv_builder_add (keys, key);
      g_match_info_next (match, NULL);
    }

  return g_strv_builder_end (keys);
}

static char *
json_value (const char *json,
            const char *key)
{
  g_autofree char *pattern = g_strdup_printf ("\"%s\": ([^,\\n]+)", key);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (regex, json, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

/* Some progress in the shipped pack: 30 answers two days ago, and one exam
 * simulation submitted yesterday. */
static SylStore *
make_progress (const char *dir,
               SylPack    *pack,
               gint64      now_us)
{
  g_autofree char *path = g_build_filename (dir, "progress.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylStore) store = syl_store_open (path, &error);
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylClock) clock = syl_clock_new_manual (now_us - DAY_US);
  g_autoptr(SylSession) session = NULL;
  GListModel *questions = syl_pack_get_questions (pack);

  g_assert_no_error (error);
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);

      syl_test_record_answer (store, pack, q, i % 3 != 0);
    }

  builder = syl_quiz_builder_new (pack, store, 3);
  plan = syl_quiz_builder_build_exam (builder, &error);
  g_assert_no_error (error);
  session = syl_session_new (pack, store, clock, plan, NULL, 3, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 20; i++)
    {
      guint first = 0;

      g_assert_true (syl_session_answer (session, i, &first, 1, FALSE, &error));
    }
  g_assert_nonnull (syl_session_finish (session, &error));

  return g_steal_pointer (&store);
}

static void
test_compute (void)
{
  g_autoptr(SylPack) pack = syl_test_load_shipped_pack ();
  g_autofree char *dir = g_dir_make_tmp ("syl-status-XXXXXX", NULL);
  gint64 now = g_get_real_time ();
  g_autoptr(SylStore) store = make_progress (dir, pack, now);
  g_autoptr(GPtrArray) states = syl_store_dup_question_states (store, syl_pack_get_id (pack), NULL);
  g_autoptr(SylForecast) forecast = syl_forecast_new (pack, store, now, NULL);
  g_autoptr(GArray) scores = syl_dashboard_dup_exam_scores (store, syl_pack_get_id (pack), NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) in_ten = g_date_time_add_days (today, 10);
  g_autofree char *exam_day = g_date_time_format (in_ten, "%Y-%m-%d");
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) keys = NULL;
  g_autoptr(GError) error = NULL;
  SylStatus status;

  g_assert_true (syl_status_compute (pack, store, exam_day, now, &status, &error));
  g_assert_no_error (error);

  g_assert_cmpfloat_with_epsilon (status.estimate, syl_forecast_get_expected_score (forecast), 1e-9);
  g_assert_cmpuint (status.estimate_low, ==, syl_forecast_get_low (forecast));
  g_assert_cmpuint (status.estimate_high, ==, syl_forecast_get_high (forecast));
  g_assert_cmpfloat_with_epsilon (status.pass_probability, syl_forecast_get_pass_probability (forecast), 1e-9);
  g_assert_cmpuint (status.new_left, ==, syl_dashboard_count_unseen (pack, states));
  g_assert_cmpstr (status.exam_date, ==, exam_day);
  g_assert_cmpint (status.days_left, ==, 10);
  g_assert_true (status.has_last_exam);
  g_assert_cmpfloat (status.last_exam_score, ==, g_array_index (scores, SylScorePoint, scores->len - 1).score);

  /* The exam's forecast was stored before it began: one line of record. */
  {
    g_autoptr(GArray) record = syl_calibration_dup_record (store, pack, &error);
    const SylCalibrationEntry *entry;

    g_assert_no_error (error);
    g_assert_cmpuint (record->len, ==, 1);
    entry = &g_array_index (record, SylCalibrationEntry, 0);
    g_assert_true (entry->has_score);
    g_assert_cmpuint (status.n_calibrated, ==, 1);
    g_assert_cmpfloat_with_epsilon (status.forecast_mae, fabs (entry->score - entry->estimate), 1e-9);
  }

  json = syl_status_to_json (&status);
  keys = dup_keys (json);
  g_assert_cmpstrv (keys, json_keys);
  {
    g_autofree char *date = json_value (json, "exam_date");
    g_autofree char *expected = g_strdup_printf ("\"%s\"", exam_day);

    g_assert_cmpstr (date, ==, expected);
  }

  text = syl_status_to_text (&status, pack);
  g_assert_nonnull (strstr (text, "Estimated score"));
  g_assert_nonnull (strstr (text, "Exam in 10 days"));

  g_clear_object (&store);
  syl_test_remove_tree (dir);
}

static char **
environment_without_display (void)
{
  char **env = g_get_environ ();

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  return env;
}

/* The command, with no display at all: JSON with exactly the keys, and
 * the same figures the core computes. */
static void
test_command (void)
{
  g_autoptr(SylPack) pack = syl_test_load_shipped_pack ();
  g_autofree char *dir = g_dir_make_tmp ("syl-status-XXXXXX", NULL);
  g_autofree char *empty = g_dir_make_tmp ("syl-status-empty-XXXXXX", NULL);
  g_autofree char *exe = g_build_filename (g_getenv ("SYLLABUS_BUILD_DIR"), "src", "syllabus", NULL);
  g_auto(GStrv) env = environment_without_display ();
  gint64 now = g_get_real_time ();
  g_autoptr(SylStore) store = make_progress (dir, pack, now);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *new_left = NULL;
  g_autofree char *last = NULL;
  g_autofree char *expected_new = NULL;
  g_autofree char *db = g_build_filename (empty, "progress.db", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) keys = NULL;
  g_autoptr(GPtrArray) states = syl_store_dup_question_states (store, syl_pack_get_id (pack), NULL);
  int wait_status;

  /* The progress has one opener at a time (the app's lock): let go of it,
   * as the app does when it closes. */
  syl_store_close (store);

  {
    const char *argv[] = { exe, "--status", "--json", "--data-dir", dir, NULL };

    g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
    g_assert_no_error (error);
    g_test_message ("%s%s", out, err);
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  }

  keys = dup_keys (out);
  g_assert_cmpstrv (keys, json_keys);
  new_left = json_value (out, "new_left");
  expected_new = g_strdup_printf ("%u", syl_dashboard_count_unseen (pack, states));
  g_assert_cmpstr (new_left, ==, expected_new);
  last = json_value (out, "last_exam_score");
  g_assert_cmpstr (last, !=, "null");
  {
    g_autofree char *mae = json_value (out, "forecast_mae");

    g_assert_cmpstr (mae, !=, "null");
  }

  /* For people; and with no progress yet, nothing is created. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { exe, "--status", "--data-dir", empty, NULL };

    g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  }
  g_assert_nonnull (strstr (out, "Estimated score"));
  g_assert_nonnull (strstr (out, "Last exam simulation: none yet"));
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  g_clear_object (&store);
  syl_test_remove_tree (dir);
  syl_test_remove_tree (empty);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/status/compute", test_compute);
  g_test_add_func ("/syl/status/command", test_command);

  return g_test_run ();
}
