/* syl-exam-schedule.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reviews that know the exam date.
 *
 * FSRS spaces reviews so that recall stays at the desired retention; with
 * an exam ahead, an interval that reaches past the exam day would leave a
 * question unreviewed when it matters. So, while the exam day E (local
 * midnight of the day set in Preferences) has not passed:
 *
 *  - The final stretch is the last SYL_EXAM_SCHEDULE_STRETCH (10 %) of
 *    the time from the start of study (the learner's oldest recorded
 *    answer) to E, at least one day: it starts on the local day F.
 *  - A learned question whose FSRS due time falls before E keeps it.
 *  - One whose due time falls on or after E, and which was last reviewed
 *    before F, is brought forward into the final stretch, so that every
 *    learned question is reviewed at least once in it. The days of the
 *    stretch from today on share that load: questions are placed, the
 *    least stable first, each on the day with the fewest reviews so far
 *    (those already due that day included), ties to the later day, which
 *    keeps more for the exam.
 *  - One already reviewed in the final stretch is due on the exam day, not
 *    after it: no interval reaches past E.
 *
 * The placement is recomputed from the states each time (a review moves a
 * question out of the stretch's load, a skipped day spreads its share over
 * the days left). After the exam day, scheduling is FSRS's alone again. */

#define G_LOG_DOMAIN "syl-exam-schedule"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "syl-exam-schedule.h"
#include "syl-store.h"

#define US_PER_DAY ((gint64) 86400 * G_USEC_PER_SEC)

struct _SylExamSchedule
{
  GObject     parent_instance;

  /* owned */
  GHashTable *due;           /* question id → gint64 *, effective due time */

  gboolean    active;
  gint64      exam_start_us;
  gint64      stretch_start_us;
};

G_DEFINE_FINAL_TYPE (SylExamSchedule, syl_exam_schedule, G_TYPE_OBJECT)

typedef struct
{
  const char *question_id;
  double      stability;
} Moved;

static int
compare_moved (gconstpointer a,
               gconstpointer b)
{
  const Moved *ma = a;
  const Moved *mb = b;

  if (ma->stability != mb->stability)
    return ma->stability < mb->stability ? -1 : 1;
  return strcmp (ma->question_id, mb->question_id);
}

/* Local midnight of the day of @time_us. */
static gint64
local_midnight (gint64 time_us)
{
  g_autoptr(GDateTime) t = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) midnight = NULL;

  if (t == NULL)
    return time_us;
  midnight = g_date_time_new_local (g_date_time_get_year (t), g_date_time_get_month (t),
                                    g_date_time_get_day_of_month (t), 0, 0, 0);

  return g_date_time_to_unix (midnight) * G_USEC_PER_SEC;
}

/* Local midnight @days days after the day of @day_us (DST-proof). */
static gint64
add_days (gint64 day_us,
          int    days)
{
  g_autoptr(GDateTime) t = g_date_time_new_from_unix_local (day_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) later = t != NULL ? g_date_time_add_days (t, days) : NULL;

  if (later == NULL)
    return day_us + days * US_PER_DAY;

  return local_midnight (g_date_time_to_unix (later) * G_USEC_PER_SEC + G_USEC_PER_SEC);
}

/**
 * syl_exam_schedule_day_start_us:
 * @day: (nullable): a local day, "YYYY-MM-DD"
 *
 * Returns: its local midnight, µs since the epoch, or 0 if @day is not a
 *   date
 */
gint64
syl_exam_schedule_day_start_us (const char *day)
{
  g_autoptr(GDateTime) midnight = NULL;
  guint year, month, mday;
  char end;

  if (day == NULL || strlen (day) != 10 || day[4] != '-' || day[7] != '-' ||
      sscanf (day, "%4u-%2u-%2u%c", &year, &month, &mday, &end) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    return 0;

  midnight = g_date_time_new_local (year, month, mday, 0, 0, 0);
  return midnight != NULL ? g_date_time_to_unix (midnight) * G_USEC_PER_SEC : 0;
}

static void
set_due (SylExamSchedule *self,
         const char      *question_id,
         gint64           due_us)
{
  g_hash_table_insert (self->due, g_strdup (question_id), g_memdup2 (&due_us, sizeof due_us));
}

static void
syl_exam_schedule_finalize (GObject *object)
{
  SylExamSchedule *self = (SylExamSchedule *)object;

  g_clear_pointer (&self->due, g_hash_table_unref);

  G_OBJECT_CLASS (syl_exam_schedule_parent_class)->finalize (object);
}

static void
syl_exam_schedule_class_init (SylExamScheduleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_exam_schedule_finalize;
}

static void
syl_exam_schedule_init (SylExamSchedule *self)
{
  self->due = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Spreads @moved over the stretch's days from today, least loaded first. */
static void
place_moved (SylExamSchedule *self,
             GPtrArray       *states,
             GArray          *moved,
             gint64           now_us)
{
  gint64 first_day = MAX (self->stretch_start_us, local_midnight (now_us));
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree guint *load = NULL;

  for (gint64 day = first_day; day < self->exam_start_us; day = add_days (day, 1))
    g_array_append_val (days, day);
  if (days->len == 0)
    g_array_append_val (days, first_day);
  load = g_new0 (guint, days->len);

  /* What falls due on those days anyway. */
  for (guint i = 0; i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      if (state->card.reps == 0 || state->card.due_us >= self->exam_start_us)
        continue;
      for (guint d = days->len; d-- > 0;)
        if (state->card.due_us >= g_array_index (days, gint64, d))
          {
            load[d]++;
            break;
          }
    }

  g_array_sort (moved, compare_moved);
  for (guint i = 0; i < moved->len; i++)
    {
      guint best = days->len - 1;

      for (guint d = days->len; d-- > 0;)
        if (load[d] < load[best])
          best = d;
      load[best]++;
      set_due (self, g_array_index (moved, Moved, i).question_id, g_array_index (days, gint64, best));
    }
}

/**
 * syl_exam_schedule_study_start_us:
 * @states: (element-type SylStoreQuestionState): the questions' progress
 *
 * Returns: when the learner began to study the pack: their oldest
 *   recorded answer; 0 when there is none
 */
gint64
syl_exam_schedule_study_start_us (GPtrArray *states)
{
  gint64 start = G_MAXINT64;

  g_return_val_if_fail (states != NULL, 0);

  for (guint i = 0; i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      /* The first sight when the store knows it, else the last review. */
      if (state->has_first_sight && state->first_sight_us > 0)
        start = MIN (start, state->first_sight_us);
      else if (state->card.reps > 0)
        start = MIN (start, state->card.last_review_us);
    }

  return start == G_MAXINT64 ? 0 : start;
}

/**
 * syl_exam_schedule_new:
 * @states: (element-type SylStoreQuestionState): the questions' progress
 * @exam_day: (nullable): the exam day, "YYYY-MM-DD", or %NULL or empty for
 *   none
 * @study_start_us: when the learner began to study (see
 *   syl_exam_schedule_study_start_us()); 0 for the oldest review in
 *   @states
 * @now_us: now
 *
 * Works out when each learned question is due (see the top of this file).
 * Without an exam day, or after it, that is FSRS's due time.
 *
 * Returns: (transfer full): the schedule
 */
SylExamSchedule *
syl_exam_schedule_new (GPtrArray  *states,
                       const char *exam_day,
                       gint64      study_start_us,
                       gint64      now_us)
{
  SylExamSchedule *self;
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (Moved));

  g_return_val_if_fail (states != NULL, NULL);

  self = g_object_new (SYL_TYPE_EXAM_SCHEDULE, NULL);
  self->exam_start_us = syl_exam_schedule_day_start_us (exam_day);
  /* Active until the exam day is over. */
  self->active = self->exam_start_us > 0 && now_us < add_days (self->exam_start_us, 1);

  for (guint i = 0; i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      set_due (self, state->question_id, state->card.due_us);
    }

  if (study_start_us <= 0)
    study_start_us = syl_exam_schedule_study_start_us (states);
  if (!self->active || study_start_us <= 0)
    return self;

  {
    double span = (double) MAX (self->exam_start_us - local_midnight (study_start_us), 0);
    gint64 stretch = MAX ((gint64) (SYL_EXAM_SCHEDULE_STRETCH * span), US_PER_DAY);

    self->stretch_start_us = local_midnight (self->exam_start_us - stretch);
  }

  for (guint i = 0; i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      if (state->card.reps == 0 || state->card.due_us < self->exam_start_us)
        continue;

      if (state->card.last_review_us < self->stretch_start_us)
        {
          Moved m = { state->question_id, state->card.stability };

          g_array_append_val (moved, m);
        }
      else
        set_due (self, state->question_id, self->exam_start_us);
    }

  place_moved (self, states, moved, now_us);

  return self;
}

/** syl_exam_schedule_is_active: Returns: whether an exam day is set and not over */
gboolean
syl_exam_schedule_is_active (SylExamSchedule *self)
{
  g_return_val_if_fail (SYL_IS_EXAM_SCHEDULE (self), FALSE);
  return self->active;
}

/** syl_exam_schedule_get_exam_start_us: Returns: the exam day's local midnight, 0 if none */
gint64
syl_exam_schedule_get_exam_start_us (SylExamSchedule *self)
{
  g_return_val_if_fail (SYL_IS_EXAM_SCHEDULE (self), 0);
  return self->exam_start_us;
}

/** syl_exam_schedule_get_stretch_start_us: Returns: the first day of the final stretch, 0 if none */
gint64
syl_exam_schedule_get_stretch_start_us (SylExamSchedule *self)
{
  g_return_val_if_fail (SYL_IS_EXAM_SCHEDULE (self), 0);
  return self->active ? self->stretch_start_us : 0;
}

/**
 * syl_exam_schedule_get_due_us:
 *
 * Returns: when @question_id is due, or 0 for a question never answered
 */
gint64
syl_exam_schedule_get_due_us (SylExamSchedule *self,
                              const char      *question_id)
{
  gint64 *due;

  g_return_val_if_fail (SYL_IS_EXAM_SCHEDULE (self), 0);

  due = g_hash_table_lookup (self->due, question_id);
  return due != NULL ? *due : 0;
}

/** syl_exam_schedule_count_due: Returns: the questions due at @at_us */
guint
syl_exam_schedule_count_due (SylExamSchedule *self,
                             gint64           at_us)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (SYL_IS_EXAM_SCHEDULE (self), 0);

  g_hash_table_iter_init (&iter, self->due);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += *(gint64 *) value <= at_us ? 1 : 0;

  return n;
}

/**
 * syl_exam_schedule_count_due_on_day:
 * @day_us: a time in the local day
 *
 * Returns: the questions whose due time falls in that local day
 */
guint
syl_exam_schedule_count_due_on_day (SylExamSchedule *self,
                                    gint64           day_us)
{
  gint64 start = local_midnight (day_us);
  gint64 end = add_days (start, 1);
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (SYL_IS_EXAM_SCHEDULE (self), 0);

  g_hash_table_iter_init (&iter, self->due);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += *(gint64 *) value >= start && *(gint64 *) value < end ? 1 : 0;

  return n;
}

typedef struct
{
  const char *id;
  gint64      due;
} Due;

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const Due *da = a;
  const Due *db = b;

  if (da->due != db->due)
    return da->due < db->due ? -1 : 1;
  return strcmp (da->id, db->id);
}

/**
 * syl_exam_schedule_dup_due:
 * @at_us: when
 * @limit: at most this many, 0 for all
 *
 * Returns: (transfer full): the ids of the questions due at @at_us, most
 *   overdue first (then by id)
 */
GStrv
syl_exam_schedule_dup_due (SylExamSchedule *self,
                           gint64           at_us,
                           guint            limit)
{
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (Due));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SYL_IS_EXAM_SCHEDULE (self), NULL);

  g_hash_table_iter_init (&iter, self->due);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (*(gint64 *) value <= at_us)
      {
        Due d = { key, *(gint64 *) value };

        g_array_append_val (due, d);
      }

  g_array_sort (due, compare_due);
  for (guint i = 0; i < due->len && (limit == 0 || i < limit); i++)
    g_strv_builder_add (builder, g_array_index (due, Due, i).id);

  return g_strv_builder_end (builder);
}

/**
 * syl_exam_schedule_next_due_us:
 *
 * Returns: the earliest due time after @after_us, or 0 if none
 */
gint64
syl_exam_schedule_next_due_us (SylExamSchedule *self,
                               gint64           after_us)
{
  GHashTableIter iter;
  gpointer value;
  gint64 next = 0;

  g_return_val_if_fail (SYL_IS_EXAM_SCHEDULE (self), 0);

  g_hash_table_iter_init (&iter, self->due);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      gint64 due = *(gint64 *) value;

      if (due > after_us && (next == 0 || due < next))
        next = due;
    }

  return next;
}
