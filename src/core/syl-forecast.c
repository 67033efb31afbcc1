/* syl-forecast.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Readiness forecast: mastery and the expected exam result.
 *
 * Method:
 *  1. Each question gets an expected recall p, which starts from a prior
 *     m for its task statement, from the learner's record there:
 *       m = (c_t + k · p0) / (a_t + k)
 *     a_t the answers given to the task's other questions and c_t those
 *     right, p0 = SYL_FORECAST_UNSEEN_RECALL and k =
 *     SYL_FORECAST_PRIOR_ANSWERS: the mean of a Beta(k · p0, k · (1 − p0))
 *     prior updated with those answers. Someone who gets a task's
 *     questions right likely knows its other questions too; with no
 *     answers in the task, m = p0.
 *     For a question never answered, p = m.
 *     For a question answered a times, c of them right,
 *       p = (R + (1 − R) · g) · (c + 2m) / (a + 2)
 *     R is the FSRS retrievability now (memory decays between reviews),
 *     raised by g, the chance that a blind guess is right (one option in
 *     n, or the one right set among C(n, k)), since a forgotten
 *     multiple-choice question can still be guessed;
 *     and (c + 2m) / (a + 2) the share of its answers that were right,
 *     smoothed towards m with the weight of two answers (with m = ½, the
 *     Laplace rule). R alone says how well the learner remembers what they
 *     last saw — high just after a wrong answer, when the explanation was
 *     shown — so the accuracy term keeps one lucky or wrong answer from
 *     counting as mastery. Smoothing towards m, not ½, keeps the two cases
 *     in step: a first answer that is right gives (1 + 2m) / 3 ≥ m, one
 *     that is wrong 2m / 3 ≤ m, so it never moves the question (or its
 *     task's other questions, whose m it joins) the wrong way, however
 *     strong or weak the learner is in the task.
 *  2. Mastery of a task statement, a domain or a service is the mean p of
 *     its questions; coverage is the share of them answered at least once.
 *  3. The exam draws the pack's scored count across domains by weight
 *     (largest remainder, as the quiz builder does), so it has n_d
 *     questions from domain d, each right with probability m_d (the
 *     domain mastery: a question drawn at random from the domain). The
 *     number right X is then Poisson-binomial: the sum of independent
 *     Bernoulli(m_d) trials. We compute its exact distribution by dynamic
 *     programming over the ≤ a few hundred trials.
 *  4. Expected scaled score = min + (max − min) · E[X] / n, with standard
 *     deviation (max − min) · sd(X) / n, sd(X)² = Σ n_d m_d (1 − m_d).
 *     The chance to pass is P(X ≥ k), k the fewest right answers whose
 *     scaled score reaches the pass mark (syl_scoring_min_correct_to_pass).
 *
 * This is an estimate: it assumes the learner's recall of the pack's
 * questions stands for the real exam's, and independence between
 * questions. The spread covers only the luck of the draw. */

#define G_LOG_DOMAIN "syl-forecast"

#include "config.h"

#include <math.h>

#include "syl-allocation.h"
#include "syl-domain.h"
#include "syl-forecast.h"
#include "syl-question.h"
#include "syl-scoring.h"
#include "syl-service.h"
#include "syl-task.h"

typedef struct
{
  double sum;
  guint  n;
  guint  seen;
} Tally;

/* The learner's answers to the questions of one task statement. */
typedef struct
{
  guint answers;
  guint right;
} Record;

struct _SylForecast
{
  GObject     parent_instance;

  /* owned */
  SylPack    *pack;
  GHashTable *recall;     /* question id → double * */
  GHashTable *tasks;      /* task id → Tally */
  GHashTable *domains;    /* domain id → Tally */
  GHashTable *services;   /* service id → Tally */

  double      expected_fraction;
  double      expected_score;
  double      score_sd;
  double      pass_probability;
};

G_DEFINE_FINAL_TYPE (SylForecast, syl_forecast, G_TYPE_OBJECT)

static Tally *
tally_for (GHashTable *table,
           const char *id)
{
  Tally *tally = g_hash_table_lookup (table, id);

  if (tally == NULL)
    {
      tally = g_new0 (Tally, 1);
      g_hash_table_insert (table, g_strdup (id), tally);
    }

  return tally;
}

static void
tally_add (Tally    *tally,
           double    p,
           gboolean  seen)
{
  tally->sum += p;
  tally->n++;
  tally->seen += seen ? 1 : 0;
}

/**
 * syl_forecast_guess_chance:
 * @question: a question
 *
 * Returns: the chance of a blind guess being right: one option in n, or
 *   for a multiple-response question the one right set among C(n, k)
 */
double
syl_forecast_guess_chance (SylQuestion *question)
{
  guint n = syl_question_get_n_options (question);
  guint k = syl_question_get_n_correct (question);
  double sets = 1.0;

  if (n == 0 || k == 0 || k > n)
    return 0.0;

  for (guint i = 0; i < k; i++)
    sets = sets * (n - i) / (i + 1);

  return 1.0 / sets;
}

static double
tally_mean (GHashTable *table,
            const char *id)
{
  Tally *tally = g_hash_table_lookup (table, id);

  if (tally == NULL || tally->n == 0)
    return SYL_FORECAST_UNSEEN_RECALL;

  return tally->sum / tally->n;
}

static double
tally_coverage (GHashTable *table,
                const char *id)
{
  Tally *tally = g_hash_table_lookup (table, id);

  if (tally == NULL || tally->n == 0)
    return 0.0;

  return (double) tally->seen / tally->n;
}

static void
compute_exam (SylForecast *self)
{
  GListModel *domains = syl_pack_get_domains (self->pack);
  guint n_domains = g_list_model_get_n_items (domains);
  guint scored = syl_pack_get_scored (self->pack);
  guint score_min = syl_pack_get_score_min (self->pack);
  guint score_max = syl_pack_get_score_max (self->pack);
  g_autofree guint *weights = g_new0 (guint, MAX (n_domains, 1));
  g_autofree guint *counts = g_new0 (guint, MAX (n_domains, 1));
  g_autofree double *p = g_new0 (double, MAX (n_domains, 1));
  double mean = 0;
  double var = 0;
  guint k;

  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);

      weights[i] = syl_domain_get_weight (domain);
      p[i] = tally_mean (self->domains, syl_domain_get_id (domain));
    }
  syl_allocate_by_weight (weights, n_domains, scored, counts);

  for (guint i = 0; i < n_domains; i++)
    {
      mean += counts[i] * p[i];
      var += counts[i] * p[i] * (1.0 - p[i]);
    }

  if (scored == 0)
    return;

  self->expected_fraction = mean / scored;
  self->expected_score = score_min + (double) (score_max - score_min) * mean / scored;
  self->score_sd = (double) (score_max - score_min) * sqrt (var) / scored;

  k = syl_scoring_min_correct_to_pass (scored, syl_pack_get_pass_score (self->pack),
                                       score_min, score_max);
  self->pass_probability = syl_forecast_pass_probability (p, counts, n_domains, k);
}

static void
syl_forecast_finalize (GObject *object)
{
  SylForecast *self = (SylForecast *)object;

  g_clear_object (&self->pack);
  g_clear_pointer (&self->recall, g_hash_table_unref);
  g_clear_pointer (&self->tasks, g_hash_table_unref);
  g_clear_pointer (&self->domains, g_hash_table_unref);
  g_clear_pointer (&self->services, g_hash_table_unref);

  G_OBJECT_CLASS (syl_forecast_parent_class)->finalize (object);
}

static void
syl_forecast_class_init (SylForecastClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_forecast_finalize;
}

static void
syl_forecast_init (SylForecast *self)
{
  self->recall = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->tasks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->domains = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->services = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * syl_forecast_task_prior:
 * @answers: answers given to questions of a task statement
 * @right: of which right
 *
 * The expected recall of a question of that task statement never
 * answered: the share of @answers that were @right, smoothed towards
 * %SYL_FORECAST_UNSEEN_RECALL with the weight of
 * %SYL_FORECAST_PRIOR_ANSWERS answers.
 *
 * Returns: the prior; %SYL_FORECAST_UNSEEN_RECALL for no answers
 */
double
syl_forecast_task_prior (guint answers,
                         guint right)
{
  g_return_val_if_fail (right <= answers, SYL_FORECAST_UNSEEN_RECALL);

  return (right + SYL_FORECAST_PRIOR_ANSWERS * SYL_FORECAST_UNSEEN_RECALL)
         / (answers + SYL_FORECAST_PRIOR_ANSWERS);
}

/**
 * syl_forecast_pass_probability:
 * @p: (array length=n_groups): probability of a right answer per group
 * @n: (array length=n_groups): questions per group
 * @n_groups: groups
 * @min_correct: right answers needed
 *
 * Returns: P(X ≥ @min_correct) for X the Poisson-binomial sum of @n[i]
 *   Bernoulli(@p[i]) trials
 */
double
syl_forecast_pass_probability (const double *p,
                               const guint  *n,
                               guint         n_groups,
                               guint         min_correct)
{
  g_autofree double *dist = NULL;
  guint total = 0;
  guint done = 0;
  double pass = 0;

  for (guint g = 0; g < n_groups; g++)
    total += n[g];
  if (min_correct > total)
    return 0.0;

  dist = g_new0 (double, total + 1);
  dist[0] = 1.0;
  for (guint g = 0; g < n_groups; g++)
    {
      double pg = CLAMP (p[g], 0.0, 1.0);

      for (guint t = 0; t < n[g]; t++)
        {
          done++;
          for (guint k = done; k > 0; k--)
            dist[k] = dist[k] * (1.0 - pg) + dist[k - 1] * pg;
          dist[0] *= 1.0 - pg;
        }
    }

  for (guint k = min_correct; k <= total; k++)
    pass += dist[k];

  return CLAMP (pass, 0.0, 1.0);
}

/**
 * syl_forecast_new_from_states:
 * @pack: the pack
 * @states: (nullable) (element-type SylStoreQuestionState): progress
 * @params: (nullable): scheduler parameters (for the forgetting curve);
 *   %NULL for the defaults, as with no progress store
 * @now_us: when to forecast for
 *
 * Returns: (transfer full): the forecast
 */
SylForecast *
syl_forecast_new_from_states (SylPack             *pack,
                              GPtrArray           *states,
                              const SylFsrsParams *params,
                              gint64               now_us)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) records = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  SylFsrsParams defaults;
  SylForecast *self;
  GListModel *questions;
  guint n_questions;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  if (params == NULL)
    {
      syl_fsrs_params_init_default (&defaults);
      params = &defaults;
    }

  self = g_object_new (SYL_TYPE_FORECAST, NULL);
  self->pack = g_object_ref (pack);

  for (guint i = 0; states != NULL && i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);
      g_hash_table_insert (by_id, state->question_id, state);
    }

  questions = syl_pack_get_questions (pack);
  n_questions = g_list_model_get_n_items (questions);

  /* The learner's record in each task statement, for its prior. */
  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      SylStoreQuestionState *state = g_hash_table_lookup (by_id, syl_question_get_id (question));
      SylTask *task = syl_question_get_task (question);
      Record *record;

      if (task == NULL || state == NULL || state->card.reps == 0)
        continue;

      record = g_hash_table_lookup (records, task);
      if (record == NULL)
        {
          record = g_new0 (Record, 1);
          g_hash_table_insert (records, task, record);
        }
      record->answers += state->attempts;
      record->right += MIN (state->correct, state->attempts);
    }

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      const char *id = syl_question_get_id (question);
      SylStoreQuestionState *state = g_hash_table_lookup (by_id, id);
      SylTask *task = syl_question_get_task (question);
      SylDomain *domain = syl_question_get_domain (question);
      GPtrArray *services = syl_question_get_services (question);
      Record *record = task != NULL ? g_hash_table_lookup (records, task) : NULL;
      gboolean seen = state != NULL && state->card.reps > 0;
      guint answers = seen ? state->attempts : 0;
      guint right = seen ? MIN (state->correct, state->attempts) : 0;
      double m = SYL_FORECAST_UNSEEN_RECALL;
      double p;

      /* The prior comes from the task's other questions: this one's own
       * answers enter through its accuracy term. */
      if (record != NULL)
        m = syl_forecast_task_prior (record->answers - answers, record->right - right);

      if (seen)
        {
          double r = syl_fsrs_card_retrievability (params, &state->card, now_us);
          double g = syl_forecast_guess_chance (question);

          /* Forgotten is not wrong: a forgotten question can be guessed. */
          p = (r + (1.0 - r) * g) * (right + 2.0 * m) / (answers + 2.0);
        }
      else
        p = m;

      g_hash_table_insert (self->recall, g_strdup (id), g_memdup2 (&p, sizeof p));
      if (task != NULL)
        tally_add (tally_for (self->tasks, syl_task_get_id (task)), p, seen);
      if (domain != NULL)
        tally_add (tally_for (self->domains, syl_domain_get_id (domain)), p, seen);
      for (guint j = 0; services != NULL && j < services->len; j++)
        tally_add (tally_for (self->services,
                              syl_service_get_id (g_ptr_array_index (services, j))),
                   p, seen);
    }

  compute_exam (self);

  return self;
}

/**
 * syl_forecast_new:
 * @pack: the pack
 * @store: (nullable): progress; %NULL forecasts for a learner with none
 * @now_us: when to forecast for
 * @error: return location for a #SYL_STORE_ERROR
 *
 * Returns: (transfer full) (nullable): the forecast, or %NULL on error
 */
SylForecast *
syl_forecast_new (SylPack   *pack,
                  SylStore  *store,
                  gint64     now_us,
                  GError   **error)
{
  g_autoptr(GPtrArray) states = NULL;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (store == NULL || SYL_IS_STORE (store), NULL);

  if (store != NULL)
    {
      states = syl_store_dup_question_states (store, syl_pack_get_id (pack), error);
      if (states == NULL)
        return NULL;
    }

  return syl_forecast_new_from_states (pack, states,
                                       store != NULL ? syl_store_get_fsrs_params (store) : NULL,
                                       now_us);
}

/** syl_forecast_get_expected_score: Returns: the expected scaled score */
double
syl_forecast_get_expected_score (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->expected_score;
}

/** syl_forecast_get_score_sd: Returns: its standard deviation */
double
syl_forecast_get_score_sd (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->score_sd;
}

/** syl_forecast_get_pass_probability: Returns: the chance to pass, 0–1 */
double
syl_forecast_get_pass_probability (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->pass_probability;
}

/** syl_forecast_get_expected_fraction: Returns: expected fraction right */
double
syl_forecast_get_expected_fraction (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->expected_fraction;
}

/** syl_forecast_get_question_recall: Returns: expected recall, 0–1 */
double
syl_forecast_get_question_recall (SylForecast *self,
                                  SylQuestion *question)
{
  double *p;

  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  g_return_val_if_fail (SYL_IS_QUESTION (question), 0);

  p = g_hash_table_lookup (self->recall, syl_question_get_id (question));
  return p != NULL ? *p : SYL_FORECAST_UNSEEN_RECALL;
}

/** syl_forecast_get_task_mastery: Returns: mean recall of its questions */
double
syl_forecast_get_task_mastery (SylForecast *self,
                               SylTask     *task)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return tally_mean (self->tasks, syl_task_get_id (task));
}

/** syl_forecast_get_domain_mastery: Returns: mean recall of its questions */
double
syl_forecast_get_domain_mastery (SylForecast *self,
                                 SylDomain   *domain)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return tally_mean (self->domains, syl_domain_get_id (domain));
}

/** syl_forecast_get_service_mastery: Returns: mean recall of its questions */
double
syl_forecast_get_service_mastery (SylForecast *self,
                                  SylService  *service)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return tally_mean (self->services, syl_service_get_id (service));
}

/** syl_forecast_get_task_coverage: Returns: share of its questions seen */
double
syl_forecast_get_task_coverage (SylForecast *self,
                                SylTask     *task)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return tally_coverage (self->tasks, syl_task_get_id (task));
}

/** syl_forecast_get_domain_coverage: Returns: share of its questions seen */
double
syl_forecast_get_domain_coverage (SylForecast *self,
                                  SylDomain   *domain)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return tally_coverage (self->domains, syl_domain_get_id (domain));
}

typedef struct
{
  gpointer item;
  double   mastery;
  double   coverage;
  guint    position;
} Sortable;

static int
compare_sortable (gconstpointer a,
                  gconstpointer b)
{
  const Sortable *sa = a;
  const Sortable *sb = b;

  if (sa->mastery != sb->mastery)
    return sa->mastery < sb->mastery ? -1 : 1;
  if (sa->coverage != sb->coverage)
    return sa->coverage < sb->coverage ? -1 : 1;
  return (int) sa->position - (int) sb->position;
}

static GPtrArray *
sort_items (GArray *items)
{
  GPtrArray *sorted = g_ptr_array_sized_new (items->len);

  g_array_sort (items, compare_sortable);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (sorted, g_array_index (items, Sortable, i).item);

  return sorted;
}

/**
 * syl_forecast_dup_tasks_by_mastery:
 *
 * Returns: (transfer container) (element-type SylTask): every task
 *   statement, weakest first (then least covered, then pack order)
 */
GPtrArray *
syl_forecast_dup_tasks_by_mastery (SylForecast *self)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (Sortable));
  GListModel *domains;
  guint position = 0;

  g_return_val_if_fail (SYL_IS_FORECAST (self), NULL);

  domains = syl_pack_get_domains (self->pack);
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      GListModel *tasks = syl_domain_get_tasks (domain);

      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, t);
          Sortable s = {
            .item = task,
            .mastery = syl_forecast_get_task_mastery (self, task),
            .coverage = syl_forecast_get_task_coverage (self, task),
            .position = position++,
          };

          g_array_append_val (items, s);
        }
    }

  return sort_items (items);
}

/**
 * syl_forecast_dup_domains_by_mastery:
 *
 * Returns: (transfer container) (element-type SylDomain): every domain,
 *   weakest first
 */
GPtrArray *
syl_forecast_dup_domains_by_mastery (SylForecast *self)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (Sortable));
  GListModel *domains;

  g_return_val_if_fail (SYL_IS_FORECAST (self), NULL);

  domains = syl_pack_get_domains (self->pack);
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      Sortable s = {
        .item = domain,
        .mastery = syl_forecast_get_domain_mastery (self, domain),
        .coverage = syl_forecast_get_domain_coverage (self, domain),
        .position = d,
      };

      g_array_append_val (items, s);
    }

  return sort_items (items);
}
