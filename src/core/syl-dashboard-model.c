/* syl-dashboard-model.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The figures of the dashboard and the practice page that need no
 * display: today's plan, days to the exam, the activity calendar's cells,
 * past exam scores, and the short texts that describe them. */

#define G_LOG_DOMAIN "syl-dashboard-model"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "syl-dashboard-model.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  guint year, month, day;
  char end;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static void
format_day (const GDate *date,
            char         out[11])
{
  g_snprintf (out, 11, "%04u-%02u-%02u",
              g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/**
 * syl_daily_plan_compute:
 * @due: questions due for review now
 * @unseen: questions never answered
 * @daily_goal: questions the learner means to answer each day
 * @answered_today: questions already answered today
 * @new_today: of which answered for the first time
 * @days_left: days from today to the exam (syl_dashboard_days_until());
 *   0 or less when there is no exam date, or it is today or past
 * @plan: (out caller-allocates): the plan
 *
 * Without an exam date ahead, due reviews come first, then new questions,
 * until the day's answers reach the goal; reviews beyond the goal stay due
 * for another day.
 *
 * With @days_left days to the exam, today included, the bank is seen
 * before it at ⌈unseen / days⌉ new questions a day, reckoned from the
 * questions still unseen this morning (@unseen + @new_today) so that the
 * figure holds through the day. Today's plan is the due reviews, and what
 * is left of that day's share of new questions, or of the goal's share if
 * larger: a generous goal is never cut back by the exam date. A backlog
 * of reviews (after days away) is spread: at most twice the daily goal,
 * or a seventh of it if that is more, so that it is cleared within a week
 * and by the eve of the exam.
 */
void
syl_daily_plan_compute (guint         due,
                        guint         unseen,
                        guint         daily_goal,
                        guint         answered_today,
                        guint         new_today,
                        int           days_left,
                        SylDailyPlan *plan)
{
  guint left;
  guint goal_reviews;
  guint goal_new;

  g_return_if_fail (plan != NULL);

  left = answered_today < daily_goal ? daily_goal - answered_today : 0;
  goal_reviews = MIN (due, left);
  goal_new = MIN (unseen, left - goal_reviews);

  plan->due = due;
  plan->goal = daily_goal;
  plan->answered_today = answered_today;
  plan->reviews = goal_reviews;
  plan->new_questions = goal_new;
  plan->new_per_day = 0;

  if (days_left > 0)
    {
      guint64 unseen_this_morning = (guint64) unseen + new_today;
      guint64 per_day = (unseen_this_morning + (guint) days_left - 1) / (guint) days_left;
      guint share_left = per_day > new_today ? (guint) per_day - new_today : 0;

      guint spread_days = (guint) MIN (days_left, SYL_BACKLOG_DAYS);
      guint64 review_cap = MAX ((guint64) daily_goal * 2, ((guint64) due + spread_days - 1) / spread_days);

      plan->new_per_day = (guint) per_day;
      plan->reviews = (guint) MIN ((guint64) due, review_cap);
      plan->new_questions = MIN (unseen, MAX (share_left, goal_new));
      plan->goal = (guint) MAX ((guint64) daily_goal,
                                (guint64) answered_today + plan->reviews + plan->new_questions);
    }
}

/**
 * syl_dashboard_days_until:
 * @exam_date: (nullable): the exam day, "YYYY-MM-DD", or empty when not set
 * @today: the local day, "YYYY-MM-DD"
 * @days: (out): days from @today to @exam_date, negative once it has passed
 *
 * Returns: %FALSE when @exam_date is not set or not a valid date
 */
gboolean
syl_dashboard_days_until (const char *exam_date,
                          const char *today,
                          int        *days)
{
  GDate exam, now;

  g_return_val_if_fail (days != NULL, FALSE);

  if (!parse_day (exam_date, &exam) || !parse_day (today, &now))
    return FALSE;

  *days = (int) g_date_get_julian (&exam) - (int) g_date_get_julian (&now);
  return TRUE;
}

/**
 * syl_activity_level:
 * @answers: questions answered in a day
 * @daily_goal: the daily goal
 *
 * Returns: 0 without answers; 1, 2 or 3 for up to a third, two thirds or
 *   all of the goal; %SYL_ACTIVITY_MAX_LEVEL once the goal is reached
 */
guint
syl_activity_level (guint answers,
                    guint daily_goal)
{
  guint64 level;

  if (answers == 0)
    return 0;

  daily_goal = MAX (daily_goal, 1);
  level = 1 + (guint64) 3 * answers / daily_goal;

  return (guint) MIN (level, SYL_ACTIVITY_MAX_LEVEL);
}

/* The Monday that starts the first of @n_weeks weeks ending with the week
 * of @today. */
static gboolean
first_monday (const char *today,
              guint       n_weeks,
              GDate      *first)
{
  if (!parse_day (today, first))
    return FALSE;

  g_date_subtract_days (first, g_date_get_weekday (first) - G_DATE_MONDAY);
  if (n_weeks > 1)
    g_date_subtract_days (first, 7 * (n_weeks - 1));

  return TRUE;
}

/**
 * syl_activity_dup_first_day:
 * @today: the local day, "YYYY-MM-DD"
 * @n_weeks: weeks shown, the last being the week of @today
 *
 * Returns: (transfer full) (nullable): the first day the calendar shows
 *   (a Monday), to ask the store from; %NULL if @today is not a date
 */
char *
syl_activity_dup_first_day (const char *today,
                            guint       n_weeks)
{
  GDate first;
  char text[11];

  if (!first_monday (today, n_weeks, &first))
    return NULL;

  format_day (&first, text);
  return g_strdup (text);
}

/**
 * syl_activity_grid_new:
 * @days: (nullable) (element-type SylStoreDay): activity from the store,
 *   days in any order, days without answers absent
 * @today: the local day, "YYYY-MM-DD"
 * @n_weeks: weeks to show, the last being the week of @today
 * @daily_goal: the daily goal, for the intensity levels
 *
 * The cells run week by week, Monday to Sunday: cell i is weekday i % 7
 * of week i / 7, oldest week first.
 *
 * Returns: (transfer full) (element-type SylActivityCell): @n_weeks × 7
 *   cells, or %NULL if @today is not a date
 */
GArray *
syl_activity_grid_new (GArray     *days,
                       const char *today,
                       guint       n_weeks,
                       guint       daily_goal)
{
  g_autoptr(GHashTable) by_day = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *cells;
  GDate date, now;

  if (!first_monday (today, n_weeks, &date) || !parse_day (today, &now))
    return NULL;

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      SylStoreDay *day = &g_array_index (days, SylStoreDay, i);
      g_hash_table_insert (by_day, day->day, day);
    }

  cells = g_array_sized_new (FALSE, TRUE, sizeof (SylActivityCell), n_weeks * 7);
  for (guint i = 0; i < n_weeks * 7; i++)
    {
      SylActivityCell cell = { { 0 } };
      SylStoreDay *day;

      format_day (&date, cell.day);
      cell.future = g_date_compare (&date, &now) > 0;
      day = g_hash_table_lookup (by_day, cell.day);
      if (day != NULL && !cell.future)
        {
          cell.answers = day->answers;
          cell.correct = day->correct;
        }
      cell.level = syl_activity_level (cell.answers, daily_goal);
      g_array_append_val (cells, cell);
      g_date_add_days (&date, 1);
    }

  return cells;
}

/**
 * syl_dashboard_has_answers:
 * @states: (nullable) (element-type SylStoreQuestionState): question states
 *
 * Returns: whether the learner has answered anything yet; the dashboard
 *   offers the diagnostic until then
 */
gboolean
syl_dashboard_has_answers (GPtrArray *states)
{
  for (guint i = 0; states != NULL && i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      /* A question a pack update restarted was answered all the same. */
      if (state->attempts > 0 || state->card.reps > 0 || state->changed)
        return TRUE;
    }

  return FALSE;
}

/**
 * syl_dashboard_count_due:
 * @states: (nullable) (element-type SylStoreQuestionState): question states
 * @now_us: now
 *
 * Counts as syl_store_dup_due_questions() selects: answered questions
 * whose due time has come.
 *
 * Returns: the number of questions due for review
 */
guint
syl_dashboard_count_due (GPtrArray *states,
                         gint64     now_us)
{
  guint n = 0;

  for (guint i = 0; states != NULL && i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      if (state->card.due_us <= now_us)
        n++;
    }

  return n;
}

/**
 * syl_dashboard_count_unseen:
 * @pack: the pack
 * @states: (nullable) (element-type SylStoreQuestionState): its states
 *
 * A question a pack update restarted (changed since the learner answered
 * it) is due for review, not new: it is not counted, so that it is not
 * counted twice in the day's plan.
 *
 * Returns: questions of @pack never answered
 */
guint
syl_dashboard_count_unseen (SylPack   *pack,
                            GPtrArray *states)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *questions;
  guint n_questions;
  guint n = 0;

  g_return_val_if_fail (SYL_IS_PACK (pack), 0);

  for (guint i = 0; states != NULL && i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      if (state->attempts > 0 || state->card.reps > 0 || state->changed)
        g_hash_table_add (seen, state->question_id);
    }

  questions = syl_pack_get_questions (pack);
  n_questions = g_list_model_get_n_items (questions);
  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);

      if (!g_hash_table_contains (seen, syl_question_get_id (question)))
        n++;
    }

  return n;
}

/**
 * syl_dashboard_count_new_today:
 * @states: (nullable) (element-type SylStoreQuestionState): question states
 * @now_us: now
 *
 * Counts the questions answered for the first time today, the local
 * calendar day of @now_us. A state keeps only the last answer's time, so a
 * question is counted when it has one answer and that was today; one first
 * answered today and answered again since is missed.
 *
 * Returns: the questions first answered today
 */
guint
syl_dashboard_count_new_today (GPtrArray *states,
                               gint64     now_us)
{
  g_autofree char *today = syl_store_day_for_time (now_us);
  guint n = 0;

  for (guint i = 0; states != NULL && i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);
      g_autofree char *day = NULL;

      /* Two days back covers any local day, whatever the offset. */
      if (state->attempts != 1 || state->last_answered_us < now_us - 2 * (gint64) 86400 * G_USEC_PER_SEC)
        continue;

      day = syl_store_day_for_time (state->last_answered_us);
      if (g_strcmp0 (day, today) == 0)
        n++;
    }

  return n;
}

/**
 * syl_dashboard_next_due_us:
 * @states: (nullable) (element-type SylStoreQuestionState): question states
 * @now_us: now
 *
 * Returns: the earliest due time after @now_us, or 0 if nothing will fall
 *   due (nothing answered yet)
 */
gint64
syl_dashboard_next_due_us (GPtrArray *states,
                           gint64     now_us)
{
  gint64 next = 0;

  for (guint i = 0; states != NULL && i < states->len; i++)
    {
      SylStoreQuestionState *state = g_ptr_array_index (states, i);

      if (state->card.due_us > now_us && (next == 0 || state->card.due_us < next))
        next = state->card.due_us;
    }

  return next;
}

/**
 * syl_dashboard_dup_exam_scores:
 * @store: the progress store
 * @pack_id: the pack
 * @error: return location for a #SYL_STORE_ERROR
 *
 * The submitted exam simulations of @pack_id with their scores, for the
 * chart of scores over time (abandoned ones have no score and are left
 * out).
 *
 * Returns: (transfer full) (element-type SylScorePoint): the scores,
 *   oldest first, or %NULL on error
 */
GArray *
syl_dashboard_dup_exam_scores (SylStore    *store,
                               const char  *pack_id,
                               GError     **error)
{
  g_return_val_if_fail (SYL_IS_STORE (store), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  return syl_store_dup_scores (store, pack_id,
                               syl_quiz_mode_to_string (SYL_QUIZ_MODE_EXAM), error);
}

/**
 * syl_dashboard_mode_title:
 * @mode: a stored session mode ("exam", "drill", "due", "weak", "missed")
 *
 * Returns: the mode's name for the learner, capitalized as a title
 */
const char *
syl_dashboard_mode_title (const char *mode)
{
  if (g_strcmp0 (mode, "exam") == 0)
    return _("Exam Simulation");
  if (g_strcmp0 (mode, "drill") == 0)
    return _("Drill");
  if (g_strcmp0 (mode, "due") == 0)
    return _("Due Review");
  if (g_strcmp0 (mode, "weak") == 0)
    return _("Weak Spots");
  if (g_strcmp0 (mode, "missed") == 0)
    return _("Missed Last Time");
  if (g_strcmp0 (mode, "diagnostic") == 0)
    return _("Diagnostic");

  return _("Practice Session");
}

/**
 * syl_dashboard_format_days_until:
 * @days: days to the exam, as from syl_dashboard_days_until()
 *
 * Returns: (transfer full): "Exam in 23 days", "Exam tomorrow"…
 */
char *
syl_dashboard_format_days_until (int days)
{
  if (days < 0)
    return g_strdup (_("Your exam date has passed — set a new one in Preferences"));
  if (days == 0)
    return g_strdup (_("Exam today"));
  if (days == 1)
    return g_strdup (_("Exam tomorrow"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exam in %d day", "Exam in %d days", days),
                          days);
}

static int
local_days_between (gint64 from_us,
                    gint64 to_us)
{
  g_autofree char *from_day = syl_store_day_for_time (from_us);
  g_autofree char *to_day = syl_store_day_for_time (to_us);
  int days = 0;

  syl_dashboard_days_until (to_day, from_day, &days);
  return days;
}

/**
 * syl_dashboard_format_next_review:
 * @next_due_us: as from syl_dashboard_next_due_us()
 * @now_us: now
 *
 * For an empty review queue.
 *
 * Returns: (transfer full): "Nothing due — next review tomorrow"…
 */
char *
syl_dashboard_format_next_review (gint64 next_due_us,
                                  gint64 now_us)
{
  int days;

  if (next_due_us == 0)
    return g_strdup (_("Nothing due — answer some questions first"));

  days = local_days_between (now_us, next_due_us);
  if (days <= 0)
    return g_strdup (_("Nothing due — next review later today"));
  if (days == 1)
    return g_strdup (_("Nothing due — next review tomorrow"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Nothing due — next review in %d day",
                                       "Nothing due — next review in %d days", days),
                          days);
}

/**
 * syl_dashboard_format_progress:
 * @session: a stored session
 *
 * Returns: (transfer full): "23 of 75 answered"
 */
char *
syl_dashboard_format_progress (const SylStoreSession *session)
{
  guint total;
  guint answered;

  g_return_val_if_fail (session != NULL, NULL);

  total = session->question_ids != NULL ? g_strv_length (session->question_ids) : 0;
  answered = syl_store_session_count_answered (session);

  /* Translators: "23 of 75 answered"; the plural follows the total */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u answered", "%u of %u answered", total),
                          answered, total);
}

/**
 * syl_dashboard_format_time_left:
 * @remaining_ms: time left on the clock
 *
 * Returns: (transfer full): "2 h 14 min left", "14 min left"…
 */
char *
syl_dashboard_format_time_left (gint64 remaining_ms)
{
  gint64 minutes = remaining_ms / 60000;

  if (remaining_ms <= 0)
    return g_strdup (_("No time left"));
  if (minutes < 1)
    return g_strdup (_("Less than a minute left"));
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min left", "%d min left", minutes),
                            (int) minutes);

  /* Translators: hours and minutes left on an exam clock, "2 h 14 min left" */
  return g_strdup_printf (_("%d h %02d min left"), (int) (minutes / 60), (int) (minutes % 60));
}

/**
 * syl_dashboard_format_percent:
 * @fraction: 0–1
 *
 * Returns: (transfer full): "58 %"
 */
char *
syl_dashboard_format_percent (double fraction)
{
  int percent = (int) (CLAMP (fraction, 0.0, 1.0) * 100 + 0.5);

  /* Translators: a percentage, as in "58 %" */
  return g_strdup_printf (_("%d %%"), percent);
}
