/* syl-task-row.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-task-row"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-group-row.h"
#include "syl-mastery-indicator.h"
#include "syl-reflow-box.h"
#include "syl-task-row.h"

/* One task statement of the syllabus: its number and title, how far the
 * learner has got with it, a button to practise it, and, expanded, its
 * knowledge and skill lines as the exam guide writes them. */
struct _SylTaskRow
{
  GtkListBoxRow        parent_instance;

  /* template children */
  GtkListBox          *header_list;
  GtkListBoxRow       *header_row;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  SylMasteryIndicator *mastery_indicator;
  GtkButton           *practice_button;
  GtkRevealer         *revealer;
  GtkListBox          *details_list;

  /* owned */
  SylTask             *task;

  guint                drill_length;
  gboolean             expanded;
};

G_DEFINE_FINAL_TYPE (SylTaskRow, syl_task_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_TASK,
  PROP_DRILL_LENGTH,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A line of a list: a bullet and the text as the guide writes it. */
static GtkWidget *
bullet_line (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_widget_add_css_class (bullet, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), bullet);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

/* "Knowledge of" or "Skills in" and the lines under it, as one row. */
static GtkWidget *
build_lines_row (const char         *heading,
                 const char * const *lines)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (heading);
  g_autoptr(GString) name = g_string_new (heading);

  /* The lines are plain text: the row is one stop for Tab and arrows,
   * named with all of them, so that a screen reader reads them. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (name, "\n%s", lines[i]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name->str,
                                  -1);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  for (guint i = 0; lines[i] != NULL; i++)
    gtk_box_append (GTK_BOX (box), bullet_line (lines[i]));

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
on_header_list_row_activated_cb (SylTaskRow    *self,
                                 GtkListBoxRow *row)
{
  syl_task_row_set_expanded (self, !self->expanded);
}

static void
syl_task_row_constructed (GObject *object)
{
  SylTaskRow *self = SYL_TASK_ROW (object);
  const char *id = syl_task_get_id (self->task);
  g_autofree char *title = g_strdup_printf ("%s %s", id, syl_task_get_title (self->task));
  g_autofree char *tooltip = NULL;

  G_OBJECT_CLASS (syl_task_row_parent_class)->constructed (object);

  gtk_label_set_text (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  /* The lists the row is built of are the task statement's, not
   * "GtkListBox". */
  syl_a11y_set_name (GTK_WIDGET (self->header_list), title);
  syl_a11y_set_name (GTK_WIDGET (self->details_list), title);

  /* The target first: the window's action takes a parameter. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->practice_button),
                                          g_variant_new ("(ssu)", "task", id, self->drill_length));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->practice_button), "win.start-drill");
  /* Translators: %u is a number of questions, %s a task statement number such as 1.2 */
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Practise %u question from task statement %s",
                                          "Practise %u questions from task statement %s",
                                          self->drill_length),
                             self->drill_length, id);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->practice_button), tooltip);

  if (syl_task_get_knowledge (self->task)[0] != NULL)
    gtk_list_box_append (self->details_list,
                         build_lines_row (_("Knowledge of"), syl_task_get_knowledge (self->task)));
  if (syl_task_get_skills (self->task)[0] != NULL)
    gtk_list_box_append (self->details_list,
                         build_lines_row (_("Skills in"), syl_task_get_skills (self->task)));
}

static void
syl_task_row_dispose (GObject *object)
{
  SylTaskRow *self = SYL_TASK_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_TASK_ROW);
  g_clear_object (&self->task);

  G_OBJECT_CLASS (syl_task_row_parent_class)->dispose (object);
}

static void
syl_task_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SylTaskRow *self = SYL_TASK_ROW (object);

  switch (prop_id)
    {
    case PROP_TASK:
      g_value_set_object (value, self->task);
      break;

    case PROP_DRILL_LENGTH:
      g_value_set_uint (value, self->drill_length);
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_task_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SylTaskRow *self = SYL_TASK_ROW (object);

  switch (prop_id)
    {
    case PROP_TASK:
      self->task = g_value_dup_object (value);
      break;

    case PROP_DRILL_LENGTH:
      self->drill_length = g_value_get_uint (value);
      break;

    case PROP_EXPANDED:
      syl_task_row_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_task_row_class_init (SylTaskRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = syl_task_row_constructed;
  object_class->dispose = syl_task_row_dispose;
  object_class->get_property = syl_task_row_get_property;
  object_class->set_property = syl_task_row_set_property;

  /**
   * SylTaskRow:task:
   *
   * The task statement shown.
   */
  properties[PROP_TASK] =
    g_param_spec_object ("task", NULL, NULL,
                         SYL_TYPE_TASK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SylTaskRow:drill-length:
   *
   * How many questions "Practise This" asks for.
   */
  properties[PROP_DRILL_LENGTH] =
    g_param_spec_uint ("drill-length", NULL, NULL,
                       1, G_MAXUINT, 10,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SylTaskRow:expanded:
   *
   * Whether the knowledge and skill lines are shown.
   */
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SYL_TYPE_MASTERY_INDICATOR);
  g_type_ensure (SYL_TYPE_REFLOW_BOX);

  /* The row holds its header and lines: Tab goes to them, not to it. */
  widget_class->focus = syl_group_row_focus_in;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-task-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SylTaskRow, header_list);
  gtk_widget_class_bind_template_child (widget_class, SylTaskRow, header_row);
  gtk_widget_class_bind_template_child (widget_class, SylTaskRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SylTaskRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SylTaskRow, mastery_indicator);
  gtk_widget_class_bind_template_child (widget_class, SylTaskRow, practice_button);
  gtk_widget_class_bind_template_child (widget_class, SylTaskRow, revealer);
  gtk_widget_class_bind_template_child (widget_class, SylTaskRow, details_list);
  gtk_widget_class_bind_template_callback (widget_class, on_header_list_row_activated_cb);
}

static void
syl_task_row_init (SylTaskRow *self)
{
  self->drill_length = 10;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header_row),
                               GTK_ACCESSIBLE_STATE_EXPANDED, FALSE,
                               -1);
}

/**
 * syl_task_row_new:
 * @task: the task statement
 * @drill_length: how many questions "Practise This" asks for
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
syl_task_row_new (SylTask *task,
                  guint    drill_length)
{
  g_return_val_if_fail (SYL_IS_TASK (task), NULL);

  return g_object_new (SYL_TYPE_TASK_ROW,
                       "task", task,
                       "drill-length", drill_length,
                       NULL);
}

SylTask *
syl_task_row_get_task (SylTaskRow *self)
{
  g_return_val_if_fail (SYL_IS_TASK_ROW (self), NULL);

  return self->task;
}

gboolean
syl_task_row_get_expanded (SylTaskRow *self)
{
  g_return_val_if_fail (SYL_IS_TASK_ROW (self), FALSE);

  return self->expanded;
}

void
syl_task_row_set_expanded (SylTaskRow *self,
                           gboolean    expanded)
{
  g_return_if_fail (SYL_IS_TASK_ROW (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  gtk_revealer_set_reveal_child (self->revealer, expanded);
  if (expanded)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header_row),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/**
 * syl_task_row_set_progress:
 * @n_questions: how many questions of the pack test this task statement
 * @attempts: how many answers the learner has given to them
 * @mastery: from 0 to 1, or %SYL_MASTERY_UNKNOWN
 *
 * Shows the learner's standing on the task statement.
 */
void
syl_task_row_set_progress (SylTaskRow *self,
                           guint       n_questions,
                           guint       attempts,
                           double      mastery)
{
  g_autofree char *questions = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (SYL_IS_TASK_ROW (self));

  questions = g_strdup_printf (ngettext ("%u question", "%u questions", n_questions), n_questions);
  if (n_questions == 0)
    subtitle = g_strdup (_("No questions yet"));
  else if (attempts == 0)
    /* Translators: “14 questions · not practised yet” */
    subtitle = g_strdup_printf (_("%s · not practised yet"), questions);
  else
    /* Translators: %s is “14 questions”, %u a number of answers */
    subtitle = g_strdup_printf (ngettext ("%s · %u answer so far", "%s · %u answers so far", attempts),
                                questions, attempts);
  gtk_label_set_text (self->subtitle_label, subtitle);

  syl_mastery_indicator_set_value (self->mastery_indicator, attempts > 0 ? mastery : SYL_MASTERY_UNKNOWN);

  /* The header is named by the title alone: what the learner has done
   * with it is its description (the subtitle already says "not practised
   * yet"). */
  if (attempts > 0)
    {
      g_autofree char *said = syl_mastery_describe (mastery);
      g_autofree char *description = g_strdup_printf ("%s. %s", subtitle, said);

      syl_a11y_set_description (GTK_WIDGET (self->header_row), description);
    }
  else
    {
      syl_a11y_set_description (GTK_WIDGET (self->header_row), subtitle);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->practice_button), n_questions > 0);
}
