/* syllabus-demo-progress.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a believable progress database: twelve weeks of drills by a
 * learner who grows stronger, with an exam simulation every two weeks.
 * build-aux/screenshots uses it so the screenshots show a dashboard with
 * history rather than a first run. Deterministic: the same seed gives
 * the same database.
 *
 * With --unfinished-exam it also leaves today's exam simulation open with
 * every question but the last answered, as a learner who stepped away
 * would: the app offers to resume it, and build-aux/screenshots answers
 * the last question and submits it through the window, so that the
 * results page shows a real exam simulation's scaled score.
 *
 * Usage: syllabus-demo-progress [--unfinished-exam] PACK_DIR DATABASE
 */

#include "config.h"

#include <glib/gstdio.h>

#include "syl-clock.h"
#include "syl-domain.h"
#include "syl-pack-loader.h"
#include "syl-pack-update.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-session.h"
#include "syl-store.h"

#define DAY_US   ((gint64) 24 * 60 * 60 * G_USEC_PER_SEC)
#define N_DAYS   84
#define SEED     2026

/* How likely the learner is to be right in each domain at the start;
 * every study day adds a little. */
static const double start_skill[] = { 0.62, 0.55, 0.50, 0.42, 0.52, 0.48 };

static double
skill_for (SylQuestion *question,
           int          days_studied)
{
  const char *id = syl_domain_get_id (syl_question_get_domain (question));
  guint index = (guint) (id[1] - '1');

  if (index >= G_N_ELEMENTS (start_skill))
    index = 0;

  return MIN (0.93, start_skill[index] + 0.006 * days_studied);
}

static void
answer_first (SylSession *session,
              guint       n,
              SylClock   *clock,
              GRand      *rand,
              int         days_studied)
{
  for (guint i = 0; i < n; i++)
    {
      SylQuestion *question = syl_session_get_question (session, i);
      gboolean right = g_rand_double (rand) < skill_for (question, days_studied);
      guint chosen[8];
      guint n_chosen = 0;
      gboolean unsure;
      g_autoptr(GError) error = NULL;

      /* Right: exactly the right set. Wrong: the first wrong option. */
      for (guint o = 0; o < syl_question_get_n_options (question) && n_chosen < G_N_ELEMENTS (chosen); o++)
        if (syl_question_get_option_correct (question, o) == right)
          {
            chosen[n_chosen++] = o;
            if (!right)
              break;
          }

      /* Shown, then read and answered: the time goes to this question,
       * as in the window. */
      syl_session_set_current (session, i);
      syl_clock_advance (clock, (gint64) g_rand_int_range (rand, 25, 150) * G_USEC_PER_SEC);
      /* Unsure of half the wrong answers and of a few right ones. */
      unsure = right ? g_rand_double (rand) < 0.1 : g_rand_boolean (rand);
      if (!syl_session_answer (session, i, chosen, n_chosen, unsure, &error))
        g_error ("%s", error->message);
    }
}

static void
answer_all (SylSession *session,
            SylClock   *clock,
            GRand      *rand,
            int         days_studied)
{
  answer_first (session, syl_session_get_n_questions (session), clock, rand, days_studied);
}

static void
run_session (SylPack     *pack,
             SylStore    *store,
             SylClock    *clock,
             SylQuizPlan *plan,
             GRand       *rand,
             int          days_studied)
{
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = syl_session_new (pack, store, clock, plan, NULL, g_rand_int (rand), &error);
  if (session == NULL)
    g_error ("%s", error->message);

  syl_session_start (session);
  answer_all (session, clock, rand, days_studied);
  if (syl_session_finish (session, &error) == NULL)
    g_error ("%s", error->message);
}

/* Today's exam, left with its last question unanswered; the time used
 * is saved as when the learner leaves the quiz. */
static void
leave_exam_unfinished (SylPack        *pack,
                       SylStore       *store,
                       gint64          start_us,
                       GRand          *rand,
                       int             days_studied)
{
  g_autoptr(SylClock) clock = syl_clock_new_manual (start_us);
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, store, g_rand_int (rand));
  g_autoptr(SylQuizPlan) exam = NULL;
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  exam = syl_quiz_builder_build_exam (builder, &error);
  if (exam == NULL)
    g_error ("%s", error->message);
  session = syl_session_new (pack, store, clock, exam, NULL, g_rand_int (rand), &error);
  if (session == NULL)
    g_error ("%s", error->message);

  syl_session_start (session);
  n = syl_session_get_n_questions (session);
  answer_first (session, n - 1, clock, rand, days_studied);
  syl_session_set_current (session, n - 1);
  if (!syl_session_pause (session, &error))
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GError) error = NULL;
  gint64 today;
  int days_studied = 0;
  gboolean unfinished_exam = FALSE;

  if (argc == 4 && g_str_equal (argv[1], "--unfinished-exam"))
    {
      unfinished_exam = TRUE;
      argv++;
      argc--;
    }
  if (argc != 3)
    {
      g_printerr ("Usage: %s [--unfinished-exam] PACK_DIR DATABASE\n", argv[0]);
      return 2;
    }

  pack = syl_pack_load (argv[1], &error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_remove (argv[2]);
  store = syl_store_open (argv[2], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* Evenings, local time, counted back from now. */
  today = g_get_real_time () - (gint64) 3 * 60 * 60 * G_USEC_PER_SEC;

  /* The demo learner began on this version of the pack: the store holds
   * its questions' digests and its corrections as seen, as the app
   * records them on a first start, so no "What Changed" comes up. */
  {
    g_autoptr(SylPackUpdate) update = syl_pack_update_sync (store, pack, today - (N_DAYS + 1) * DAY_US, &error);

    if (update == NULL || !syl_pack_update_mark_seen (update, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
  }

  for (int day = N_DAYS; day >= 1; day--)
    {
      g_autoptr(SylClock) clock = NULL;
      g_autoptr(SylQuizBuilder) builder = NULL;
      g_autoptr(SylQuizPlan) plan = NULL;
      GListModel *domains = syl_pack_get_domains (pack);
      g_autoptr(SylDomain) domain = NULL;

      /* Some days off, more of them early on. */
      if (g_rand_double (rand) < (day > 42 ? 0.45 : 0.2))
        continue;

      clock = syl_clock_new_manual (today - day * DAY_US);
      builder = syl_quiz_builder_new (pack, store, g_rand_int (rand));
      domain = g_list_model_get_item (domains, g_rand_int_range (rand, 0, g_list_model_get_n_items (domains)));
      plan = syl_quiz_builder_build_drill_domain (builder, syl_domain_get_id (domain),
                                                  g_rand_int_range (rand, 4, 12), &error);
      if (plan == NULL)
        g_error ("%s", error->message);
      run_session (pack, store, clock, plan, rand, days_studied);
      days_studied++;

      if (day % 14 == 3)
        {
          g_autoptr(SylQuizPlan) exam = syl_quiz_builder_build_exam (builder, &error);

          if (exam == NULL)
            g_error ("%s", error->message);
          run_session (pack, store, clock, exam, rand, days_studied);
        }
    }

  /* Started three hours ago; its answers take about two of them. */
  if (unfinished_exam)
    leave_exam_unfinished (pack, store, g_get_real_time () - (gint64) 3 * 60 * 60 * G_USEC_PER_SEC,
                           rand, days_studied);

  syl_store_close (store);
  g_print ("%s: %d study days\n", argv[2], days_studied);

  return 0;
}
