/* syl-pacing.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Pacing in an exam simulation.
 *
 * The exam allows its minutes over all its questions, scored and
 * unscored: 180 minutes for 75 questions is 144 seconds a question
 * (syl_pacing_budget_ms()). During the exam, the learner is ahead of pace
 * by n × budget − time used after answering n questions (negative:
 * behind); the timer shows it from the first checkpoint on and says it at
 * each checkpoint, questions 25 and 50. After the exam, the results show
 * the time per question by domain against the budget and the slowest
 * questions. */

#define G_LOG_DOMAIN "syl-pacing"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "syl-domain.h"
#include "syl-pacing.h"
#include "syl-question.h"

static const guint checkpoints[] = { 25, 50 };

/**
 * syl_pacing_budget_ms:
 *
 * Returns: the exam's minutes over its questions: 144 s for 180 minutes
 *   and 75 questions; 0 for a pack without either
 */
gint64
syl_pacing_budget_ms (SylPack *pack)
{
  guint n;

  g_return_val_if_fail (SYL_IS_PACK (pack), 0);

  n = syl_pack_get_scored (pack) + syl_pack_get_unscored (pack);
  if (n == 0)
    return 0;

  return (gint64) syl_pack_get_minutes (pack) * 60 * 1000 / n;
}

/**
 * syl_pacing_delta_ms:
 * @n_answered: questions answered
 * @time_used_ms: exam time used
 * @budget_ms: time allowed a question
 *
 * Returns: how far ahead of pace the learner is: @n_answered × @budget_ms
 *   − @time_used_ms; negative when behind
 */
gint64
syl_pacing_delta_ms (guint  n_answered,
                     gint64 time_used_ms,
                     gint64 budget_ms)
{
  return (gint64) n_answered * budget_ms - time_used_ms;
}

/**
 * syl_pacing_checkpoint:
 *
 * Returns: the last checkpoint (25 or 50) that @n_answered has reached, 0
 *   before the first: the timer shows the pace from then on
 */
guint
syl_pacing_checkpoint (guint n_answered)
{
  guint reached = 0;

  for (guint i = 0; i < G_N_ELEMENTS (checkpoints); i++)
    if (n_answered >= checkpoints[i])
      reached = checkpoints[i];

  return reached;
}

/**
 * syl_pacing_crossed_checkpoint:
 * @answered_before: questions answered before the last answer
 * @answered_now: and after it
 * @checkpoint: (out) (optional): the checkpoint crossed
 *
 * Returns: whether that answer reached a checkpoint, for the timer to say
 *   the pace
 */
gboolean
syl_pacing_crossed_checkpoint (guint  answered_before,
                               guint  answered_now,
                               guint *checkpoint)
{
  for (guint i = 0; i < G_N_ELEMENTS (checkpoints); i++)
    if (answered_before < checkpoints[i] && answered_now >= checkpoints[i])
      {
        if (checkpoint != NULL)
          *checkpoint = checkpoints[i];
        return TRUE;
      }

  return FALSE;
}

/**
 * syl_pacing_is_behind:
 * @delta_ms: as from syl_pacing_delta_ms()
 *
 * Returns: whether the learner is a whole minute or more behind the
 *   exam's pace, the point from which the timer warns and
 *   syl_pacing_format_delta() says "behind"
 */
gboolean
syl_pacing_is_behind (gint64 delta_ms)
{
  return delta_ms <= -60000;
}

/**
 * syl_pacing_format_delta:
 * @delta_ms: as from syl_pacing_delta_ms()
 *
 * Returns: (transfer full): "3 min ahead", "4 min behind" or "on pace"
 *   (within a minute)
 */
char *
syl_pacing_format_delta (gint64 delta_ms)
{
  gint64 minutes = llabs (delta_ms) / 60000;

  if (minutes < 1)
    return g_strdup (_("on pace"));
  if (!syl_pacing_is_behind (delta_ms))
    /* Translators: ahead of the exam's pace, "3 min ahead" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min ahead", "%d min ahead", minutes),
                            (int) minutes);

  /* Translators: behind the exam's pace, "4 min behind" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min behind", "%d min behind", minutes),
                          (int) minutes);
}

/**
 * syl_pacing_format_duration:
 * @time_ms: a time
 *
 * Returns: (transfer full): "58 s", "2 min 05 s"
 */
char *
syl_pacing_format_duration (gint64 time_ms)
{
  gint64 seconds = (MAX (time_ms, 0) + 500) / 1000;

  if (seconds < 60)
    /* Translators: seconds spent on a question, "58 s" */
    return g_strdup_printf (_("%d s"), (int) seconds);

  /* Translators: minutes and seconds spent on a question, "2 min 05 s" */
  return g_strdup_printf (_("%d min %02d s"), (int) (seconds / 60), (int) (seconds % 60));
}

static int
compare_slowest (gconstpointer a,
                 gconstpointer b)
{
  const SylPacingQuestion *qa = a;
  const SylPacingQuestion *qb = b;

  if (qa->time_ms != qb->time_ms)
    return qa->time_ms > qb->time_ms ? -1 : 1;
  return (int) qa->position - (int) qb->position;
}

/**
 * syl_pacing_report_new:
 * @pack: the pack
 * @items: (array length=n_items): the session's questions, as from
 *   syl_session_dup_score_items()
 * @n_items: how many
 *
 * Returns: (transfer full): time per question by domain and the slowest
 *   questions
 */
SylPacingReport *
syl_pacing_report_new (SylPack            *pack,
                       const SylScoreItem *items,
                       guint               n_items)
{
  SylPacingReport *report;
  GListModel *domains;
  g_autoptr(GArray) all = NULL;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  domains = syl_pack_get_domains (pack);
  report = g_new0 (SylPacingReport, 1);
  report->budget_ms = syl_pacing_budget_ms (pack);
  report->domains = g_array_new (FALSE, TRUE, sizeof (SylPacingDomain));
  report->slowest = g_array_new (FALSE, TRUE, sizeof (SylPacingQuestion));
  all = g_array_sized_new (FALSE, TRUE, sizeof (SylPacingQuestion), n_items);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      SylPacingDomain pd = { .domain = domain };

      g_array_append_val (report->domains, pd);
    }

  for (guint i = 0; i < n_items; i++)
    {
      SylPacingQuestion pq = { i, items[i].question, MAX (items[i].time_ms, 0) };
      SylDomain *domain = syl_question_get_domain (items[i].question);

      report->time_ms += pq.time_ms;
      g_array_append_val (all, pq);
      for (guint d = 0; d < report->domains->len; d++)
        {
          SylPacingDomain *pd = &g_array_index (report->domains, SylPacingDomain, d);

          if (pd->domain == domain)
            {
              pd->n_questions++;
              pd->time_ms += pq.time_ms;
            }
        }
    }

  for (guint d = 0; d < report->domains->len; d++)
    {
      SylPacingDomain *pd = &g_array_index (report->domains, SylPacingDomain, d);

      pd->mean_ms = pd->n_questions > 0 ? pd->time_ms / pd->n_questions : 0;
    }

  /* Questions never looked at take no time and are not "slow". */
  g_array_sort (all, compare_slowest);
  for (guint i = 0; i < all->len && report->slowest->len < SYL_PACING_N_SLOWEST; i++)
    if (g_array_index (all, SylPacingQuestion, i).time_ms > 0)
      g_array_append_val (report->slowest, g_array_index (all, SylPacingQuestion, i));

  return report;
}

void
syl_pacing_report_free (SylPacingReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->domains, g_array_unref);
  g_clear_pointer (&report->slowest, g_array_unref);
  g_free (report);
}
