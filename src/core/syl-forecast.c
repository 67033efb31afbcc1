/* syl-forecast.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Readiness forecast: mastery and the expected exam result.
 *
 * The learner's knowledge per domain and task statement comes from the
 * ability model (syl-ability.c), fitted to their recent answers: first
 * sights as pure evidence of knowledge, repeats discounted by how much
 * memory of the question explains them. From it:
 *
 *  - Mastery of a domain or task statement: the chance to answer one of
 *    its questions right at first sight today, g + (1 − g) · k, with g the
 *    mean guess chance of its questions. Mastery of a service: the mean
 *    over its questions of their task statement's. Coverage: the share of
 *    questions answered at least once.
 *  - A question's expected recall (to order weak spots): the model's
 *    chance for it today, memory of it included, then smoothed with its
 *    own record (weight of two answers), so that a question answered
 *    wrong comes before its neighbours.
 *  - The exam: the real exam's questions are new to the learner, so the
 *    forecast is for the pack's scored count drawn across domains by
 *    weight (syl_allocate_by_weight()), every question at first sight.
 *    Its distribution (syl-score-distribution.c) includes the
 *    uncertainty of the ability estimate; the 80 % interval and the
 *    chance to pass come from it.
 *  - A given exam simulation (syl_forecast_predict_questions()): its own
 *    scored questions, each new or seen before, with the memory of the
 *    seen ones; this is what the calibration record stores before it.
 *
 * Projection to an exam date: syl-forecast-projection.c. docs/forecast.md
 * explains the method and its assumptions. */

#define G_LOG_DOMAIN "syl-forecast"

#include "config.h"

#include <math.h>

#include "syl-allocation.h"
#include "syl-domain.h"
#include "syl-forecast.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"

#define US_PER_DAY ((double) 86400 * G_USEC_PER_SEC)

typedef struct
{
  double sum;
  guint  n;
  guint  seen;
} Tally;

struct _SylForecast
{
  GObject             parent_instance;

  /* owned */
  SylPack            *pack;
  SylAbility         *ability;
  GPtrArray          *states;         /* of SylStoreQuestionState */
  GHashTable         *state_by_id;    /* question id → state (borrowed) */
  GHashTable         *domain_index;   /* SylDomain * → index + 1 */
  GHashTable         *task_index;     /* SylTask * → index + 1 */
  GHashTable         *recall;         /* question id → double * */
  GHashTable         *services;       /* service id → Tally */
  double             *domain_guess;   /* mean guess chance per domain */
  double             *task_guess;
  guint              *task_seen;
  guint              *task_size;
  guint              *domain_seen;
  guint              *domain_size;

  SylFsrsParams       params;
  gint64              now_us;
  guint               n_domains;
  guint               n_tasks;
  guint               recent_reviews;
  double              usual;          /* share right at first sight */
  SylScorePrediction  prediction;
};

G_DEFINE_FINAL_TYPE (SylForecast, syl_forecast, G_TYPE_OBJECT)

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

/**
 * syl_forecast_unseen_mastery:
 *
 * Returns: the mastery shown before any answer, for a single-choice
 *   question of four options: 1/4 + 3/4 · %SYL_ABILITY_PRIOR_KNOWLEDGE
 */
double
syl_forecast_unseen_mastery (void)
{
  return 0.25 + 0.75 * SYL_ABILITY_PRIOR_KNOWLEDGE;
}


static guint
lookup_index (GHashTable *table,
              gpointer    key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, key));
}

static void
syl_forecast_finalize (GObject *object)
{
  SylForecast *self = (SylForecast *)object;

  g_clear_object (&self->pack);
  g_clear_object (&self->ability);
  g_clear_pointer (&self->states, g_ptr_array_unref);
  g_clear_pointer (&self->state_by_id, g_hash_table_unref);
  g_clear_pointer (&self->domain_index, g_hash_table_unref);
  g_clear_pointer (&self->task_index, g_hash_table_unref);
  g_clear_pointer (&self->recall, g_hash_table_unref);
  g_clear_pointer (&self->services, g_hash_table_unref);
  g_free (self->domain_guess);
  g_free (self->task_guess);
  g_free (self->task_seen);
  g_free (self->task_size);
  g_free (self->domain_seen);
  g_free (self->domain_size);

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
  self->state_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->domain_index = g_hash_table_new (NULL, NULL);
  self->task_index = g_hash_table_new (NULL, NULL);
  self->recall = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->services = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Numbers the domains and task statements in pack order. */
static void
index_pack (SylForecast *self)
{
  GListModel *domains = syl_pack_get_domains (self->pack);

  self->n_domains = g_list_model_get_n_items (domains);
  for (guint d = 0; d < self->n_domains; d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      GListModel *tasks = syl_domain_get_tasks (domain);

      g_hash_table_insert (self->domain_index, domain, GUINT_TO_POINTER (d + 1));
      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, t);

          g_hash_table_insert (self->task_index, task, GUINT_TO_POINTER (++self->n_tasks));
        }
    }
}

static guint
task_of (SylForecast *self,
         SylQuestion *question)
{
  SylTask *task = syl_question_get_task (question);
  guint index = task != NULL ? lookup_index (self->task_index, task) : 0;

  return index > 0 ? index - 1 : SYL_ABILITY_NO_TASK;
}

static guint
domain_of (SylForecast *self,
           SylQuestion *question)
{
  SylDomain *domain = syl_question_get_domain (question);
  guint index = domain != NULL ? lookup_index (self->domain_index, domain) : 0;

  return index > 0 ? index - 1 : G_MAXUINT;
}

typedef struct
{
  guint answers;
  guint right;
} Record;

static int
compare_answer_times (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  const SylStoreRecentAnswer *answers = user_data;
  gint64 ta = answers[*(const guint *) a].answered_at_us;
  gint64 tb = answers[*(const guint *) b].answered_at_us;

  return ta < tb ? -1 : ta > tb;
}

/* The learner's record on each question before each answer: the
 * question's counts in its state, less the answers read, then walked
 * forward through them in time order. */
static double *
dup_histories (SylForecast             *self,
               const SylStoreRecentAnswer *answers,
               guint                    n_answers)
{
  g_autoptr(GHashTable) records = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autofree guint *order = g_new (guint, MAX (n_answers, 1));
  double *histories = g_new0 (double, MAX (n_answers, 1));
  guint first = 0, first_right = 0;

  /* The learner's usual share right at first sight, against which a
   * question's record tells whether it is hard or easy for them. */
  for (guint i = 0; i < n_answers; i++)
    if (answers[i].first_sight)
      {
        first++;
        first_right += answers[i].correct ? 1 : 0;
      }
  self->usual = (first_right + 1.0) / (first + 2.0);

  for (guint i = 0; i < n_answers; i++)
    {
      Record *record = g_hash_table_lookup (records, answers[i].question_id);

      if (record == NULL)
        {
          const SylStoreQuestionState *state = g_hash_table_lookup (self->state_by_id, answers[i].question_id);

          record = g_new0 (Record, 1);
          if (state != NULL)
            {
              record->answers = state->attempts;
              record->right = MIN (state->correct, state->attempts);
            }
          g_hash_table_insert (records, answers[i].question_id, record);
        }
      record->answers = record->answers > 0 ? record->answers - 1 : 0;
      if (answers[i].correct)
        record->right = record->right > 0 ? record->right - 1 : 0;
      order[i] = i;
    }

  g_qsort_with_data (order, n_answers, sizeof (guint), compare_answer_times, (gpointer) answers);
  for (guint j = 0; j < n_answers; j++)
    {
      const SylStoreRecentAnswer *a = &answers[order[j]];
      Record *record = g_hash_table_lookup (records, a->question_id);

      histories[order[j]] = a->first_sight ? 0.0 : syl_ability_history (record->answers, record->right,
                                                                         self->usual);
      record->answers++;
      record->right += a->correct ? 1 : 0;
    }

  return histories;
}

static SylAbility *
fit_ability (SylForecast             *self,
             const SylStoreRecentAnswer *answers,
             guint                    n_answers)
{
  g_autoptr(GArray) evidence = g_array_sized_new (FALSE, FALSE, sizeof (SylAbilityEvidence), n_answers);
  g_autofree double *histories = dup_histories (self, answers, n_answers);
  g_autofree guint *task_domains = g_new0 (guint, MAX (self->n_tasks, 1));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->task_index);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SylDomain *domain = syl_task_get_domain (key);

      task_domains[GPOINTER_TO_UINT (value) - 1] = lookup_index (self->domain_index, domain) - 1;
    }

  for (guint i = 0; i < n_answers; i++)
    {
      const SylStoreRecentAnswer *a = &answers[i];
      SylQuestion *question = syl_pack_lookup_question (self->pack, a->question_id);
      SylAbilityEvidence e = { 0 };
      double age = (self->now_us - a->answered_at_us) / US_PER_DAY;

      if (question == NULL || domain_of (self, question) == G_MAXUINT)
        continue;

      e.domain = domain_of (self, question);
      e.task = task_of (self, question);
      e.guess = syl_forecast_guess_chance (question);
      if (!a->first_sight && a->prior.reps > 0)
        {
          e.stability = a->prior.stability;
          e.reviews = a->prior.reps;
          e.elapsed_days = MAX (a->answered_at_us - a->prior.last_review_us, 0) / US_PER_DAY;
        }
      e.history = histories[i];
      e.age_days = MAX (age, 0.0);
      e.correct = a->correct;
      e.unsure = a->unsure;
      g_array_append_val (evidence, e);

      if (!a->first_sight && age >= 0 && age < SYL_FORECAST_PACE_DAYS)
        self->recent_reviews++;
    }

  return syl_ability_fit (&self->params, self->n_domains, self->n_tasks, task_domains,
                          (SylAbilityEvidence *) (gpointer) evidence->data, evidence->len);
}

static double
history_now (SylForecast                 *self,
             const SylStoreQuestionState *state)
{
  return state != NULL ? syl_ability_history (state->attempts, state->correct, self->usual) : 0.0;
}

/* The memory of a question, in @item, as it will be at @at_us. */
static void
set_memory (SylAbilityItem              *item,
            const SylStoreQuestionState *state,
            gint64                       at_us)
{
  item->stability = 0.0;
  item->elapsed_days = 0.0;
  item->reviews = 0;
  if (state == NULL || state->card.reps == 0)
    return;

  item->stability = state->card.stability;
  item->reviews = state->card.reps;
  item->elapsed_days = MAX (at_us - state->card.last_review_us, 0) / US_PER_DAY;
}

/* What compute_mastery() needs of one question, looked up once. */
typedef struct
{
  SylQuestion                 *question;
  const SylStoreQuestionState *state;
  guint                        domain;
  guint                        task;
  double                       guess;
} QuestionFacts;

/* Mastery, recall and coverage of every question, task, domain and
 * service. */
static void
compute_mastery (SylForecast *self)
{
  GListModel *questions = syl_pack_get_questions (self->pack);
  guint n_questions = g_list_model_get_n_items (questions);
  g_autofree guint *domain_n = g_new0 (guint, MAX (self->n_domains, 1));
  g_autofree guint *task_n = g_new0 (guint, MAX (self->n_tasks, 1));
  g_autofree QuestionFacts *facts = g_new0 (QuestionFacts, MAX (n_questions, 1));
  /* SylService → its Tally in self->services: a question names its
   * services by object, so most lookups need not hash the id. */
  g_autoptr(GHashTable) tally_of = g_hash_table_new (NULL, NULL);

  self->domain_guess = g_new0 (double, MAX (self->n_domains, 1));
  self->task_guess = g_new0 (double, MAX (self->n_tasks, 1));
  self->domain_seen = g_new0 (guint, MAX (self->n_domains, 1));
  self->domain_size = g_new0 (guint, MAX (self->n_domains, 1));
  self->task_seen = g_new0 (guint, MAX (self->n_tasks, 1));
  self->task_size = g_new0 (guint, MAX (self->n_tasks, 1));

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      guint d = domain_of (self, question);
      guint t = task_of (self, question);
      const SylStoreQuestionState *state = g_hash_table_lookup (self->state_by_id, syl_question_get_id (question));
      gboolean seen = state != NULL && (state->card.reps > 0 || state->attempts > 0);
      double g = syl_forecast_guess_chance (question);

      /* the pack holds its questions: no reference needed after this */
      facts[i].question = question;
      facts[i].state = state;
      facts[i].domain = d;
      facts[i].task = t;
      facts[i].guess = g;

      if (d == G_MAXUINT)
        continue;
      self->domain_guess[d] += g;
      domain_n[d]++;
      self->domain_size[d]++;
      self->domain_seen[d] += seen ? 1 : 0;
      if (t != SYL_ABILITY_NO_TASK)
        {
          self->task_guess[t] += g;
          task_n[t]++;
          self->task_size[t]++;
          self->task_seen[t] += seen ? 1 : 0;
        }
    }

  for (guint d = 0; d < self->n_domains; d++)
    self->domain_guess[d] = domain_n[d] > 0 ? self->domain_guess[d] / domain_n[d] : 0.25;
  for (guint t = 0; t < self->n_tasks; t++)
    self->task_guess[t] = task_n[t] > 0 ? self->task_guess[t] / task_n[t] : 0.25;

  for (guint i = 0; i < n_questions; i++)
    {
      SylQuestion *question = facts[i].question;
      const char *id = syl_question_get_id (question);
      const SylStoreQuestionState *state = facts[i].state;
      GPtrArray *services = syl_question_get_services (question);
      guint d = facts[i].domain;
      guint t = facts[i].task;
      SylAbilityItem item = { 0 };
      double p, fresh;

      if (d == G_MAXUINT)
        continue;

      item.domain = d;
      item.task = t;
      item.guess = facts[i].guess;
      item.retention = 1.0;
      fresh = syl_ability_predict (self->ability, NULL, &item, NULL);
      /* With its memory and its own record: a question answered wrong is
       * weaker than its neighbours, one answered right stronger. */
      set_memory (&item, state, self->now_us);
      item.history = history_now (self, state);
      p = syl_ability_predict (self->ability, NULL, &item, NULL);
      if (state != NULL && state->attempts > 0)
        p = (MIN (state->correct, state->attempts) + 2.0 * p) / (state->attempts + 2.0);

      g_hash_table_insert (self->recall, g_strdup (id), g_memdup2 (&p, sizeof p));

      for (guint j = 0; services != NULL && j < services->len; j++)
        {
          SylService *service = g_ptr_array_index (services, j);
          Tally *tally = g_hash_table_lookup (tally_of, service);

          if (tally == NULL)
            {
              const char *service_id = syl_service_get_id (service);

              tally = g_hash_table_lookup (self->services, service_id);
              if (tally == NULL)
                {
                  tally = g_new0 (Tally, 1);
                  g_hash_table_insert (self->services, g_strdup (service_id), tally);
                }
              g_hash_table_insert (tally_of, service, tally);
            }
          tally->sum += fresh;
          tally->n++;
          tally->seen += state != NULL && state->attempts > 0 ? 1 : 0;
        }
    }
}

/**
 * syl_forecast_fill_exam_items:
 * @items: (element-type SylAbilityItem): where to append them
 *
 * Appends the real exam's scored questions as the forecast sees them: the
 * pack's scored count across domains by weight, each new to the learner,
 * with its domain's mean guess chance, answered today.
 */
void
syl_forecast_fill_exam_items (SylForecast *self,
                              GArray      *items)
{
  GListModel *domains;
  g_autofree guint *weights = NULL;
  g_autofree guint *counts = NULL;

  g_return_if_fail (SYL_IS_FORECAST (self));
  g_return_if_fail (items != NULL);

  domains = syl_pack_get_domains (self->pack);
  weights = g_new0 (guint, MAX (self->n_domains, 1));
  counts = g_new0 (guint, MAX (self->n_domains, 1));
  for (guint d = 0; d < self->n_domains; d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);

      /* A domain without questions has nothing to draw. */
      weights[d] = self->domain_size[d] > 0 ? syl_domain_get_weight (domain) : 0;
    }
  syl_allocate_by_weight (weights, self->n_domains, syl_pack_get_scored (self->pack), counts);

  for (guint d = 0; d < self->n_domains; d++)
    for (guint i = 0; i < counts[d]; i++)
      {
        SylAbilityItem item = {
          .domain = d,
          .task = SYL_ABILITY_NO_TASK,
          .guess = self->domain_guess[d],
          .retention = 1.0,
        };

        g_array_append_val (items, item);
      }
}

static void
predict_items (SylForecast        *self,
               GArray             *items,
               SylScorePrediction *prediction)
{
  syl_score_distribution_predict (self->ability, (SylAbilityItem *) (gpointer) items->data, items->len,
                                  syl_pack_get_score_min (self->pack),
                                  syl_pack_get_score_max (self->pack),
                                  syl_pack_get_pass_score (self->pack),
                                  prediction);
}

/**
 * syl_forecast_new_from_data:
 * @pack: the pack
 * @states: (nullable) (element-type SylStoreQuestionState): progress; the
 *   forecast keeps a reference
 * @answers: (array length=n_answers) (nullable): recent answers, any order
 * @n_answers: how many
 * @params: (nullable): scheduler parameters (for the forgetting curve);
 *   %NULL for the defaults, as with no progress store
 * @now_us: when to forecast for
 *
 * Returns: (transfer full): the forecast
 */
SylForecast *
syl_forecast_new_from_data (SylPack                 *pack,
                            GPtrArray               *states,
                            const SylStoreRecentAnswer *answers,
                            guint                    n_answers,
                            const SylFsrsParams     *params,
                            gint64                   now_us)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (SylAbilityItem));
  SylForecast *self;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (answers != NULL || n_answers == 0, NULL);

  self = g_object_new (SYL_TYPE_FORECAST, NULL);
  self->pack = g_object_ref (pack);
  self->now_us = now_us;
  if (params != NULL)
    self->params = *params;
  else
    syl_fsrs_params_init_default (&self->params);

  self->states = states != NULL ? g_ptr_array_ref (states) : g_ptr_array_new ();
  for (guint i = 0; i < self->states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (self->states, i);

      g_hash_table_insert (self->state_by_id, state->question_id, state);
    }

  index_pack (self);
  self->ability = fit_ability (self, answers, n_answers);
  compute_mastery (self);

  syl_forecast_fill_exam_items (self, items);
  predict_items (self, items, &self->prediction);

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
  g_autoptr(GArray) answers = NULL;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (store == NULL || SYL_IS_STORE (store), NULL);

  if (store != NULL)
    {
      states = syl_store_dup_question_states (store, syl_pack_get_id (pack), error);
      if (states == NULL)
        return NULL;
      answers = syl_store_dup_recent_answers (store, syl_pack_get_id (pack), SYL_FORECAST_MAX_ANSWERS, error);
      if (answers == NULL)
        return NULL;
    }

  return syl_forecast_new_from_data (pack, states,
                                     answers != NULL ? (SylStoreRecentAnswer *) (gpointer) answers->data : NULL,
                                     answers != NULL ? answers->len : 0,
                                     store != NULL ? syl_store_get_fsrs_params (store) : NULL,
                                     now_us);
}

/** syl_forecast_get_pack: Returns: (transfer none): the pack */
SylPack *
syl_forecast_get_pack (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), NULL);
  return self->pack;
}

/** syl_forecast_get_ability: Returns: (transfer none): the fitted ability */
SylAbility *
syl_forecast_get_ability (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), NULL);
  return self->ability;
}

/** syl_forecast_get_now_us: Returns: when the forecast is for */
gint64
syl_forecast_get_now_us (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->now_us;
}

/** syl_forecast_get_fsrs_params: Returns: (transfer none): the scheduler's parameters */
const SylFsrsParams *
syl_forecast_get_fsrs_params (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), NULL);
  return &self->params;
}

/**
 * syl_forecast_lookup_state:
 *
 * Returns: (transfer none) (nullable): the progress of a question, %NULL
 *   if it was never answered
 */
const SylStoreQuestionState *
syl_forecast_lookup_state (SylForecast *self,
                           const char  *question_id)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), NULL);
  return g_hash_table_lookup (self->state_by_id, question_id);
}

/**
 * syl_forecast_get_recent_reviews:
 *
 * Returns: answers to questions seen before in the last
 *   %SYL_FORECAST_PACE_DAYS days, among the answers read
 */
guint
syl_forecast_get_recent_reviews (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->recent_reviews;
}

/**
 * syl_forecast_get_domain_index:
 *
 * Returns: the position of @domain in the pack (the ability model's
 *   index), or %G_MAXUINT if it is not the pack's
 */
guint
syl_forecast_get_domain_index (SylForecast *self,
                               SylDomain   *domain)
{
  guint index;

  g_return_val_if_fail (SYL_IS_FORECAST (self), G_MAXUINT);

  index = lookup_index (self->domain_index, domain);
  return index > 0 ? index - 1 : G_MAXUINT;
}

/**
 * syl_forecast_get_prediction:
 *
 * Returns: (transfer none): the forecast of the real exam, today
 */
const SylScorePrediction *
syl_forecast_get_prediction (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), NULL);
  return &self->prediction;
}

/** syl_forecast_get_expected_score: Returns: the expected scaled score */
double
syl_forecast_get_expected_score (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->prediction.estimate;
}

/** syl_forecast_get_score_sd: Returns: its standard deviation */
double
syl_forecast_get_score_sd (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->prediction.sd;
}

/** syl_forecast_get_low: Returns: the low end of the 80 % interval */
guint
syl_forecast_get_low (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->prediction.low;
}

/** syl_forecast_get_high: Returns: the high end of the 80 % interval */
guint
syl_forecast_get_high (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->prediction.high;
}

/** syl_forecast_get_pass_probability: Returns: the chance to pass, 0–1 */
double
syl_forecast_get_pass_probability (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->prediction.pass_probability;
}

/** syl_forecast_get_expected_fraction: Returns: expected fraction right */
double
syl_forecast_get_expected_fraction (SylForecast *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);
  return self->prediction.expected_fraction;
}

/**
 * syl_forecast_predict_questions:
 * @questions: (element-type SylQuestion): an exam's questions
 * @unscored: (element-type gboolean): one per question
 * @prediction: (out caller-allocates): the forecast of its score
 *
 * Forecasts the score of one exam simulation as drawn: its scored
 * questions, each new to the learner or seen before (then with the
 * memory of it), today.
 */
void
syl_forecast_predict_questions (SylForecast        *self,
                                GPtrArray          *questions,
                                GArray             *unscored,
                                SylScorePrediction *prediction)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (SylAbilityItem));

  g_return_if_fail (SYL_IS_FORECAST (self));
  g_return_if_fail (questions != NULL);
  g_return_if_fail (unscored == NULL || unscored->len == questions->len);
  g_return_if_fail (prediction != NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      SylQuestion *question = g_ptr_array_index (questions, i);
      const SylStoreQuestionState *state;
      SylAbilityItem item = { 0 };

      if ((unscored != NULL && g_array_index (unscored, gboolean, i)) ||
          domain_of (self, question) == G_MAXUINT)
        continue;

      state = g_hash_table_lookup (self->state_by_id, syl_question_get_id (question));
      item.domain = domain_of (self, question);
      item.task = task_of (self, question);
      item.guess = syl_forecast_guess_chance (question);
      set_memory (&item, state, self->now_us);
      item.history = history_now (self, state);
      item.retention = 1.0;
      g_array_append_val (items, item);
    }

  predict_items (self, items, prediction);
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
  return p != NULL ? *p : syl_forecast_unseen_mastery ();
}

/**
 * syl_forecast_get_task_mastery:
 *
 * Returns: the chance to answer a question of @task right at first sight
 *   today
 */
double
syl_forecast_get_task_mastery (SylForecast *self,
                               SylTask     *task)
{
  guint t;

  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);

  t = lookup_index (self->task_index, task);
  if (t == 0)
    return syl_forecast_unseen_mastery ();
  t--;

  return self->task_guess[t] + (1.0 - self->task_guess[t]) * syl_ability_get_task_knowledge (self->ability, t);
}

/**
 * syl_forecast_get_domain_mastery:
 *
 * Returns: the chance to answer a question of @domain right at first
 *   sight today
 */
double
syl_forecast_get_domain_mastery (SylForecast *self,
                                 SylDomain   *domain)
{
  guint d;

  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);

  d = lookup_index (self->domain_index, domain);
  if (d == 0)
    return syl_forecast_unseen_mastery ();
  d--;

  return self->domain_guess[d] + (1.0 - self->domain_guess[d]) * syl_ability_get_knowledge (self->ability, d);
}

/** syl_forecast_get_service_mastery: Returns: the mean mastery of its questions */
double
syl_forecast_get_service_mastery (SylForecast *self,
                                  SylService  *service)
{
  Tally *tally;

  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);

  tally = g_hash_table_lookup (self->services, syl_service_get_id (service));
  if (tally == NULL || tally->n == 0)
    return syl_forecast_unseen_mastery ();

  return tally->sum / tally->n;
}

/** syl_forecast_get_task_coverage: Returns: share of its questions seen */
double
syl_forecast_get_task_coverage (SylForecast *self,
                                SylTask     *task)
{
  guint t;

  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);

  t = lookup_index (self->task_index, task);
  if (t == 0 || self->task_size[t - 1] == 0)
    return 0.0;

  return (double) self->task_seen[t - 1] / self->task_size[t - 1];
}

/** syl_forecast_get_domain_coverage: Returns: share of its questions seen */
double
syl_forecast_get_domain_coverage (SylForecast *self,
                                  SylDomain   *domain)
{
  guint d;

  g_return_val_if_fail (SYL_IS_FORECAST (self), 0);

  d = lookup_index (self->domain_index, domain);
  if (d == 0 || self->domain_size[d - 1] == 0)
    return 0.0;

  return (double) self->domain_seen[d - 1] / self->domain_size[d - 1];
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
