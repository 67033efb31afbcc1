/* test-forecast-simulation.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Learners with known ability study with the real engine (store, quiz
 * builder, sessions), and before each exam simulation the forecast is
 * asked for that exam's score: its 80 % interval must cover the score
 * that follows at least 70 % of the time, and its mean absolute error
 * must stay under 60 scaled points. Two kinds of learner:
 *
 *  - "engine": close to the forecast's own model. Knowledge per domain
 *    starts between 0.15 and 0.6 and grows by up to 0.012 each study day;
 *    a question seen before is remembered with the FSRS retrievability of
 *    the engine's own card, which helps by a share ρ (0.3–0.95) of what
 *    knowledge does not give. Known or remembered answers are marked
 *    unsure one time in ten, guesses six in ten.
 *  - "irt": another model. Each question has a difficulty b ~ N(0, 1);
 *    the learner knows it with σ(1.2 (θ_d − b)), θ_d growing by up to 1.5
 *    with the answers given in the domain and saturating (1 − e^(−n/200));
 *    memory of a question decays exponentially with a half-life of two
 *    days that triples with each exposure, and helps by 80 % of its
 *    strength. Known answers are marked unsure 5 % of the time,
 *    remembered ones 35 %, lucky guesses 75 %, wrong ones 50 %.
 *
 * Both guess when they neither know nor remember (one option in four, one
 * set of two in ten). 32 learners of each kind study 35–60 days (three
 * days in ten off): drills of 10–25 questions of one domain, or a due
 * review; from day 14, an exam simulation every ten days. A fixed seed
 * makes the figures the same on every run; g_test_message() prints them
 * (and, with --verbose, every exam). */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "syl-clock.h"
#include "syl-domain.h"
#include "syl-forecast.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-session.h"
#include "syl-test-util.h"

#define DAY_US    ((gint64) 86400 * G_USEC_PER_SEC)
#define T0        (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)
#define N_DOMAINS 6
/* Learners of each kind: about a hundred exams each. */
#define N_LEARNERS 48

static const guint domain_weights[N_DOMAINS] = { 22, 17, 18, 15, 14, 14 };

typedef enum
{
  MODEL_ENGINE,
  MODEL_IRT,
} Model;

typedef struct
{
  guint  n;
  gint64 last_us;
} Exposure;

typedef struct
{
  Model        model;
  GRand       *rand;
  SylPack     *pack;
  SylStore    *store;
  SylClock    *clock;
  char        *dir;
  GHashTable  *cards;        /* question id → SylFsrsCard, as the store keeps it */
  GHashTable  *exposures;    /* question id → Exposure */
  GHashTable  *difficulty;   /* question id → double * */
  double       start[N_DOMAINS];
  double       rate[N_DOMAINS];
  double       rho;
  guint        domain_answers[N_DOMAINS];
  int          days_studied;
} Learner;

typedef struct
{
  guint  n;
  guint  covered;
  double abs_error;
  double bias;
  guint  calls_right;
  guint  headline_covered;
  double headline_abs_error;
} Tally;

static char *
make_pack_xml (void)
{
  GString *xml = g_string_new (NULL);
  guint n = 0;

  g_string_append (xml,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<pack xmlns=\"https://syllabus.github.io/ns/pack/1\" id=\"sim-test\" version=\"1\" xml:lang=\"en\">\n"
    "  <title>Simulation pack</title>\n"
    "  <exam code=\"SIM-01\" scored=\"65\" unscored=\"10\" minutes=\"180\""
    " score-min=\"100\" score-max=\"1000\" pass=\"750\"/>\n");
  for (guint d = 1; d <= N_DOMAINS; d++)
    g_string_append_printf (xml,
      "  <domain id=\"d%u\" weight=\"%u\"><title>Domain %u</title>"
      "<task id=\"%u.1\"><title>Task %u.1</title></task>"
      "<task id=\"%u.2\"><title>Task %u.2</title></task></domain>\n",
      d, domain_weights[d - 1], d, d, d, d, d);
  g_string_append (xml,
    "  <appendix><category id=\"c\"><title>C</title>"
    "<service id=\"s\"><name>S</name><summary>S.</summary></service></category></appendix>\n"
    "  <questions>\n");
  /* 50 questions a domain, 300 in all; every third multiple response. */
  for (guint d = 1; d <= N_DOMAINS; d++)
    for (guint q = 0; q < 50; q++)
      {
        gboolean multiple = q % 3 == 2;

        g_string_append_printf (xml, "    <question id=\"q%u%02u\" type=\"%s\" task=\"%u.%u\">"
                                "<stem>Question %u of domain %u?</stem>",
                                d, q, multiple ? "multiple" : "single", d, 1 + q % 2, ++n, d);
        for (guint o = 0; o < (multiple ? 5u : 4u); o++)
          g_string_append_printf (xml, "<option%s>Option %u<why>Why %u.</why></option>",
                                  (multiple ? (o == 0 || o == 2) : o == 1) ? " correct=\"true\"" : "",
                                  o, o);
        g_string_append (xml, "<explanation>Because.</explanation></question>\n");
      }
  g_string_append (xml, "  </questions>\n</pack>\n");

  return g_string_free (xml, FALSE);
}

static double
sigmoid (double x)
{
  return 1.0 / (1.0 + exp (-x));
}

static guint
domain_index (SylQuestion *question)
{
  return (guint) (syl_domain_get_id (syl_question_get_domain (question))[1] - '1');
}

static double
difficulty_of (Learner     *l,
               SylQuestion *question)
{
  double *b = g_hash_table_lookup (l->difficulty, syl_question_get_id (question));

  if (b == NULL)
    {
      /* Box–Muller: N(0, 1). */
      double u1 = g_rand_double_range (l->rand, 1e-9, 1.0);
      double u2 = g_rand_double (l->rand);
      double value = sqrt (-2 * log (u1)) * cos (2 * G_PI * u2);

      b = g_memdup2 (&value, sizeof value);
      g_hash_table_insert (l->difficulty, g_strdup (syl_question_get_id (question)), b);
    }

  return *b;
}

/* The chance to be right, with in *know the chance to know the answer
 * and in *memory the chance to remember it when not known. */
static double
chance_right (Learner     *l,
              SylQuestion *question,
              double      *know,
              double      *remember_it)
{
  guint d = domain_index (question);
  double g = syl_forecast_guess_chance (question);
  gint64 now = syl_clock_get_now_us (l->clock);
  double k, memory;

  if (l->model == MODEL_ENGINE)
    {
      SylFsrsCard *card = g_hash_table_lookup (l->cards, syl_question_get_id (question));
      SylFsrsParams params;

      syl_fsrs_params_init_default (&params);
      k = MIN (0.95, l->start[d] + l->rate[d] * l->days_studied);
      memory = l->rho * (card != NULL ? syl_fsrs_card_retrievability (&params, card, now) : 0.0);
    }
  else
    {
      Exposure *e = g_hash_table_lookup (l->exposures, syl_question_get_id (question));
      double theta = l->start[d] + l->rate[d] * (1.0 - exp (-(double) l->domain_answers[d] / 200.0));

      k = sigmoid (1.2 * (theta - difficulty_of (l, question)));
      memory = 0.0;
      if (e != NULL)
        {
          double half_life = 2.0 * pow (3.0, e->n - 1);
          double days = (double) (now - e->last_us) / DAY_US;

          memory = 0.8 * exp (-G_LN2 * days / half_life);
        }
    }

  *know = k;
  if (remember_it != NULL)
    *remember_it = memory;
  return g + (1.0 - g) * (k + (1.0 - k) * memory);
}

static void
remember (Learner     *l,
          SylQuestion *question,
          gboolean     correct,
          gboolean     unsure,
          gint64       time_ms)
{
  const char *id = syl_question_get_id (question);
  SylFsrsCard *card = g_hash_table_lookup (l->cards, id);
  Exposure *e = g_hash_table_lookup (l->exposures, id);
  gint64 now = syl_clock_get_now_us (l->clock);

  if (card == NULL)
    {
      card = g_new0 (SylFsrsCard, 1);
      g_hash_table_insert (l->cards, g_strdup (id), card);
    }
  if (e == NULL)
    {
      e = g_new0 (Exposure, 1);
      g_hash_table_insert (l->exposures, g_strdup (id), e);
    }

  /* The learner's memory is the engine's card: the store schedules the
   * same way (syl-store-answers.c). */
  syl_fsrs_review (syl_store_get_fsrs_params (l->store), card,
                   syl_fsrs_grade_for_answer (correct, unsure, time_ms,
                                              g_utf8_strlen (syl_question_get_stem (question), -1)),
                   now);
  e->n++;
  e->last_us = now;
  l->domain_answers[domain_index (question)]++;
}

static void
answer_session (Learner    *l,
                SylSession *session)
{
  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      SylQuestion *question = syl_session_get_question (session, i);
      double know, memory, unsure_rate;
      gboolean right;
      gboolean unsure;

      /* Knows it, else remembers it, else guesses; how sure the learner
       * feels depends on which. */
      chance_right (l, question, &know, &memory);
      if (g_rand_double (l->rand) < know)
        {
          right = TRUE;
          unsure_rate = l->model == MODEL_ENGINE ? 0.1 : 0.05;
        }
      else if (g_rand_double (l->rand) < memory)
        {
          right = TRUE;
          unsure_rate = l->model == MODEL_ENGINE ? 0.1 : 0.35;
        }
      else
        {
          right = g_rand_double (l->rand) < syl_forecast_guess_chance (question);
          unsure_rate = l->model == MODEL_ENGINE ? 0.6 : right ? 0.75 : 0.5;
        }
      unsure = g_rand_double (l->rand) < unsure_rate;
      gint64 seconds = g_rand_int_range (l->rand, 40, 130);
      g_autoptr(GError) error = NULL;
      guint chosen[8];
      guint n_chosen = 0;

      for (guint o = 0; o < syl_question_get_n_options (question); o++)
        if (syl_question_get_option_correct (question, o) == right)
          {
            chosen[n_chosen++] = o;
            if (!right)
              break;
          }

      syl_session_set_current (session, i);
      syl_clock_advance (l->clock, seconds * G_USEC_PER_SEC);
      g_assert_true (syl_session_answer (session, i, chosen, n_chosen, unsure, &error));
      g_assert_no_error (error);
      remember (l, question, right, unsure, seconds * 1000);
    }
}

static SylSession *
start_session (Learner     *l,
               SylQuizPlan *plan)
{
  g_autoptr(GError) error = NULL;
  SylSession *session = syl_session_new (l->pack, l->store, l->clock, plan, NULL,
                                         g_rand_int (l->rand), &error);

  g_assert_no_error (error);
  syl_session_start (session);
  return session;
}

static SylForecast *
forecast_now (Learner *l)
{
  g_autoptr(GError) error = NULL;
  SylForecast *forecast = syl_forecast_new (l->pack, l->store, syl_clock_get_now_us (l->clock), &error);

  g_assert_no_error (error);
  return forecast;
}

static void
take_exam (Learner *l,
           Tally   *tally)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (l->pack, l->store, g_rand_int (l->rand));
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylForecast) forecast = forecast_now (l);
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;
  const SylScorePrediction *headline = syl_forecast_get_prediction (forecast);
  SylScorePrediction prediction;
  const SylScoreReport *report;
  double error_points;
  double truth = 0.0;

  plan = syl_quiz_builder_build_exam (builder, &error);
  g_assert_no_error (error);
  syl_forecast_predict_questions (forecast, plan->questions, plan->unscored, &prediction);

  /* What the learner's true chances make of this exam, for the log. */
  for (guint i = 0; i < plan->questions->len; i++)
    if (!g_array_index (plan->unscored, gboolean, i))
      {
        double know;

        truth += chance_right (l, g_ptr_array_index (plan->questions, i), &know, NULL);
      }
  truth = 100 + 900 * truth / syl_pack_get_scored (l->pack);

  session = start_session (l, plan);

  /* The calibration record holds that same forecast. */
  {
    g_autoptr(GArray) record = syl_store_dup_forecast_record (l->store, syl_pack_get_id (l->pack), &error);

    g_assert_no_error (error);
    g_assert_cmpfloat_with_epsilon (g_array_index (record, SylStoreForecastRecord, record->len - 1).forecast.estimate,
                                    prediction.estimate, 1e-6);
  }

  answer_session (l, session);
  report = syl_session_finish (session, &error);
  g_assert_no_error (error);

  error_points = report->scaled - prediction.estimate;
  tally->n++;
  tally->covered += report->scaled >= prediction.low && report->scaled <= prediction.high;
  tally->abs_error += fabs (error_points);
  tally->bias += error_points;
  tally->calls_right += (prediction.pass_probability >= 0.5) == report->passed;
  tally->headline_covered += report->scaled >= headline->low && report->scaled <= headline->high;
  tally->headline_abs_error += fabs (report->scaled - headline->estimate);

  if (g_test_verbose ())
    g_test_message ("%s day %2d: %2u new, forecast %.0f (%u–%u, pass %.0f %%), true %.0f, scored %u; "
                    "first sight %u/%u, repeats %u/%u; k %.2f ρ %.2f",
                    l->model == MODEL_ENGINE ? "engine" : "irt", l->days_studied,
                    plan->n_fresh, prediction.estimate, prediction.low, prediction.high,
                    100 * prediction.pass_probability, truth, report->scaled,
                    report->n_first_sight_correct, report->n_first_sight,
                    report->n_repeat_correct, report->n_repeat,
                    syl_ability_get_knowledge (syl_forecast_get_ability (forecast), 0),
                    syl_ability_get_memory (syl_forecast_get_ability (forecast)));
}

static void
study_day (Learner *l)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (l->pack, l->store, g_rand_int (l->rand));
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (g_rand_double (l->rand) < 0.4)
    plan = syl_quiz_builder_build_due (builder, syl_clock_get_now_us (l->clock), 20, NULL);
  if (plan == NULL)
    {
      g_autofree char *domain = g_strdup_printf ("d%d", g_rand_int_range (l->rand, 1, N_DOMAINS + 1));

      plan = syl_quiz_builder_build_drill_domain (builder, domain, g_rand_int_range (l->rand, 10, 26), &error);
      g_assert_no_error (error);
    }

  session = start_session (l, plan);
  answer_session (l, session);
  syl_session_finish (session, &error);
  g_assert_no_error (error);
  l->days_studied++;
}

static void
learner_init (Learner *l,
              Model    model,
              SylPack *pack,
              guint32  seed)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  /* tmpfs when there is one: tens of thousands of commits, each synced. */
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_build_filename (base, "syl-sim-XXXXXX", NULL);

  l->model = model;
  l->rand = g_rand_new_with_seed (seed);
  l->pack = g_object_ref (pack);
  l->dir = g_mkdtemp (g_steal_pointer (&template));
  g_assert_nonnull (l->dir);
  path = g_build_filename (l->dir, "progress.db", NULL);
  l->store = syl_store_open (path, &error);
  g_assert_no_error (error);
  l->clock = syl_clock_new_manual (T0);
  l->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  l->exposures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  l->difficulty = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint d = 0; d < N_DOMAINS; d++)
    {
      if (model == MODEL_ENGINE)
        {
          l->start[d] = g_rand_double_range (l->rand, 0.15, 0.6);
          l->rate[d] = g_rand_double_range (l->rand, 0.0, 0.012);
        }
      else
        {
          l->start[d] = g_rand_double_range (l->rand, -1.5, 0.5);
          l->rate[d] = g_rand_double_range (l->rand, 0.0, 1.5);
        }
    }
  l->rho = g_rand_double_range (l->rand, 0.3, 0.95);
}

static void
learner_clear (Learner *l)
{
  g_clear_object (&l->store);
  syl_test_remove_tree (l->dir);
  g_free (l->dir);
  g_clear_object (&l->pack);
  g_clear_object (&l->clock);
  g_clear_pointer (&l->rand, g_rand_free);
  g_clear_pointer (&l->cards, g_hash_table_unref);
  g_clear_pointer (&l->exposures, g_hash_table_unref);
  g_clear_pointer (&l->difficulty, g_hash_table_unref);
}

static void
simulate (Model    model,
          SylPack *pack,
          guint    n_learners,
          Tally   *tally)
{
  for (guint i = 0; i < n_learners; i++)
    {
      Learner l = { 0 };
      int n_days;

      learner_init (&l, model, pack, 1000 * (model + 1) + i);
      n_days = g_rand_int_range (l.rand, 35, 61);
      for (int day = 1; day <= n_days; day++)
        {
          /* Evenings, an hour either way; some days off. */
          gint64 evening = T0 + day * DAY_US + (gint64) g_rand_int_range (l.rand, -3600, 3600) * G_USEC_PER_SEC;

          syl_clock_advance (l.clock, MAX (evening - syl_clock_get_now_us (l.clock), G_USEC_PER_SEC));
          if (g_rand_double (l.rand) < 0.3)
            continue;
          study_day (&l);
          if (day >= 14 && day % 10 == 4)
            take_exam (&l, tally);
        }
      learner_clear (&l);
    }
}

static void
report (const char  *what,
        const Tally *tally)
{
  g_test_message ("%s learners: %u exams; the 80 %% interval covered %.0f %%, mean absolute error "
                  "%.1f points (bias %+.1f), pass call right %.0f %%; the all-new-questions "
                  "forecast covered %.0f %%, error %.1f",
                  what, tally->n, 100.0 * tally->covered / tally->n, tally->abs_error / tally->n,
                  tally->bias / tally->n, 100.0 * tally->calls_right / tally->n,
                  100.0 * tally->headline_covered / tally->n, tally->headline_abs_error / tally->n);
}

static SylPack *
load_pack (const char *dir)
{
  g_autofree char *xml = make_pack_xml ();
  g_autofree char *path = g_build_filename (dir, "sim-pack.xml", NULL);
  g_autoptr(GError) error = NULL;
  SylPack *pack;

  g_assert_true (g_file_set_contents (path, xml, -1, &error));
  pack = syl_pack_load (path, &error);
  g_assert_no_error (error);

  return pack;
}

static void
run (Model       model,
     const char *name,
     guint       n_learners)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-sim-pack-XXXXXX", NULL);
  g_autoptr(SylPack) pack = load_pack (dir);
  Tally tally = { 0 };

  simulate (model, pack, n_learners, &tally);
  report (name, &tally);

  g_assert_cmpuint (tally.n, >=, n_learners * 2);
  g_assert_cmpfloat ((double) tally.covered / tally.n, >=, 0.70);
  g_assert_cmpfloat (tally.abs_error / tally.n, <, 60.0);
  syl_test_remove_tree (dir);
}

static void
test_engine_learners (void)
{
  run (MODEL_ENGINE, "engine-model", N_LEARNERS);
}

static void
test_irt_learners (void)
{
  run (MODEL_IRT, "irt-model", N_LEARNERS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/forecast-simulation/engine-learners", test_engine_learners);
  g_test_add_func ("/syl/forecast-simulation/irt-learners", test_irt_learners);

  return g_test_run ();
}
