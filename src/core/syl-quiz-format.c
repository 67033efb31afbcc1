/* syl-quiz-format.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The words and figures the quiz and results pages show, computed without
 * a display so that they can be tested: the question counter, the exam
 * clock, the submit confirmation, the score lines, and the counts behind
 * them. */

#define G_LOG_DOMAIN "syl-quiz-format"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "syl-quiz-format.h"

/**
 * syl_quiz_format_counter:
 * @position: the question's position, from 0
 * @n_questions: how many questions the quiz has
 *
 * Returns: (transfer full): "Question 12 of 75"
 */
char *
syl_quiz_format_counter (guint position,
                         guint n_questions)
{
  /* Translators: the question counter in the quiz header */
  return g_strdup_printf (_("Question %u of %u"), position + 1, n_questions);
}

/**
 * syl_quiz_format_counter_short:
 *
 * Returns: (transfer full): "12 / 75", for a narrow window
 */
char *
syl_quiz_format_counter_short (guint position,
                               guint n_questions)
{
  /* Translators: the question counter when the window is narrow */
  return g_strdup_printf (_("%u / %u"), position + 1, n_questions);
}

/**
 * syl_quiz_format_clock:
 * @remaining_ms: time left
 *
 * Rounds up, so the clock reads 00:00:00 only once time is up.
 *
 * Returns: (transfer full): "02:41:07"
 */
char *
syl_quiz_format_clock (gint64 remaining_ms)
{
  gint64 s = remaining_ms > 0 ? (remaining_ms + 999) / 1000 : 0;

  return g_strdup_printf ("%02u:%02u:%02u",
                          (guint) (s / 3600), (guint) (s / 60 % 60), (guint) (s % 60));
}

/**
 * syl_quiz_format_duration:
 * @ms: a time span
 *
 * Returns: (transfer full): "2 h 31 min", "31 min" or "45 s"
 */
char *
syl_quiz_format_duration (gint64 ms)
{
  gint64 s = MAX (ms, 0) / 1000;
  guint hours = s / 3600;
  guint minutes = s / 60 % 60;

  if (s < 60)
    /* Translators: a duration under a minute, in seconds */
    return g_strdup_printf (_("%u s"), (guint) s);
  if (hours == 0)
    /* Translators: a duration in minutes */
    return g_strdup_printf (_("%u min"), minutes);
  if (minutes == 0)
    /* Translators: a duration in whole hours */
    return g_strdup_printf (_("%u h"), hours);

  /* Translators: a duration in hours and minutes */
  return g_strdup_printf (_("%u h %u min"), hours, minutes);
}

/**
 * syl_quiz_format_choose:
 * @n_correct: how many options a multiple-response question wants
 * @n_selected: how many are selected now
 *
 * Returns: (transfer full): "Choose 3" or "Choose 3 · 2 selected"
 */
char *
syl_quiz_format_choose (guint n_correct,
                        guint n_selected)
{
  g_autofree char *choose = NULL;
  g_autofree char *selected = NULL;

  /* Translators: how many options to pick in a multiple-response question */
  choose = g_strdup_printf (ngettext ("Choose %u", "Choose %u", n_correct), n_correct);
  if (n_selected == 0)
    return g_steal_pointer (&choose);

  /* Translators: how many options the learner has picked so far */
  selected = g_strdup_printf (ngettext ("%u selected", "%u selected", n_selected), n_selected);

  /* Translators: "Choose 3" · "2 selected" */
  return g_strdup_printf (_("%s · %s"), choose, selected);
}

/**
 * syl_quiz_format_answer_verdict:
 * @correct: whether the answer was right
 * @unsure: whether the learner said they were unsure
 * @right_numbers: the numbers shown beside the right options, from 1
 * @n_right: how many there are
 *
 * The verdict after Check. It names the right options by their numbers,
 * so that it needs no look at the marks beside them.
 *
 * Returns: (transfer full): "Right", or "Wrong: the right answers are 2
 *   and 4"
 */
char *
syl_quiz_format_answer_verdict (gboolean     correct,
                                gboolean     unsure,
                                const guint *right_numbers,
                                guint        n_right)
{
  g_autoptr(GString) numbers = g_string_new (NULL);

  if (correct && unsure)
    return g_strdup (_("Right, though you were unsure: it comes back sooner"));
  if (correct)
    return g_strdup (_("Right"));

  for (guint i = 0; i < n_right; i++)
    {
      if (i > 0 && i + 1 == n_right)
        /* Translators: before the last of the right options' numbers, "2, 3 and 5" */
        g_string_append (numbers, _(" and "));
      else if (i > 0)
        g_string_append (numbers, ", ");
      g_string_append_printf (numbers, "%u", right_numbers[i]);
    }

  /* Translators: %s is the number of the right option, or the numbers
   * of the right options ("2 and 4") */
  return g_strdup_printf (ngettext ("Wrong: the right answer is %s",
                                    "Wrong: the right answers are %s", n_right),
                          numbers->str);
}

/**
 * syl_quiz_format_option_state:
 * @correct: whether the option is one of the right ones
 * @chosen: whether the learner chose it
 * @why: (nullable): why the option is right or wrong
 *
 * What a screen reader says of a checked option after its text: the
 * marks beside it and its reason.
 *
 * Returns: (transfer full): "Right answer. You chose this. ‹why›"
 */
char *
syl_quiz_format_option_state (gboolean    correct,
                              gboolean    chosen,
                              const char *why)
{
  GString *text = g_string_new (correct ? _("Right answer.") : _("Wrong answer."));

  if (chosen)
    g_string_append_printf (text, " %s", _("You chose this."));
  if (why != NULL && why[0] != '\0')
    g_string_append_printf (text, " %s", why);

  return g_string_free (text, FALSE);
}

/**
 * syl_quiz_format_submit_heading:
 * @exam: whether the quiz is an exam simulation
 *
 * Returns: (transfer full): the heading of the submit confirmation
 */
char *
syl_quiz_format_submit_heading (gboolean exam)
{
  return g_strdup (exam ? _("Submit Your Exam?") : _("Finish This Quiz?"));
}

/**
 * syl_quiz_format_submit_body:
 * @exam: whether the quiz is an exam simulation
 * @n_unanswered: questions without an answer
 * @n_flagged: questions flagged for review
 *
 * Returns: (transfer full): the body of the submit confirmation, e.g.
 *   "3 questions are unanswered and count as wrong. 5 questions are
 *   flagged for review. You cannot change your answers after submitting."
 */
char *
syl_quiz_format_submit_body (gboolean exam,
                             guint    n_unanswered,
                             guint    n_flagged)
{
  g_autoptr(GString) body = g_string_new (NULL);

  if (n_unanswered > 0)
    g_string_append_printf (body,
                            ngettext ("%u question is unanswered and counts as wrong.",
                                      "%u questions are unanswered and count as wrong.",
                                      n_unanswered),
                            n_unanswered);

  if (n_flagged > 0)
    {
      if (body->len > 0)
        g_string_append_c (body, ' ');
      g_string_append_printf (body,
                              ngettext ("%u question is flagged for review.",
                                        "%u questions are flagged for review.",
                                        n_flagged),
                              n_flagged);
    }

  if (n_unanswered == 0 && n_flagged == 0)
    g_string_append (body, _("Every question is answered."));

  if (exam)
    {
      g_string_append_c (body, ' ');
      g_string_append (body, _("You cannot change your answers after submitting."));
    }

  return g_string_free (g_steal_pointer (&body), FALSE);
}

/**
 * syl_quiz_format_grid_summary:
 *
 * Returns: (transfer full): "48 answered · 5 flagged · 22 unanswered"
 */
char *
syl_quiz_format_grid_summary (guint n_answered,
                              guint n_flagged,
                              guint n_unanswered)
{
  g_autofree char *answered = NULL;
  g_autofree char *flagged = NULL;
  g_autofree char *unanswered = NULL;

  /* Translators: part of the review grid summary */
  answered = g_strdup_printf (ngettext ("%u answered", "%u answered", n_answered), n_answered);
  /* Translators: part of the review grid summary */
  flagged = g_strdup_printf (ngettext ("%u flagged", "%u flagged", n_flagged), n_flagged);
  /* Translators: part of the review grid summary */
  unanswered = g_strdup_printf (ngettext ("%u unanswered", "%u unanswered", n_unanswered), n_unanswered);

  /* Translators: "48 answered" · "5 flagged" · "22 unanswered" */
  return g_strdup_printf (_("%s · %s · %s"), answered, flagged, unanswered);
}

/**
 * syl_quiz_format_score:
 * @report: a score report
 * @score_max: the pack's highest scaled score
 * @exam: whether the quiz was an exam simulation
 *
 * Returns: (transfer full): "712 / 1000" for an exam, "7 / 10" (right
 *   out of asked) for any other quiz
 */
char *
syl_quiz_format_score (const SylScoreReport *report,
                       guint                 score_max,
                       gboolean              exam)
{
  g_return_val_if_fail (report != NULL, NULL);

  /* Translators: a score out of a maximum, "712 / 1000" */
  if (exam)
    return g_strdup_printf (_("%u / %u"), report->scaled, score_max);

  return g_strdup_printf (_("%u / %u"), report->n_correct, report->n_scored);
}

/**
 * syl_quiz_format_verdict:
 *
 * Returns: (transfer full): "Passed", "Did not pass — 750 needed
 *   (estimate)", or for a quiz other than an exam "70 % right"
 */
char *
syl_quiz_format_verdict (const SylScoreReport *report,
                         gboolean              exam)
{
  g_return_val_if_fail (report != NULL, NULL);

  if (!exam)
    /* Translators: the share of right answers in a drill */
    return g_strdup_printf (_("%u %% right"), (guint) (report->fraction * 100 + 0.5));

  if (report->passed)
    return g_strdup (_("Passed"));

  /* Translators: the exam was failed; %u is the pass mark, e.g. 750 */
  return g_strdup_printf (_("Did not pass — %u needed (estimate)"), report->pass_score);
}

/**
 * syl_quiz_format_right_and_time:
 *
 * Returns: (transfer full): "48 of 65 scored questions right · 2 h 31 min
 *   used"
 */
char *
syl_quiz_format_right_and_time (const SylScoreReport *report,
                                gboolean              exam)
{
  g_autofree char *right = NULL;
  g_autofree char *duration = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  if (exam)
    right = g_strdup_printf (ngettext ("%u of %u scored question right",
                                       "%u of %u scored questions right",
                                       report->n_scored),
                             report->n_correct, report->n_scored);
  else
    right = g_strdup_printf (ngettext ("%u of %u question right",
                                       "%u of %u questions right",
                                       report->n_scored),
                             report->n_correct, report->n_scored);

  duration = syl_quiz_format_duration (report->time_used_ms);

  /* Translators: "48 of 65 scored questions right" · "2 h 31 min" used */
  return g_strdup_printf (_("%s · %s used"), right, duration);
}

/**
 * syl_quiz_format_domain_right:
 *
 * Returns: (transfer full): "11/14"
 */
char *
syl_quiz_format_domain_right (const SylDomainScore *score)
{
  g_return_val_if_fail (score != NULL, NULL);

  /* Translators: right answers out of scored questions in one domain */
  return g_strdup_printf (_("%u/%u"), score->n_correct, score->n_scored);
}

/**
 * syl_quiz_format_excerpt:
 * @text: a question stem
 * @max_chars: the most characters to keep
 *
 * Collapses white space and shortens @text at a word boundary, adding an
 * ellipsis, so that a long stem fits a list row.
 *
 * Returns: (transfer full): the excerpt
 */
char *
syl_quiz_format_excerpt (const char *text,
                         guint       max_chars)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;
  guint n = 0;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }

      if (space)
        {
          if (n + 1 >= max_chars)
            break;
          g_string_append_c (out, ' ');
          n++;
          space = FALSE;
        }

      if (n >= max_chars)
        break;
      g_string_append_unichar (out, c);
      n++;
    }

  if (*p != '\0')
    {
      /* Unless the cut fell between words, cut back to the last word
       * boundary if it is not too far. */
      const char *last_space = strrchr (out->str, ' ');

      if (!space && last_space != NULL && g_utf8_strlen (last_space, -1) < 24)
        g_string_truncate (out, last_space - out->str);
      while (out->len > 0 && strchr (",;:.-", out->str[out->len - 1]) != NULL)
        g_string_truncate (out, out->len - 1);
      g_string_append (out, "…");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * syl_quiz_format_review_state:
 * @answered: whether the question has an answer
 * @correct: whether it is right
 * @task_id: (nullable): its task statement
 * @flagged: whether the learner flagged it
 * @unscored: whether it did not count (exam only, shown after the end)
 *
 * Returns: (transfer full): "Wrong · Task 1.4 · Flagged · Unscored"
 */
char *
syl_quiz_format_review_state (gboolean    answered,
                              gboolean    correct,
                              const char *task_id,
                              gboolean    flagged,
                              gboolean    unscored)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  /* Translators: the state of a reviewed answer (an adjective) */
  g_ptr_array_add (parts, g_strdup (!answered ? _("Unanswered") : correct ? _("Right") : _("Wrong")));
  if (task_id != NULL)
    /* Translators: the task statement of a reviewed question, "Task 1.4" */
    g_ptr_array_add (parts, g_strdup_printf (_("Task %s"), task_id));
  if (flagged)
    g_ptr_array_add (parts, g_strdup (_("Flagged")));
  if (unscored)
    /* Translators: a question that did not count towards the score */
    g_ptr_array_add (parts, g_strdup (_("Unscored")));
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the states of a reviewed question */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * syl_quiz_has_choice:
 *
 * Returns: whether question @i has an answer with at least one option
 *   chosen (a learner who clears every option has not answered)
 */
gboolean
syl_quiz_has_choice (SylSession *session,
                     guint       i)
{
  guint n_chosen = 0;

  g_return_val_if_fail (SYL_IS_SESSION (session), FALSE);

  if (!syl_session_is_answered (session, i))
    return FALSE;

  syl_session_get_chosen (session, i, &n_chosen);
  return n_chosen > 0;
}

/**
 * syl_quiz_count_unanswered:
 *
 * Returns: the questions of @session without a choice
 */
guint
syl_quiz_count_unanswered (SylSession *session)
{
  guint n = 0;

  g_return_val_if_fail (SYL_IS_SESSION (session), 0);

  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    n += syl_quiz_has_choice (session, i) ? 0 : 1;

  return n;
}

/**
 * syl_quiz_count_flagged:
 *
 * Returns: the questions of @session flagged for review
 */
guint
syl_quiz_count_flagged (SylSession *session)
{
  guint n = 0;

  g_return_val_if_fail (SYL_IS_SESSION (session), 0);

  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    n += syl_session_is_flagged (session, i) ? 1 : 0;

  return n;
}

/**
 * syl_quiz_gives_feedback:
 *
 * Returns: whether a quiz of @mode shows right and wrong after each
 *   question (every mode but the exam simulation)
 */
gboolean
syl_quiz_gives_feedback (SylQuizMode mode)
{
  return mode != SYL_QUIZ_MODE_EXAM;
}

static int
compare_domain_scores (gconstpointer a,
                       gconstpointer b)
{
  const SylDomainScore *da = *(const SylDomainScore * const *) a;
  const SylDomainScore *db = *(const SylDomainScore * const *) b;

  if (da->fraction != db->fraction)
    return da->fraction < db->fraction ? -1 : 1;

  /* Same fraction: pack order (the scores sit in one array). */
  return da < db ? -1 : da > db;
}

/**
 * syl_quiz_domains_weakest_first:
 * @report: a score report
 *
 * Returns: (transfer container) (element-type SylDomainScore): the
 *   domains with scored questions in the session, lowest fraction right
 *   first, ties in pack order; the scores belong to @report
 */
GPtrArray *
syl_quiz_domains_weakest_first (const SylScoreReport *report)
{
  GPtrArray *out = g_ptr_array_new ();

  g_return_val_if_fail (report != NULL, out);

  for (guint d = 0; report->domains != NULL && d < report->domains->len; d++)
    {
      SylDomainScore *score = &g_array_index (report->domains, SylDomainScore, d);

      if (score->n_scored > 0)
        g_ptr_array_add (out, score);
    }

  g_ptr_array_sort (out, compare_domain_scores);

  return out;
}

/**
 * syl_quiz_weakest_domain:
 *
 * Returns: (transfer none) (nullable): the domain score with the lowest
 *   fraction right among those with scored questions
 */
const SylDomainScore *
syl_quiz_weakest_domain (const SylScoreReport *report)
{
  g_autoptr(GPtrArray) sorted = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  sorted = syl_quiz_domains_weakest_first (report);
  return sorted->len > 0 ? g_ptr_array_index (sorted, 0) : NULL;
}
