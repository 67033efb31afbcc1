/* syl-results-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-results-page"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-answer-review-row.h"
#include "syl-confidence-view.h"
#include "syl-domain.h"
#include "syl-pacing-view.h"
#include "syl-question.h"
#include "syl-quiz-format.h"
#include "syl-a11y.h"
#include "syl-results-page.h"
#include "syl-scoring.h"
#include "syl-sight-figures.h"

/* The outcome of a finished session: the scaled score (an estimate, and
 * said so), pass or fail, the domains weakest first, and every answer to
 * review with its explanation. Its buttons go on through window actions:
 * drill the weakest domain, retake, close. */
struct _SylResultsPage
{
  SylPage              parent_instance;

  /* template children */
  GtkButton           *done_button;
  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  GtkScrolledWindow   *scroller;
  GtkWidget           *content_box;
  GtkLabel            *timeout_label;
  GtkLabel            *score_label;
  GtkLabel            *verdict_label;
  GtkLabel            *right_label;
  GtkLabel            *estimate_label;
  GtkButton           *drill_button;
  GtkLabel            *drill_label;
  GtkButton           *review_button;
  GtkButton           *retake_button;
  AdwPreferencesGroup *domains_group;
  GtkWidget           *review_box;
  GtkWidget           *filter_box;
  GtkToggleButton     *all_button;
  GtkToggleButton     *wrong_button;
  GtkToggleButton     *flagged_button;
  GtkToggleButton     *unscored_button;
  GtkToggleButton     *all_button_narrow;
  GtkListBox          *review_list;
  SylSightFigures     *sight_figures;
  SylPacingView       *pacing_view;
  SylConfidenceView   *confidence_view;

  /* owned */
  SylSession          *session;
  GPtrArray           *domain_rows;
  GtkWidget           *placeholder;

  SylResultsFilter     filter;
  guint                focus_id;
};

G_DEFINE_FINAL_TYPE (SylResultsPage, syl_results_page, SYL_TYPE_PAGE)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define DRILL_SIZE 10

static gboolean
row_matches (SylAnswerReviewRow *row,
             SylResultsFilter    filter)
{
  switch (filter)
    {
    case SYL_RESULTS_FILTER_WRONG:
      return !syl_answer_review_row_is_correct (row);

    case SYL_RESULTS_FILTER_FLAGGED:
      return syl_answer_review_row_is_flagged (row);

    case SYL_RESULTS_FILTER_UNSCORED:
      return syl_answer_review_row_is_unscored (row);

    case SYL_RESULTS_FILTER_ALL:
    default:
      return TRUE;
    }
}

static gboolean
review_filter_func (GtkListBoxRow *row,
                    gpointer       user_data)
{
  SylResultsPage *self = user_data;

  return SYL_IS_ANSWER_REVIEW_ROW (row) && row_matches (SYL_ANSWER_REVIEW_ROW (row), self->filter);
}

static guint
count_matching (SylResultsPage   *self,
                SylResultsFilter  filter)
{
  guint n = 0;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->review_list, i)) != NULL; i++)
    n += SYL_IS_ANSWER_REVIEW_ROW (row) && row_matches (SYL_ANSWER_REVIEW_ROW (row), filter) ? 1 : 0;

  return n;
}

static void
update_placeholder (SylResultsPage *self)
{
  const char *text;

  switch (self->filter)
    {
    case SYL_RESULTS_FILTER_WRONG:
      text = _("No wrong answers");
      break;

    case SYL_RESULTS_FILTER_FLAGGED:
      text = _("No flagged questions");
      break;

    case SYL_RESULTS_FILTER_UNSCORED:
      text = _("No unscored questions");
      break;

    case SYL_RESULTS_FILTER_ALL:
    default:
      text = _("No questions");
      break;
    }

  gtk_label_set_text (GTK_LABEL (self->placeholder), text);
}

static void
set_filter_tooltip (GtkWidget *button,
                    guint      n)
{
  g_autofree char *tooltip = NULL;

  /* Translators: tooltip of a review filter button */
  tooltip = g_strdup_printf (ngettext ("%u question", "%u questions", n), n);
  gtk_widget_set_tooltip_text (button, tooltip);
}

static void
clear_review (SylResultsPage *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->review_list, 0)) != NULL)
    gtk_list_box_remove (self->review_list, GTK_WIDGET (row));
}

static void
clear_domains (SylResultsPage *self)
{
  for (guint i = 0; i < self->domain_rows->len; i++)
    adw_preferences_group_remove (self->domains_group, g_ptr_array_index (self->domain_rows, i));
  g_ptr_array_set_size (self->domain_rows, 0);
}

static GtkWidget *
make_domain_row (SylResultsPage       *self,
                 const SylDomainScore *score)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *right = NULL;
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  g_autofree char *right_text = syl_quiz_format_domain_right (score);
  g_autofree char *description = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), syl_domain_get_title (score->domain));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               score->meets ? _("Meets competencies") : _("Needs improvement"));

  right = gtk_label_new (right_text);
  gtk_widget_add_css_class (right, "numeric");
  gtk_widget_set_valign (right, GTK_ALIGN_CENTER);

  /* Neutral: the bar shows a share, the subtitle says what it means. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), score->fraction);
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);

  /* Translators: a domain's result for screen readers, "11 of 14 right" */
  description = g_strdup_printf (_("%u of %u right"), score->n_correct, score->n_scored);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  gtk_box_append (GTK_BOX (suffix), right);
  gtk_box_append (GTK_BOX (suffix), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);

  return row;
}

static void
fill_domains (SylResultsPage       *self,
              const SylScoreReport *report,
              gboolean              exam)
{
  g_autoptr(GPtrArray) sorted = syl_quiz_domains_weakest_first (report);
  g_autofree char *description = NULL;

  clear_domains (self);

  for (guint i = 0; i < sorted->len; i++)
    {
      GtkWidget *row = make_domain_row (self, g_ptr_array_index (sorted, i));

      adw_preferences_group_add (self->domains_group, row);
      g_ptr_array_add (self->domain_rows, row);
    }

  /* Translators: %u %% is the share right that meets competencies, e.g. 72 % */
  description = g_strdup_printf (_("Weakest first. A domain meets competencies at %u %% right or more, the share that maps to the pass mark."),
                                 (guint) (report->pass_fraction * 100 + 0.5));
  adw_preferences_group_set_description (self->domains_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->domains_group), sorted->len > 0);
}

static void
fill_actions (SylResultsPage       *self,
              const SylScoreReport *report,
              gboolean              exam)
{
  const SylDomainScore *weakest = syl_quiz_weakest_domain (report);
  const char *drill_kind = NULL;
  const char *drill_id = NULL;
  gboolean same_drill;

  /* After a drill of one domain, drilling the weakest domain would be
   * that drill again: Retake says it. */
  same_drill = weakest != NULL &&
               syl_session_get_drill (self->session, &drill_kind, &drill_id) &&
               g_str_equal (drill_kind, "domain") &&
               g_strcmp0 (drill_id, syl_domain_get_id (weakest->domain)) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->drill_button), weakest != NULL && !same_drill);
  if (weakest != NULL && !same_drill)
    {
      g_autofree char *label = NULL;

      /* Translators: the button that drills the weakest domain, "Drill Monitoring and Logging" */
      label = g_strdup_printf (_("Drill %s"), syl_domain_get_title (weakest->domain));
      gtk_label_set_text (self->drill_label, label);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->drill_button), "(ssu)",
                                        "domain", syl_domain_get_id (weakest->domain), DRILL_SIZE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->drill_button), "win.start-drill");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->drill_button),
                                   _("Ten questions from your weakest domain, with feedback"));
    }

  /* Retake starts the same kind of quiz again: a new exam, the same drill
   * (new questions from the same pool, as many as this time), a new
   * diagnostic. A review of due or missed questions, or a drill saved by
   * an older version that does not say what it drilled, leads back to
   * Practice instead. The name is cleared first and set last, so that the
   * button never pairs an action with another action's target. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retake_button), NULL);
  gtk_button_set_label (self->retake_button, _("Re_take"));
  if (same_drill)
    gtk_widget_add_css_class (GTK_WIDGET (self->retake_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->retake_button), "suggested-action");
  if (exam)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->retake_button), NULL);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retake_button), "win.start-exam");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->retake_button), _("Start a new exam simulation"));
    }
  else if (syl_session_get_drill (self->session, &drill_kind, &drill_id))
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->retake_button), "(ssu)",
                                        drill_kind, drill_id,
                                        syl_session_get_n_questions (self->session));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retake_button), "win.start-drill");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->retake_button),
                                   _("Drill the same topic again"));
    }
  else if (syl_session_get_mode (self->session) == SYL_QUIZ_MODE_DIAGNOSTIC)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->retake_button), NULL);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retake_button), "win.start-diagnostic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->retake_button), _("Start a new diagnostic"));
    }
  else
    {
      gtk_button_set_label (self->retake_button, _("Back to _Practice"));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->retake_button), "s", "practice");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retake_button), "win.show-place");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->retake_button), _("Choose another drill or review"));
    }
}

static void
fill_review (SylResultsPage *self,
             gboolean        exam)
{
  guint n = syl_session_get_n_questions (self->session);

  clear_review (self);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = syl_answer_review_row_new (self->session, i);

      syl_answer_review_row_set_store (SYL_ANSWER_REVIEW_ROW (row), syl_page_get_store (SYL_PAGE (self)));
      gtk_list_box_append (self->review_list, row);
    }

  set_filter_tooltip (GTK_WIDGET (self->all_button), n);
  set_filter_tooltip (GTK_WIDGET (self->wrong_button), count_matching (self, SYL_RESULTS_FILTER_WRONG));
  set_filter_tooltip (GTK_WIDGET (self->flagged_button), count_matching (self, SYL_RESULTS_FILTER_FLAGGED));
  set_filter_tooltip (GTK_WIDGET (self->unscored_button), count_matching (self, SYL_RESULTS_FILTER_UNSCORED));

  /* Only an exam has unscored questions. */
  gtk_widget_set_visible (GTK_WIDGET (self->unscored_button), exam);

  syl_results_page_set_filter (self, SYL_RESULTS_FILTER_ALL);
}

/* First sight against repeats and pacing for an exam; confidence for any
 * session. */
static void
fill_practice_figures (SylResultsPage       *self,
                       const SylScoreReport *report,
                       gboolean              exam)
{
  g_autoptr(GArray) items = syl_session_dup_score_items (self->session);
  const SylScoreItem *data = (const SylScoreItem *) (gpointer) items->data;
  g_autoptr(SylPacingReport) pacing = NULL;
  g_autoptr(GPtrArray) wrong_but_sure = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) misconceptions = NULL;
  SylConfidence confidence;

  gtk_widget_set_visible (GTK_WIDGET (self->sight_figures), exam);
  syl_sight_figures_set_report (self->sight_figures, report);

  gtk_widget_set_visible (GTK_WIDGET (self->pacing_view), exam);
  pacing = syl_pacing_report_new (syl_session_get_pack (self->session), data, items->len);
  syl_pacing_view_set_report (self->pacing_view, pacing);

  syl_confidence_count (data, items->len, &confidence);
  wrong_but_sure = syl_confidence_dup_questions (data, items->len, SYL_CONFIDENCE_SURE_WRONG);
  for (guint i = 0; i < wrong_but_sure->len; i++)
    g_strv_builder_add (ids, syl_question_get_id (g_ptr_array_index (wrong_but_sure, i)));
  misconceptions = g_strv_builder_end (ids);
  syl_confidence_view_set_counts (self->confidence_view, &confidence, (const char * const *) misconceptions);
}

static void
reload (SylResultsPage *self)
{
  const SylScoreReport *report;
  SylPack *pack;
  gboolean exam;
  g_autofree char *score = NULL;
  g_autofree char *verdict = NULL;
  g_autofree char *right = NULL;
  g_autofree char *estimate = NULL;

  if (self->session == NULL || (report = syl_session_get_report (self->session)) == NULL)
    {
      clear_review (self);
      clear_domains (self);
      return;
    }

  pack = syl_session_get_pack (self->session);
  exam = syl_session_get_mode (self->session) == SYL_QUIZ_MODE_EXAM;

  adw_window_title_set_title (self->window_title, exam ? _("Exam Results") : _("Quiz Results"));
  adw_window_title_set_subtitle (self->window_title, syl_pack_get_exam_code (pack));

  score = syl_quiz_format_score (report, syl_pack_get_score_max (pack), exam);
  gtk_label_set_text (self->score_label, score);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->score_label),
                               exam ? _("Estimated scaled score") : _("Right answers out of questions"));

  verdict = syl_quiz_format_verdict (report, exam);
  gtk_label_set_text (self->verdict_label, verdict);
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
  if (exam)
    gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), report->passed ? "success" : "error");

  right = syl_quiz_format_right_and_time (report, exam);
  gtk_label_set_text (self->right_label, right);

  /* The score takes the focus when the page opens: with the verdict and
   * the count as its description, it is what a screen reader says first. */
  {
    g_autofree char *summary = g_strdup_printf ("%s. %s", verdict, right);

    syl_a11y_set_description (GTK_WIDGET (self->score_label), summary);
  }

  /* Translators: %u are the pack's lowest score and its range, "100 + 900 ×" */
  estimate = g_strdup_printf (_("The scaled score is an estimate: %u + %u × the share of scored questions you got right. "
                                "The real exam’s scaling is not published."),
                              syl_pack_get_score_min (pack),
                              syl_pack_get_score_max (pack) - syl_pack_get_score_min (pack));
  gtk_label_set_text (self->estimate_label, estimate);
  gtk_widget_set_visible (GTK_WIDGET (self->estimate_label), exam);

  fill_actions (self, report, exam);
  fill_domains (self, report, exam);
  fill_practice_figures (self, report, exam);
  fill_review (self, exam);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  /* Not a toast: GTK 4.8 does not have a screen reader speak toasts. */
  gtk_widget_set_visible (GTK_WIDGET (self->timeout_label), report->timed_out);
}

static void
on_filter_toggled_cb (SylResultsPage  *self,
                      GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->wrong_button)
    syl_results_page_set_filter (self, SYL_RESULTS_FILTER_WRONG);
  else if (button == self->flagged_button)
    syl_results_page_set_filter (self, SYL_RESULTS_FILTER_FLAGGED);
  else if (button == self->unscored_button)
    syl_results_page_set_filter (self, SYL_RESULTS_FILTER_UNSCORED);
  else
    syl_results_page_set_filter (self, SYL_RESULTS_FILTER_ALL);
}

static void
on_review_clicked_cb (SylResultsPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  graphene_point_t point;

  /* Focus first: the viewport scrolls to the focused filter on its own,
   * then the list's heading goes to the top. In a narrow window the
   * filters are on two rows, their twins. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->all_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->all_button));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->all_button_narrow));

  /* The list's place in the visible part, plus what is scrolled away. */
  if (gtk_widget_compute_point (self->review_box, viewport, &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 12);
}

/* Where the learner arrives: that time ran out, or the score. */
static void
focus_summary (SylResultsPage *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->timeout_label)))
    gtk_widget_grab_focus (GTK_WIDGET (self->timeout_label));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->score_label));
}

static gboolean
on_focus_idle_cb (gpointer user_data)
{
  SylResultsPage *self = user_data;

  self->focus_id = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_summary (self);

  return G_SOURCE_REMOVE;
}

/* The window's stack moves the focus into the page after mapping it:
 * take it again once that is done, as the quiz page does. */
static void
syl_results_page_map (GtkWidget *widget)
{
  SylResultsPage *self = SYL_RESULTS_PAGE (widget);

  GTK_WIDGET_CLASS (syl_results_page_parent_class)->map (widget);

  focus_summary (self);
  if (self->focus_id == 0)
    {
      self->focus_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_focus_idle_cb, self, NULL);
      g_source_set_name_by_id (self->focus_id, "[syllabus] results focus");
    }
}

static void
syl_results_page_unmap (GtkWidget *widget)
{
  SylResultsPage *self = SYL_RESULTS_PAGE (widget);

  g_clear_handle_id (&self->focus_id, g_source_remove);

  GTK_WIDGET_CLASS (syl_results_page_parent_class)->unmap (widget);
}

/* A slow question of the Pacing section: its answer, open, in view. */
static void
on_pacing_question_activated_cb (SylResultsPage *self,
                                 guint           position)
{
  GtkListBoxRow *row;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  graphene_point_t point;

  syl_results_page_set_filter (self, SYL_RESULTS_FILTER_ALL);
  row = gtk_list_box_get_row_at_index (self->review_list, (int) position);
  if (row == NULL || !SYL_IS_ANSWER_REVIEW_ROW (row))
    return;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  if (gtk_widget_compute_point (GTK_WIDGET (row), viewport, &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 12);
}

static void
syl_results_page_dispose (GObject *object)
{
  SylResultsPage *self = SYL_RESULTS_PAGE (object);

  g_clear_handle_id (&self->focus_id, g_source_remove);

  g_clear_pointer (&self->domain_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_RESULTS_PAGE);
  g_clear_object (&self->placeholder);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (syl_results_page_parent_class)->dispose (object);
}

static void
syl_results_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SylResultsPage *self = SYL_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_results_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SylResultsPage *self = SYL_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      syl_results_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_results_page_class_init (SylResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->map = syl_results_page_map;
  widget_class->unmap = syl_results_page_unmap;

  object_class->dispose = syl_results_page_dispose;
  object_class->get_property = syl_results_page_get_property;
  object_class->set_property = syl_results_page_set_property;

  /**
   * SylResultsPage:session:
   *
   * The finished quiz shown, or %NULL.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         SYL_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SYL_TYPE_SIGHT_FIGURES);
  g_type_ensure (SYL_TYPE_PACING_VIEW);
  g_type_ensure (SYL_TYPE_CONFIDENCE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-results-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, done_button);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, timeout_label);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, score_label);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, right_label);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, estimate_label);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, drill_button);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, drill_label);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, review_button);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, retake_button);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, domains_group);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, review_box);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, all_button);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, wrong_button);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, flagged_button);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, unscored_button);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, all_button_narrow);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, review_list);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, sight_figures);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, pacing_view);
  gtk_widget_class_bind_template_child (widget_class, SylResultsPage, confidence_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_review_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pacing_question_activated_cb);
}

static void
set_filters_as_radios (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget))
    {
      syl_a11y_toggle_as_check (GTK_TOGGLE_BUTTON (widget), GTK_ACCESSIBLE_ROLE_RADIO);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    set_filters_as_radios (child);
}

static void
syl_results_page_init (SylResultsPage *self)
{
  self->domain_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->placeholder = g_object_ref_sink (gtk_label_new (NULL));
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_set_margin_top (self->placeholder, 18);
  gtk_widget_set_margin_bottom (self->placeholder, 18);
  gtk_list_box_set_placeholder (self->review_list, self->placeholder);
  gtk_list_box_set_filter_func (self->review_list, review_filter_func, self, NULL);
  update_placeholder (self);

  syl_a11y_make_readable (self->timeout_label);
  syl_a11y_make_readable (self->score_label);
  /* The filters are one choice of four: radio buttons to a screen
   * reader, which then says which is on. */
  set_filters_as_radios (gtk_widget_get_parent (self->filter_box));
}

/**
 * syl_results_page_get_session:
 *
 * Returns: (transfer none) (nullable): the finished quiz shown
 */
SylSession *
syl_results_page_get_session (SylResultsPage *self)
{
  g_return_val_if_fail (SYL_IS_RESULTS_PAGE (self), NULL);

  return self->session;
}

/**
 * syl_results_page_set_session:
 * @session: (nullable): a finished session (one with a score report)
 *
 * Shows the results of @session. If it ended because time ran out, a
 * toast says so.
 */
void
syl_results_page_set_session (SylResultsPage *self,
                              SylSession     *session)
{
  g_return_if_fail (SYL_IS_RESULTS_PAGE (self));
  g_return_if_fail (session == NULL || SYL_IS_SESSION (session));

  if (session != NULL && syl_session_get_report (session) == NULL)
    g_warning ("The results page shows finished sessions only");

  if (!g_set_object (&self->session, session))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

SylResultsFilter
syl_results_page_get_filter (SylResultsPage *self)
{
  g_return_val_if_fail (SYL_IS_RESULTS_PAGE (self), SYL_RESULTS_FILTER_ALL);

  return self->filter;
}

/**
 * syl_results_page_set_filter:
 * @filter: which answers the review list shows
 */
void
syl_results_page_set_filter (SylResultsPage   *self,
                             SylResultsFilter  filter)
{
  GtkToggleButton *button;

  g_return_if_fail (SYL_IS_RESULTS_PAGE (self));

  self->filter = filter;

  button = filter == SYL_RESULTS_FILTER_WRONG ? self->wrong_button
         : filter == SYL_RESULTS_FILTER_FLAGGED ? self->flagged_button
         : filter == SYL_RESULTS_FILTER_UNSCORED ? self->unscored_button
         : self->all_button;
  if (!gtk_toggle_button_get_active (button))
    gtk_toggle_button_set_active (button, TRUE);

  update_placeholder (self);
  gtk_list_box_invalidate_filter (self->review_list);
}
