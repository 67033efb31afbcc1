/* syl-pacing-view.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pacing-view"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-domain.h"
#include "syl-pacing-bar.h"
#include "syl-pacing-view.h"
#include "syl-question.h"

/* The results' Pacing section: time per question by domain against the
 * exam's allowance (syl-pacing.c), then the slowest questions, each of
 * which opens its answer in the review (the "question-activated"
 * signal). */
struct _SylPacingView
{
  AdwBin               parent_instance;

  /* template children */
  AdwPreferencesGroup *domains_group;
  AdwPreferencesGroup *slowest_group;

  /* owned */
  GPtrArray           *rows;     /* rows added, to remove them again */
};

G_DEFINE_FINAL_TYPE (SylPacingView, syl_pacing_view, ADW_TYPE_BIN)

enum {
  SIGNAL_QUESTION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_rows (SylPacingView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
on_slow_row_activated_cb (AdwActionRow  *row,
                          SylPacingView *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position"));

  g_signal_emit (self, signals[SIGNAL_QUESTION_ACTIVATED], 0, position);
}

static void
add_domain_row (SylPacingView         *self,
                const SylPacingDomain *domain,
                gint64                 budget_ms)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = syl_pacing_bar_new ();
  g_autofree char *mean = syl_pacing_format_duration (domain->mean_ms);
  g_autofree char *allowed = syl_pacing_format_duration (budget_ms);
  g_autofree char *subtitle = NULL;

  /* Translators: "2 min 05 s a question · 8 questions" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s a question · %u question",
                                           "%s a question · %u questions", domain->n_questions),
                              mean, domain->n_questions);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), syl_domain_get_title (domain->domain));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_size_request (bar, 100, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  syl_pacing_bar_set_values (SYL_PACING_BAR (bar), domain->mean_ms, budget_ms);
  gtk_widget_set_tooltip_text (bar, allowed);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  /* The row takes the focus, not the bar: it says the time, as the bar's
   * name does ("125 s a question, 144 s allowed"). */
  {
    g_autofree char *description = NULL;

    /* Translators: for screen readers, a domain's pacing row, "2 min 05 s a question · 8 questions; the exam allows 2 min 24 s" */
    description = g_strdup_printf (_("%s; the exam allows %s"), subtitle, allowed);
    syl_a11y_set_description (row, description);
  }

  adw_preferences_group_add (self->domains_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
add_slow_row (SylPacingView           *self,
              const SylPacingQuestion *question)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *time = NULL;
  g_autofree char *title = NULL;
  g_autofree char *duration = syl_pacing_format_duration (question->time_ms);

  /* Translators: a row of the slowest questions, "Question 12" */
  title = g_strdup_printf (_("Question %u"), question->position + 1);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), syl_question_get_stem (question->question));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Show this answer in the review"));

  time = gtk_label_new (duration);
  gtk_widget_add_css_class (time, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), time);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  /* The time and the question, which the row's subtitle and suffix show,
   * are heard too; the tooltip says what Return does. */
  {
    g_autofree char *description = NULL;

    /* Translators: for screen readers, a slow question's row, "3 min 10 s. ‹question›. Show this answer in the review" */
    description = g_strdup_printf (_("%s. %s. %s"), duration, syl_question_get_stem (question->question),
                                   _("Show this answer in the review"));
    syl_a11y_set_description (row, description);
  }

  g_object_set_data (G_OBJECT (row), "position", GUINT_TO_POINTER (question->position));
  g_signal_connect_object (row, "activated", G_CALLBACK (on_slow_row_activated_cb), self, 0);

  adw_preferences_group_add (self->slowest_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
syl_pacing_view_dispose (GObject *object)
{
  SylPacingView *self = SYL_PACING_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  /* Take the template's top widget from AdwBin first, so that AdwBin
   * does not unparent it again after the template has. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_PACING_VIEW);

  G_OBJECT_CLASS (syl_pacing_view_parent_class)->dispose (object);
}

static void
syl_pacing_view_class_init (SylPacingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_pacing_view_dispose;

  /**
   * SylPacingView::question-activated:
   * @position: the question's position in the session
   *
   * The learner opened one of the slowest questions.
   */
  signals[SIGNAL_QUESTION_ACTIVATED] =
    g_signal_new ("question-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-pacing-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SylPacingView, domains_group);
  gtk_widget_class_bind_template_child (widget_class, SylPacingView, slowest_group);
}

static void
syl_pacing_view_init (SylPacingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

GtkWidget *
syl_pacing_view_new (void)
{
  return g_object_new (SYL_TYPE_PACING_VIEW, NULL);
}

/**
 * syl_pacing_view_set_report:
 * @report: (nullable): a session's pacing; %NULL to empty the view
 */
void
syl_pacing_view_set_report (SylPacingView         *self,
                            const SylPacingReport *report)
{
  g_autofree char *allowed = NULL;
  g_autofree char *description = NULL;
  g_autofree char *used = NULL;
  guint n_questions = 0;

  g_return_if_fail (SYL_IS_PACING_VIEW (self));

  clear_rows (self);
  if (report == NULL)
    return;

  for (guint i = 0; i < report->domains->len; i++)
    {
      const SylPacingDomain *domain = &g_array_index (report->domains, SylPacingDomain, i);

      n_questions += domain->n_questions;
      if (domain->n_questions > 0)
        add_domain_row (self, domain, report->budget_ms);
    }

  allowed = syl_pacing_format_duration (report->budget_ms);
  used = syl_pacing_format_duration (n_questions > 0 ? report->time_ms / n_questions : 0);
  /* Translators: "2 min 05 s a question on average; the exam allows 2 min 24 s. The line marks it." */
  description = g_strdup_printf (_("%s a question on average; the exam allows %s. The line on each bar marks it."),
                                 used, allowed);
  adw_preferences_group_set_description (self->domains_group, description);

  for (guint i = 0; i < report->slowest->len; i++)
    add_slow_row (self, &g_array_index (report->slowest, SylPacingQuestion, i));
  gtk_widget_set_visible (GTK_WIDGET (self->slowest_group), report->slowest->len > 0);
}
