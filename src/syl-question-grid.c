/* syl-question-grid.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-question-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-question-grid.h"
#include "syl-quiz-builder.h"
#include "syl-quiz-format.h"

/* The review grid of a quiz: one numbered cell per question, filled when
 * answered, with a flag glyph when flagged and a ring on the current one;
 * filters for the flagged and the unanswered; the flag toggle of the
 * current question; "Submit Exam…" at its foot. It lives in the quiz
 * page's popover and reports the cell chosen with ::question-activated. */
struct _SylQuestionGrid
{
  GtkWidget             parent_instance;

  /* template children */
  GtkWidget            *box;
  GtkToggleButton      *flag_button;
  GtkLabel             *summary_label;
  GtkToggleButton      *all_button;
  GtkToggleButton      *flagged_button;
  GtkToggleButton      *unanswered_button;
  GtkFlowBox           *flow_box;
  GtkLabel             *empty_label;
  GtkButton            *submit_button;

  /* owned */
  SylSession           *session;
  GPtrArray            *cells;

  SylQuestionGridFilter filter;
};

G_DEFINE_FINAL_TYPE (SylQuestionGrid, syl_question_grid, GTK_TYPE_WIDGET)

enum {
  QUESTION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
shows_question (SylQuestionGrid *self,
                guint            i)
{
  switch (self->filter)
    {
    case SYL_QUESTION_GRID_FLAGGED:
      return syl_session_is_flagged (self->session, i);

    case SYL_QUESTION_GRID_UNANSWERED:
      return !syl_quiz_has_choice (self->session, i);

    case SYL_QUESTION_GRID_ALL:
    default:
      return TRUE;
    }
}

static gboolean
filter_func (GtkFlowBoxChild *child,
             gpointer         user_data)
{
  SylQuestionGrid *self = user_data;
  int i = gtk_flow_box_child_get_index (child);

  if (self->session == NULL || i < 0)
    return FALSE;

  return shows_question (self, (guint) i);
}

static void
toggle_class (GtkWidget  *widget,
              const char *name,
              gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
update_cell (SylQuestionGrid *self,
             guint            i)
{
  GtkWidget *cell = g_ptr_array_index (self->cells, i);
  GtkWidget *flag = g_object_get_data (G_OBJECT (cell), "flag");
  gboolean answered = syl_quiz_has_choice (self->session, i);
  gboolean flagged = syl_session_is_flagged (self->session, i);
  gboolean current = syl_session_get_current (self->session) == i;
  g_autofree char *text = NULL;

  toggle_class (cell, "answered", answered);
  toggle_class (cell, "flagged", flagged);
  toggle_class (cell, "current", current);
  gtk_widget_set_visible (flag, flagged);

  /* Not colour alone: the state is spelled out for tooltips and screen
   * readers. */
  /* Translators: a cell of the review grid, "Question 12: answered" */
  text = g_strdup_printf (_("Question %u: %s"), i + 1, answered ? _("answered") : _("unanswered"));
  if (flagged)
    {
      g_autofree char *base = g_steal_pointer (&text);

      /* Translators: added to a review grid cell's description */
      text = g_strdup_printf (_("%s, flagged"), base);
    }
  if (current)
    {
      g_autofree char *base = g_steal_pointer (&text);

      /* Translators: added to a review grid cell's description */
      text = g_strdup_printf (_("%s, current question"), base);
    }
  gtk_widget_set_tooltip_text (cell, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  /* The tooltip is the description too: the same text heard twice. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
update_empty_state (SylQuestionGrid *self)
{
  guint shown = syl_question_grid_get_n_shown (self);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), shown == 0);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->flow_box)), shown > 0);

  if (self->filter == SYL_QUESTION_GRID_FLAGGED)
    gtk_label_set_text (self->empty_label, _("No flagged questions"));
  else if (self->filter == SYL_QUESTION_GRID_UNANSWERED)
    gtk_label_set_text (self->empty_label, _("Every question is answered"));
  else
    gtk_label_set_text (self->empty_label, "");
}

static void
on_filter_toggled_cb (SylQuestionGrid *self,
                      GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->flagged_button)
    syl_question_grid_set_filter (self, SYL_QUESTION_GRID_FLAGGED);
  else if (button == self->unanswered_button)
    syl_question_grid_set_filter (self, SYL_QUESTION_GRID_UNANSWERED);
  else
    syl_question_grid_set_filter (self, SYL_QUESTION_GRID_ALL);
}

static void
on_child_activated_cb (SylQuestionGrid *self,
                       GtkFlowBoxChild *child)
{
  int i = gtk_flow_box_child_get_index (child);

  if (i >= 0)
    g_signal_emit (self, signals[QUESTION_ACTIVATED], 0, (guint) i);
}

static void
syl_question_grid_dispose (GObject *object)
{
  SylQuestionGrid *self = SYL_QUESTION_GRID (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_QUESTION_GRID);
  g_clear_object (&self->session);
  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_question_grid_parent_class)->dispose (object);
}

static void
syl_question_grid_class_init (SylQuestionGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_question_grid_dispose;

  /**
   * SylQuestionGrid::question-activated:
   * @position: the question chosen, from 0
   *
   * The learner chose a question to go to.
   */
  signals[QUESTION_ACTIVATED] =
    g_signal_new ("question-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-question-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, SylQuestionGrid, box);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionGrid, flag_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionGrid, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionGrid, all_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionGrid, flagged_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionGrid, unanswered_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionGrid, flow_box);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionGrid, empty_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionGrid, submit_button);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_child_activated_cb);
}

static void
syl_question_grid_init (SylQuestionGrid *self)
{
  self->cells = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_flow_box_set_filter_func (self->flow_box, filter_func, self, NULL);
}

GtkWidget *
syl_question_grid_new (void)
{
  return g_object_new (SYL_TYPE_QUESTION_GRID, NULL);
}

/**
 * syl_question_grid_set_session:
 * @session: (nullable): the quiz to show
 */
void
syl_question_grid_set_session (SylQuestionGrid *self,
                               SylSession      *session)
{
  GtkWidget *child;
  gboolean exam;

  g_return_if_fail (SYL_IS_QUESTION_GRID (self));
  g_return_if_fail (session == NULL || SYL_IS_SESSION (session));

  g_set_object (&self->session, session);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box))) != NULL)
    gtk_flow_box_remove (self->flow_box, child);
  g_ptr_array_set_size (self->cells, 0);

  if (session == NULL)
    return;

  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      GtkWidget *cell = gtk_flow_box_child_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *label = gtk_label_new (number);
      GtkWidget *flag = gtk_image_new_from_icon_name ("syl-flag-symbolic");

      gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (flag, "flag-glyph");
      gtk_image_set_pixel_size (GTK_IMAGE (flag), 12);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), flag);
      gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (cell), box);
      gtk_widget_add_css_class (cell, "grid-cell");
      g_object_set_data (G_OBJECT (cell), "flag", flag);

      gtk_flow_box_append (self->flow_box, cell);
      g_ptr_array_add (self->cells, cell);
    }

  exam = syl_session_get_mode (session) == SYL_QUIZ_MODE_EXAM;
  gtk_button_set_label (self->submit_button, exam ? _("Submit Exam…") : _("Finish Quiz…"));

  syl_question_grid_refresh (self);
}

/**
 * syl_question_grid_refresh:
 *
 * Brings the cells, the counts and the filter up to date with the
 * session.
 */
void
syl_question_grid_refresh (SylQuestionGrid *self)
{
  g_autofree char *summary = NULL;
  guint n_unanswered;

  g_return_if_fail (SYL_IS_QUESTION_GRID (self));

  if (self->session == NULL)
    return;

  for (guint i = 0; i < self->cells->len; i++)
    update_cell (self, i);

  n_unanswered = syl_quiz_count_unanswered (self->session);
  summary = syl_quiz_format_grid_summary (syl_session_get_n_questions (self->session) - n_unanswered,
                                          syl_quiz_count_flagged (self->session),
                                          n_unanswered);
  gtk_label_set_text (self->summary_label, summary);

  gtk_flow_box_invalidate_filter (self->flow_box);
  update_empty_state (self);
}

/**
 * syl_question_grid_set_columns:
 * @columns: cells per row
 *
 * Fits the grid to the room the window leaves.
 */
void
syl_question_grid_set_columns (SylQuestionGrid *self,
                               guint            columns)
{
  g_return_if_fail (SYL_IS_QUESTION_GRID (self));

  columns = CLAMP (columns, 4, 10);
  gtk_flow_box_set_min_children_per_line (self->flow_box, columns);
  gtk_flow_box_set_max_children_per_line (self->flow_box, columns);
}

SylQuestionGridFilter
syl_question_grid_get_filter (SylQuestionGrid *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_GRID (self), SYL_QUESTION_GRID_ALL);

  return self->filter;
}

void
syl_question_grid_set_filter (SylQuestionGrid       *self,
                              SylQuestionGridFilter  filter)
{
  GtkToggleButton *button;

  g_return_if_fail (SYL_IS_QUESTION_GRID (self));

  self->filter = filter;

  button = filter == SYL_QUESTION_GRID_FLAGGED ? self->flagged_button
         : filter == SYL_QUESTION_GRID_UNANSWERED ? self->unanswered_button
         : self->all_button;
  if (!gtk_toggle_button_get_active (button))
    gtk_toggle_button_set_active (button, TRUE);

  gtk_flow_box_invalidate_filter (self->flow_box);
  if (self->session != NULL)
    update_empty_state (self);
}

/**
 * syl_question_grid_get_summary:
 *
 * Returns: the counts line, "48 answered · 5 flagged · 22 unanswered"
 */
const char *
syl_question_grid_get_summary (SylQuestionGrid *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_GRID (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

/**
 * syl_question_grid_get_n_shown:
 *
 * Returns: how many cells the filter lets through
 */
guint
syl_question_grid_get_n_shown (SylQuestionGrid *self)
{
  guint n = 0;

  g_return_val_if_fail (SYL_IS_QUESTION_GRID (self), 0);

  for (guint i = 0; self->session != NULL && i < self->cells->len; i++)
    n += shows_question (self, i) ? 1 : 0;

  return n;
}

/**
 * syl_question_grid_get_cell:
 *
 * Returns: (transfer none): the cell of question @i, a #GtkFlowBoxChild
 */
GtkWidget *
syl_question_grid_get_cell (SylQuestionGrid *self,
                            guint            i)
{
  g_return_val_if_fail (SYL_IS_QUESTION_GRID (self), NULL);
  g_return_val_if_fail (i < self->cells->len, NULL);

  return g_ptr_array_index (self->cells, i);
}

/**
 * syl_question_grid_focus_current:
 *
 * Puts keyboard focus on the current question's cell, or on the first
 * cell shown.
 */
void
syl_question_grid_focus_current (SylQuestionGrid *self)
{
  guint current;

  g_return_if_fail (SYL_IS_QUESTION_GRID (self));

  if (self->session == NULL || self->cells->len == 0)
    return;

  current = syl_session_get_current (self->session);
  if (current < self->cells->len && shows_question (self, current))
    {
      gtk_widget_grab_focus (g_ptr_array_index (self->cells, current));
      return;
    }

  for (guint i = 0; i < self->cells->len; i++)
    if (shows_question (self, i))
      {
        gtk_widget_grab_focus (g_ptr_array_index (self->cells, i));
        return;
      }
}
