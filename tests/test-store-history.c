/* test-store-history.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "syl-store-history.h"
#include "syl-test-util.h"

#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)

static void
record (SylTestProgress *p,
        const char      *id,
        gboolean         correct,
        gboolean         unsure,
        gint64           at)
{
  g_autoptr(GError) error = NULL;
  SylStoreAnswer a = {
    .session_id = p->session, .question_id = (char *) id,
    .chosen = (char *) "1", .correct = correct, .unsure = unsure, .time_ms = 5000, .answered_at_us = at,
  };

  g_assert_cmpint (syl_store_record_answer (p->store, &a, &error), >, 0);
  g_assert_no_error (error);
}

/* Newest first, with the memory state each answer was given from; only
 * the pack's; at most the limit. */
static void
test_recent_answers (void)
{
  SylTestProgress p;
  g_autoptr(GArray) answers = NULL;
  g_autoptr(GArray) two = NULL;
  g_autoptr(GArray) other = NULL;
  g_autoptr(GError) error = NULL;
  SylStoreRecentAnswer *a;

  syl_test_progress_init (&p, "syl-history-XXXXXX", T0);
  record (&p, "q1101", FALSE, FALSE, T0);
  record (&p, "q1102", TRUE, TRUE, T0 + G_USEC_PER_SEC);

  /* A second session answers q1101 again, a day later. */
  {
    const char *ids[] = { "q1101", NULL };
    SylStoreSession session = { .mode = (char *) "drill", .pack_id = (char *) "engine-test",
                                .question_ids = (GStrv) ids, .started_at_us = T0 + (gint64) 86400 * G_USEC_PER_SEC };

    p.session = syl_store_insert_session (p.store, &session, &error);
    g_assert_no_error (error);
  }
  record (&p, "q1101", TRUE, FALSE, T0 + (gint64) 86400 * G_USEC_PER_SEC);

  answers = syl_store_dup_recent_answers (p.store, "engine-test", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (answers->len, ==, 3);

  a = &g_array_index (answers, SylStoreRecentAnswer, 0);
  g_assert_cmpstr (a->question_id, ==, "q1101");
  g_assert_true (a->correct);
  g_assert_false (a->first_sight);
  /* It was given from the state the first answer left: one review. */
  g_assert_cmpuint (a->prior.reps, ==, 1);
  g_assert_cmpint (a->prior.last_review_us, ==, T0);
  g_assert_cmpfloat (a->prior.stability, >, 0.0);

  a = &g_array_index (answers, SylStoreRecentAnswer, 1);
  g_assert_cmpstr (a->question_id, ==, "q1102");
  g_assert_true (a->unsure);
  g_assert_true (a->first_sight);
  g_assert_cmpuint (a->prior.reps, ==, 0);

  a = &g_array_index (answers, SylStoreRecentAnswer, 2);
  g_assert_cmpstr (a->question_id, ==, "q1101");
  g_assert_true (a->first_sight);
  g_assert_cmpint (a->answered_at_us, ==, T0);

  two = syl_store_dup_recent_answers (p.store, "engine-test", 2, &error);
  g_assert_cmpuint (two->len, ==, 2);
  other = syl_store_dup_recent_answers (p.store, "another-pack", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other->len, ==, 0);

  syl_test_progress_clear (&p);
}

/* The query reads the answers newest first by row id and stops at the
 * limit: no temporary b-tree to sort every answer of the pack. */
static void
test_recent_answers_plan (void)
{
  SylTestProgress p;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", SYL_STORE_RECENT_ANSWERS_SQL, NULL);
  g_autoptr(GString) plan = g_string_new (NULL);

  syl_test_progress_init (&p, "syl-history-XXXXXX", T0);
  g_assert_cmpint (sqlite3_open_v2 (syl_store_get_path (p.store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_test_message ("%s", plan->str);
  g_assert_true (g_str_has_prefix (plan->str, "SCAN a"));
  g_assert_null (strstr (plan->str, "TEMP B-TREE"));

  syl_test_progress_clear (&p);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/store-history/recent-answers", test_recent_answers);
  g_test_add_func ("/syl/store-history/recent-answers-plan", test_recent_answers_plan);

  return g_test_run ();
}
