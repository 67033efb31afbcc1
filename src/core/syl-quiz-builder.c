/* syl-quiz-builder.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Which questions a quiz asks, for each mode. All randomness comes from
 * one GRand, so a seed reproduces a quiz exactly.
 *
 * Exam simulation: the pack's scored count is split across domains by
 * weight with largest-remainder rounding (each domain gets the floor of
 * its share, then the remaining seats go to the largest fractional parts,
 * ties to the earlier domain); a domain with too few questions leaves its
 * seats to the others. Within each domain's share the questions are drawn
 * fresh first: those never shown to the learner in any session, then
 * those never shown in an exam simulation (each group in random order),
 * then the least recently seen — so that a simulation measures readiness,
 * not memory of its questions, for as long as the bank allows. The
 * unscored questions are then drawn the same way from what is left, and
 * the whole list is shuffled so they cannot be told apart by position.
 *
 * Every plan says which of its questions are new to the learner (its
 * fresh flags), for the exam start card and the results' first-sight
 * figures. */

#define G_LOG_DOMAIN "syl-quiz-builder"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-allocation.h"
#include "syl-domain.h"
#include "syl-exam-schedule.h"
#include "syl-forecast.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-store-history.h"
#include "syl-task.h"

/* What the builder knows of a question's past: how often it was shown,
 * how often in an exam simulation, and when last. */
typedef struct
{
  guint  n_shown;
  guint  n_shown_exam;
  gint64 last_shown_us;
} Seen;

struct _SylQuizBuilder
{
  GObject     parent_instance;

  /* owned */
  SylPack    *pack;
  SylStore   *store;
  GRand      *rand;
  GHashTable *seen;       /* question id → Seen; NULL until first needed */
  char       *exam_day;   /* "YYYY-MM-DD" or NULL */
};

G_DEFINE_FINAL_TYPE (SylQuizBuilder, syl_quiz_builder, G_TYPE_OBJECT)

G_DEFINE_QUARK (syl-quiz-builder-error-quark, syl_quiz_builder_error)

static const char * const mode_names[] = {
  [SYL_QUIZ_MODE_EXAM] = "exam",
  [SYL_QUIZ_MODE_DRILL] = "drill",
  [SYL_QUIZ_MODE_DUE] = "due",
  [SYL_QUIZ_MODE_WEAK] = "weak",
  [SYL_QUIZ_MODE_MISSED] = "missed",
  [SYL_QUIZ_MODE_DIAGNOSTIC] = "diagnostic",
};

static SylQuizPlan *
plan_new (SylQuizMode mode)
{
  SylQuizPlan *plan = g_new0 (SylQuizPlan, 1);

  plan->mode = mode;
  plan->questions = g_ptr_array_new_with_free_func (g_object_unref);
  plan->unscored = g_array_new (FALSE, TRUE, sizeof (gboolean));
  plan->fresh = g_array_new (FALSE, TRUE, sizeof (gboolean));

  return plan;
}

/* Reads how often each question was shown (syl_store_dup_exposures()),
 * once per builder: its quizzes are built from one state of the
 * progress. A store that cannot be read is treated as no history, as the
 * pages do, but said. */
static GHashTable *
get_seen (SylQuizBuilder *self)
{
  g_autoptr(GPtrArray) exposures = NULL;
  g_autoptr(GError) error = NULL;

  if (self->seen != NULL)
    return self->seen;

  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (self->store == NULL)
    return self->seen;

  exposures = syl_store_dup_exposures (self->store, syl_pack_get_id (self->pack), &error);
  if (exposures == NULL)
    {
      g_warning ("Could not read which questions were seen: %s", error->message);
      return self->seen;
    }

  for (guint i = 0; i < exposures->len; i++)
    {
      SylStoreExposure *exposure = g_ptr_array_index (exposures, i);
      Seen *seen;

      if (exposure->n_shown == 0)
        continue;
      seen = g_new0 (Seen, 1);
      seen->n_shown = exposure->n_shown;
      seen->n_shown_exam = exposure->n_shown_exam;
      seen->last_shown_us = exposure->last_shown_us;
      g_hash_table_insert (self->seen, g_strdup (exposure->question_id), seen);
    }

  return self->seen;
}

static const Seen *
lookup_seen (SylQuizBuilder *self,
             SylQuestion    *question)
{
  return g_hash_table_lookup (get_seen (self), syl_question_get_id (question));
}

static void
plan_add_full (SylQuizPlan *plan,
               SylQuestion *question,
               gboolean     unscored,
               gboolean     fresh)
{
  g_ptr_array_add (plan->questions, g_object_ref (question));
  g_array_append_val (plan->unscored, unscored);
  g_array_append_val (plan->fresh, fresh);
  plan->n_fresh += fresh ? 1 : 0;
}

static void
plan_add (SylQuizBuilder *self,
          SylQuizPlan    *plan,
          SylQuestion    *question,
          gboolean        unscored)
{
  const Seen *seen = lookup_seen (self, question);

  plan_add_full (plan, question, unscored, seen == NULL || seen->n_shown == 0);
}

/* Fisher–Yates with the builder's GRand. */
static void
shuffle (GRand     *rand,
         GPtrArray *array)
{
  for (guint i = array->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, (gint32) i);
      gpointer tmp = array->pdata[i - 1];

      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = tmp;
    }
}

static void
shuffle_plan (GRand       *rand,
              SylQuizPlan *plan)
{
  for (guint i = plan->questions->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, (gint32) i);
      gpointer tmp = plan->questions->pdata[i - 1];
      gboolean flag = g_array_index (plan->unscored, gboolean, i - 1);
      gboolean fresh = g_array_index (plan->fresh, gboolean, i - 1);

      plan->questions->pdata[i - 1] = plan->questions->pdata[j];
      plan->questions->pdata[j] = tmp;
      g_array_index (plan->unscored, gboolean, i - 1) = g_array_index (plan->unscored, gboolean, j);
      g_array_index (plan->unscored, gboolean, j) = flag;
      g_array_index (plan->fresh, gboolean, i - 1) = g_array_index (plan->fresh, gboolean, j);
      g_array_index (plan->fresh, gboolean, j) = fresh;
    }
}

static SylQuizPlan *
plan_from_pool (SylQuizBuilder  *self,
                SylQuizMode      mode,
                GPtrArray       *pool,
                guint            n,
                const char      *what,
                GError         **error)
{
  SylQuizPlan *plan;

  if (pool == NULL || pool->len == 0)
    {
      g_set_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_EMPTY,
                   _("There are no questions for %s"), what);
      return NULL;
    }

  shuffle (self->rand, pool);
  plan = plan_new (mode);
  for (guint i = 0; i < pool->len && (n == 0 || i < n); i++)
    plan_add (self, plan, g_ptr_array_index (pool, i), FALSE);

  return plan;
}

/* Names what a drill drills, so that it can be started again. */
static SylQuizPlan *
set_drill (SylQuizPlan *plan,
           const char  *kind,
           const char  *id)
{
  if (plan != NULL)
    {
      /* Interned: the kind may come from a caller's temporary string. */
      plan->drill_kind = g_intern_string (kind);
      plan->drill_id = g_strdup (id);
    }

  return plan;
}

static void
syl_quiz_builder_finalize (GObject *object)
{
  SylQuizBuilder *self = (SylQuizBuilder *)object;

  g_clear_object (&self->pack);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->exam_day, g_free);

  G_OBJECT_CLASS (syl_quiz_builder_parent_class)->finalize (object);
}

static void
syl_quiz_builder_class_init (SylQuizBuilderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_quiz_builder_finalize;
}

static void
syl_quiz_builder_init (SylQuizBuilder *self)
{
}

const char *
syl_quiz_mode_to_string (SylQuizMode mode)
{
  g_return_val_if_fail (mode <= SYL_QUIZ_MODE_DIAGNOSTIC, NULL);

  return mode_names[mode];
}

gboolean
syl_quiz_mode_from_string (const char  *text,
                           SylQuizMode *mode)
{
  for (guint i = 0; i < G_N_ELEMENTS (mode_names); i++)
    if (g_strcmp0 (text, mode_names[i]) == 0)
      {
        *mode = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * syl_quiz_builder_new:
 * @pack: the pack to draw from
 * @store: (nullable): progress, needed for the due, weak-spot and missed
 *   modes
 * @seed: seed for the random choices and orders
 *
 * Returns: (transfer full): a builder whose quizzes depend only on @seed
 *   and the progress in @store
 */
SylQuizBuilder *
syl_quiz_builder_new (SylPack  *pack,
                      SylStore *store,
                      guint32   seed)
{
  SylQuizBuilder *self;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (store == NULL || SYL_IS_STORE (store), NULL);

  self = g_object_new (SYL_TYPE_QUIZ_BUILDER, NULL);
  self->pack = g_object_ref (pack);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->rand = g_rand_new_with_seed (seed);

  return self;
}

/**
 * syl_quiz_builder_new_random:
 *
 * Returns: (transfer full): a builder seeded from the system
 */
SylQuizBuilder *
syl_quiz_builder_new_random (SylPack  *pack,
                             SylStore *store)
{
  return syl_quiz_builder_new (pack, store, g_random_int ());
}

/**
 * syl_quiz_builder_build_exam:
 *
 * Builds an exam simulation: the pack's scored questions drawn by domain
 * weight and its unscored questions at random, shuffled together.
 *
 * Returns: (transfer full): the plan, or %NULL with
 *   %SYL_QUIZ_BUILDER_ERROR_NOT_ENOUGH if the pack is too small
 */
typedef struct
{
  SylQuestion *question;
  guint        tier;        /* 0 never shown, 1 never in an exam, 2 seen in one */
  gint64       last_shown_us;
  guint32      tiebreak;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->tier != cb->tier)
    return ca->tier < cb->tier ? -1 : 1;
  /* Among questions seen in an exam, the least recently seen first. */
  if (ca->tier == 2 && ca->last_shown_us != cb->last_shown_us)
    return ca->last_shown_us < cb->last_shown_us ? -1 : 1;
  return ca->tiebreak < cb->tiebreak ? -1 : ca->tiebreak > cb->tiebreak;
}

/* Orders @pool in place, freshest first (see the top of this file), in
 * random order within each group. */
static void
order_fresh_first (SylQuizBuilder *self,
                   GPtrArray      *pool)
{
  g_autoptr(GArray) candidates = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), pool->len);

  for (guint i = 0; i < pool->len; i++)
    {
      SylQuestion *question = g_ptr_array_index (pool, i);
      const Seen *seen = lookup_seen (self, question);
      Candidate c = {
        .question = question,
        .tier = seen == NULL || seen->n_shown == 0 ? 0 : seen->n_shown_exam == 0 ? 1 : 2,
        .last_shown_us = seen != NULL ? seen->last_shown_us : 0,
        .tiebreak = g_rand_int (self->rand),
      };

      g_array_append_val (candidates, c);
    }

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < pool->len; i++)
    pool->pdata[i] = g_array_index (candidates, Candidate, i).question;
}

/* Draws @scored questions across the domains by weight (largest
 * remainder), fresh first within each domain, tops up from other domains
 * where one runs short, then adds @unscored more, fresh first, marked
 * unscored. No question twice. */
static SylQuizPlan *
plan_by_weight (SylQuizBuilder *self,
                SylQuizMode     mode,
                guint           scored,
                guint           unscored)
{
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GPtrArray) leftover = g_ptr_array_new ();
  g_autofree guint *weights = NULL;
  g_autofree guint *counts = NULL;
  GListModel *domains;
  guint n_domains;
  guint shortfall = 0;

  domains = syl_pack_get_domains (self->pack);
  n_domains = g_list_model_get_n_items (domains);
  weights = g_new0 (guint, MAX (n_domains, 1));
  counts = g_new0 (guint, MAX (n_domains, 1));
  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);
      weights[i] = syl_domain_get_weight (domain);
    }
  syl_allocate_by_weight (weights, n_domains, scored, counts);

  plan = plan_new (mode);
  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);
      g_autoptr(GPtrArray) pool = syl_pack_dup_questions_for_domain (self->pack, domain);
      guint take;

      order_fresh_first (self, pool);
      take = MIN (counts[i], pool->len);
      shortfall += counts[i] - take;
      for (guint j = 0; j < pool->len; j++)
        {
          if (j < take)
            plan_add (self, plan, g_ptr_array_index (pool, j), FALSE);
          else
            g_ptr_array_add (leftover, g_ptr_array_index (pool, j));
        }
    }

  /* Seats a small domain could not fill, then the unscored questions. */
  order_fresh_first (self, leftover);
  g_assert (leftover->len >= shortfall + unscored);
  for (guint j = 0; j < shortfall + unscored; j++)
    plan_add (self, plan, g_ptr_array_index (leftover, j), j >= shortfall);

  shuffle_plan (self->rand, plan);

  return g_steal_pointer (&plan);
}

SylQuizPlan *
syl_quiz_builder_build_exam (SylQuizBuilder  *self,
                             GError         **error)
{
  guint scored;
  guint unscored;
  guint n_total;

  g_return_val_if_fail (SYL_IS_QUIZ_BUILDER (self), NULL);

  scored = syl_pack_get_scored (self->pack);
  unscored = syl_pack_get_unscored (self->pack);
  n_total = g_list_model_get_n_items (syl_pack_get_questions (self->pack));
  if (n_total < scored + unscored)
    {
      g_set_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_ENOUGH,
                   g_dngettext (GETTEXT_PACKAGE,
                                "An exam needs %u question but the pack “%s” has only %u",
                                "An exam needs %u questions but the pack “%s” has only %u",
                                scored + unscored),
                   scored + unscored, syl_pack_get_id (self->pack), n_total);
      return NULL;
    }

  return plan_by_weight (self, SYL_QUIZ_MODE_EXAM, scored, unscored);
}

/**
 * syl_quiz_builder_build_diagnostic:
 * @n: how many questions
 *
 * A first look at where the learner stands: @n questions across every
 * domain in proportion to its exam weight, all scored, untimed.
 *
 * Returns: (transfer full): the plan, or %NULL when the pack has fewer
 *   than @n questions
 */
SylQuizPlan *
syl_quiz_builder_build_diagnostic (SylQuizBuilder  *self,
                                   guint            n,
                                   GError         **error)
{
  guint n_total;

  g_return_val_if_fail (SYL_IS_QUIZ_BUILDER (self), NULL);
  g_return_val_if_fail (n > 0, NULL);

  n_total = g_list_model_get_n_items (syl_pack_get_questions (self->pack));
  if (n_total < n)
    {
      g_set_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_ENOUGH,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A diagnostic needs %u question but the pack “%s” has only %u",
                                "A diagnostic needs %u questions but the pack “%s” has only %u",
                                n),
                   n, syl_pack_get_id (self->pack), n_total);
      return NULL;
    }

  return plan_by_weight (self, SYL_QUIZ_MODE_DIAGNOSTIC, n, 0);
}

/* The questions of one domain, task statement or service, looked up by
 * the kind of drill; NULL with an error for an unknown kind or id. */
static GPtrArray *
dup_drill_pool (SylQuizBuilder  *self,
                const char      *kind,
                const char      *id,
                GError         **error)
{
  if (g_strcmp0 (kind, "domain") == 0)
    {
      SylDomain *domain = syl_pack_lookup_domain (self->pack, id);

      if (domain != NULL)
        return syl_pack_dup_questions_for_domain (self->pack, domain);
      g_set_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_FOUND,
                   _("The pack has no domain “%s”"), id);
    }
  else if (g_strcmp0 (kind, "task") == 0)
    {
      SylTask *task = syl_pack_lookup_task (self->pack, id);

      if (task != NULL)
        return syl_pack_dup_questions_for_task (self->pack, task);
      g_set_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_FOUND,
                   _("The pack has no task statement “%s”"), id);
    }
  else if (g_strcmp0 (kind, "service") == 0)
    {
      SylService *service = syl_pack_lookup_service (self->pack, id);

      if (service != NULL)
        return syl_pack_dup_questions_for_service (self->pack, service);
      g_set_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_FOUND,
                   _("The pack has no service “%s”"), id);
    }
  else
    g_set_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_NOT_FOUND,
                 _("Unknown kind of drill “%s”"), kind);

  return NULL;
}

/**
 * syl_quiz_builder_build_drill:
 * @kind: "domain", "task" or "service"
 * @id: the id of the domain, task statement or service
 * @n: how many questions at most
 *
 * A drill of one area of the exam; the plan remembers @kind and @id so
 * the same drill can be taken again.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
SylQuizPlan *
syl_quiz_builder_build_drill (SylQuizBuilder  *self,
                              const char      *kind,
                              const char      *id,
                              guint            n,
                              GError         **error)
{
  g_autoptr(GPtrArray) pool = NULL;

  g_return_val_if_fail (SYL_IS_QUIZ_BUILDER (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  pool = dup_drill_pool (self, kind, id, error);
  if (pool == NULL)
    return NULL;

  return set_drill (plan_from_pool (self, SYL_QUIZ_MODE_DRILL, pool, n, id, error), kind, id);
}

SylQuizPlan *
syl_quiz_builder_build_drill_domain (SylQuizBuilder  *self,
                                     const char      *domain_id,
                                     guint            n,
                                     GError         **error)
{
  return syl_quiz_builder_build_drill (self, "domain", domain_id, n, error);
}

SylQuizPlan *
syl_quiz_builder_build_drill_task (SylQuizBuilder  *self,
                                   const char      *task_id,
                                   guint            n,
                                   GError         **error)
{
  return syl_quiz_builder_build_drill (self, "task", task_id, n, error);
}

SylQuizPlan *
syl_quiz_builder_build_drill_service (SylQuizBuilder  *self,
                                      const char      *service_id,
                                      guint            n,
                                      GError         **error)
{
  return syl_quiz_builder_build_drill (self, "service", service_id, n, error);
}

static gboolean
require_store (SylQuizBuilder  *self,
               GError         **error)
{
  if (self->store != NULL)
    return TRUE;

  g_set_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_EMPTY,
               _("There is no progress yet"));
  return FALSE;
}

/* Questions of the pack with these ids, in this order, skipping ids the
 * pack no longer has. */
static GPtrArray *
lookup_questions (SylQuizBuilder     *self,
                  const char * const *ids)
{
  GPtrArray *pool = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      SylQuestion *question = syl_pack_lookup_question (self->pack, ids[i]);

      if (question != NULL)
        g_ptr_array_add (pool, question);
    }

  return pool;
}

/**
 * syl_quiz_builder_set_exam_date:
 * @exam_day: (nullable): the exam day, "YYYY-MM-DD", or %NULL or empty
 *   for none
 *
 * With an exam date, Due Review follows the exam-aware schedule
 * (syl-exam-schedule.c): questions whose interval would reach past the
 * exam day come up in the final stretch.
 */
void
syl_quiz_builder_set_exam_date (SylQuizBuilder *self,
                                const char     *exam_day)
{
  g_return_if_fail (SYL_IS_QUIZ_BUILDER (self));

  g_clear_pointer (&self->exam_day, g_free);
  if (exam_day != NULL && exam_day[0] != '\0')
    self->exam_day = g_strdup (exam_day);
}

/* The ids due at @now_us, most overdue first: from the exam-aware
 * schedule with an exam date, else straight from the store. */
static GStrv
dup_due_ids (SylQuizBuilder  *self,
             gint64           now_us,
             GError         **error)
{
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(SylExamSchedule) schedule = NULL;

  if (self->exam_day == NULL)
    return syl_store_dup_due_questions (self->store, syl_pack_get_id (self->pack), now_us, 0, error);

  states = syl_store_dup_question_states (self->store, syl_pack_get_id (self->pack), error);
  if (states == NULL)
    return NULL;
  schedule = syl_exam_schedule_new (states, self->exam_day, 0, now_us);

  return syl_exam_schedule_dup_due (schedule, now_us, 0);
}

/* The questions whose latest answer was wrong while the learner was sure:
 * misconceptions, which Due Review brings first. */
static GHashTable *
dup_misconceptions (SylQuizBuilder  *self,
                    GError         **error)
{
  g_autoptr(GArray) answers = NULL;
  g_autoptr(GHashTable) latest = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *misconceptions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  answers = syl_store_dup_recent_answers (self->store, syl_pack_get_id (self->pack),
                                          SYL_FORECAST_MAX_ANSWERS, error);
  if (answers == NULL)
    {
      g_hash_table_unref (misconceptions);
      return NULL;
    }

  /* Newest first: the first answer met for a question is its latest. */
  for (guint i = 0; i < answers->len; i++)
    {
      SylStoreRecentAnswer *answer = &g_array_index (answers, SylStoreRecentAnswer, i);

      if (!g_hash_table_add (latest, answer->question_id))
        continue;
      if (!answer->correct && !answer->unsure)
        g_hash_table_add (misconceptions, g_strdup (answer->question_id));
    }

  return misconceptions;
}

/* Moves the plan's misconceptions to its front, keeping the random order
 * within each group. */
static void
first_in_plan (SylQuizBuilder *self,
               SylQuizPlan    *plan,
               GHashTable     *misconceptions)
{
  guint front = 0;

  for (guint i = 0; i < plan->questions->len; i++)
    if (g_hash_table_contains (misconceptions, syl_question_get_id (g_ptr_array_index (plan->questions, i))))
      {
        for (guint j = i; j > front; j--)
          {
            gpointer q = plan->questions->pdata[j];
            gboolean fresh = g_array_index (plan->fresh, gboolean, j);

            plan->questions->pdata[j] = plan->questions->pdata[j - 1];
            plan->questions->pdata[j - 1] = q;
            g_array_index (plan->fresh, gboolean, j) = g_array_index (plan->fresh, gboolean, j - 1);
            g_array_index (plan->fresh, gboolean, j - 1) = fresh;
          }
        front++;
      }
}

/**
 * syl_quiz_builder_build_due:
 * @n: at most this many, 0 for all
 *
 * Builds a review of the questions the scheduler says are due at
 * @now_us: those last answered wrong while the learner was sure
 * (misconceptions) first, then the most overdue; in random order within
 * each group.
 */
SylQuizPlan *
syl_quiz_builder_build_due (SylQuizBuilder  *self,
                            gint64           now_us,
                            guint            n,
                            GError         **error)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GPtrArray) pool = NULL;
  g_autoptr(GPtrArray) first = g_ptr_array_new ();
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  g_autoptr(GHashTable) misconceptions = NULL;
  SylQuizPlan *plan;

  g_return_val_if_fail (SYL_IS_QUIZ_BUILDER (self), NULL);

  if (!require_store (self, error))
    return NULL;

  ids = dup_due_ids (self, now_us, error);
  if (ids == NULL)
    return NULL;
  misconceptions = dup_misconceptions (self, error);
  if (misconceptions == NULL)
    return NULL;

  /* Misconceptions first, then the most overdue. */
  pool = lookup_questions (self, (const char * const *) ids);
  for (guint i = 0; i < pool->len; i++)
    {
      SylQuestion *question = g_ptr_array_index (pool, i);

      g_ptr_array_add (g_hash_table_contains (misconceptions, syl_question_get_id (question)) ? first : rest,
                       question);
    }
  g_ptr_array_set_size (pool, 0);
  g_ptr_array_extend (pool, first, NULL, NULL);
  g_ptr_array_extend (pool, rest, NULL, NULL);
  if (n > 0 && pool->len > n)
    g_ptr_array_set_size (pool, n);

  plan = plan_from_pool (self, SYL_QUIZ_MODE_DUE, pool, 0, _("review today"), error);
  if (plan != NULL)
    first_in_plan (self, plan, misconceptions);

  return plan;
}

/**
 * syl_quiz_builder_build_missed:
 * @n: at most this many, 0 for all
 *
 * Builds a quiz of the questions answered wrong or left unanswered in the
 * last finished quiz of this pack.
 */
SylQuizPlan *
syl_quiz_builder_build_missed (SylQuizBuilder  *self,
                               guint            n,
                               GError         **error)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GPtrArray) pool = NULL;

  g_return_val_if_fail (SYL_IS_QUIZ_BUILDER (self), NULL);

  if (!require_store (self, error))
    return NULL;

  ids = syl_store_dup_missed_last_time (self->store, syl_pack_get_id (self->pack), error);
  if (ids == NULL)
    return NULL;

  pool = lookup_questions (self, (const char * const *) ids);
  return plan_from_pool (self, SYL_QUIZ_MODE_MISSED, pool, n, _("the last quiz"), error);
}

/**
 * syl_quiz_builder_build_questions:
 * @ids: the questions, by id
 *
 * A drill of these questions, in random order, e.g. the ones a learner got
 * wrong while sure of the answer. Ids the pack no longer has are left out.
 *
 * Returns: (transfer full): the plan, or %NULL when none of @ids is in
 *   the pack
 */
SylQuizPlan *
syl_quiz_builder_build_questions (SylQuizBuilder     *self,
                                  const char * const *ids,
                                  GError            **error)
{
  g_autoptr(GPtrArray) pool = NULL;

  g_return_val_if_fail (SYL_IS_QUIZ_BUILDER (self), NULL);

  pool = lookup_questions (self, ids);
  return plan_from_pool (self, SYL_QUIZ_MODE_DRILL, pool, 0, _("these questions"), error);
}

typedef struct
{
  SylQuestion *question;
  double       recall;
  guint32      tiebreak;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->recall != rb->recall)
    return ra->recall < rb->recall ? -1 : 1;
  return ra->tiebreak < rb->tiebreak ? -1 : ra->tiebreak > rb->tiebreak;
}

/**
 * syl_quiz_builder_build_weak_spots:
 * @now_us: time to estimate recall at
 * @n: number of questions
 *
 * Builds a quiz from the lowest-mastery task statements (see
 * syl_forecast_new()): the weakest task first, at most a third of @n from
 * each task, within a task the questions with the lowest expected recall
 * first; then the next weakest task, until @n questions are chosen.
 */
SylQuizPlan *
syl_quiz_builder_build_weak_spots (SylQuizBuilder  *self,
                                   gint64           now_us,
                                   guint            n,
                                   GError         **error)
{
  g_autoptr(SylForecast) forecast = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  guint per_task;

  g_return_val_if_fail (SYL_IS_QUIZ_BUILDER (self), NULL);
  g_return_val_if_fail (n > 0, NULL);

  forecast = syl_forecast_new (self->pack, self->store, now_us, error);
  if (forecast == NULL)
    return NULL;

  tasks = syl_forecast_dup_tasks_by_mastery (forecast);
  per_task = MAX (1, (n + 2) / 3);
  plan = plan_new (SYL_QUIZ_MODE_WEAK);

  for (guint t = 0; t < tasks->len && plan->questions->len < n; t++)
    {
      SylTask *task = g_ptr_array_index (tasks, t);
      g_autoptr(GPtrArray) pool = syl_pack_dup_questions_for_task (self->pack, task);
      g_autoptr(GArray) ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), pool->len);

      for (guint i = 0; i < pool->len; i++)
        {
          Ranked r = {
            .question = g_ptr_array_index (pool, i),
            .tiebreak = g_rand_int (self->rand),
          };

          r.recall = syl_forecast_get_question_recall (forecast, r.question);
          g_array_append_val (ranked, r);
        }
      g_array_sort (ranked, compare_ranked);

      for (guint i = 0; i < ranked->len && i < per_task && plan->questions->len < n; i++)
        plan_add (self, plan, g_array_index (ranked, Ranked, i).question, FALSE);
    }

  if (plan->questions->len == 0)
    {
      g_set_error (error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_EMPTY,
                   _("There are no questions for %s"), _("weak spots"));
      return NULL;
    }

  shuffle_plan (self->rand, plan);
  return g_steal_pointer (&plan);
}

void
syl_quiz_plan_free (SylQuizPlan *plan)
{
  if (plan == NULL)
    return;

  g_clear_pointer (&plan->questions, g_ptr_array_unref);
  g_clear_pointer (&plan->unscored, g_array_unref);
  g_clear_pointer (&plan->fresh, g_array_unref);
  g_free (plan->drill_id);
  g_free (plan);
}
