/* syl-option-row.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-option-row"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-option-row.h"
#include "syl-quiz-format.h"

/* One answer option of a question: a radio or check mark, its number (the
 * key that chooses it) and its text, wrapped; after checking, whether it is
 * right, whether the learner chose it, and why.
 *
 * The check button only shows the state. The row is activatable and the
 * owner decides what activating it does (the quiz page gives each row the
 * action quiz.choose), so clicks and number keys take one path. */
struct _SylOptionRow
{
  GtkListBoxRow   parent_instance;

  /* template children */
  GtkCheckButton *check;
  GtkLabel       *number_label;
  GtkLabel       *text_label;
  GtkLabel       *chosen_label;
  GtkLabel       *why_label;
  GtkImage       *verdict_image;

  guint           number;
  gboolean        multiple;
};

G_DEFINE_FINAL_TYPE (SylOptionRow, syl_option_row, GTK_TYPE_LIST_BOX_ROW)

static void
update_accessible_state (SylOptionRow *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_check_button_get_active (self->check)
                                 ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                 : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

static void
on_check_active_changed_cb (SylOptionRow *self)
{
  update_accessible_state (self);
}

static void
syl_option_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_OPTION_ROW);

  G_OBJECT_CLASS (syl_option_row_parent_class)->dispose (object);
}

static void
syl_option_row_class_init (SylOptionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_option_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-option-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SylOptionRow, check);
  gtk_widget_class_bind_template_child (widget_class, SylOptionRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, SylOptionRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, SylOptionRow, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, SylOptionRow, why_label);
  gtk_widget_class_bind_template_child (widget_class, SylOptionRow, verdict_image);
}

static void
syl_option_row_init (SylOptionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_add_css_class (GTK_WIDGET (self), "option-row");
  g_signal_connect_object (self->check, "notify::active",
                           G_CALLBACK (on_check_active_changed_cb), self, G_CONNECT_SWAPPED);

  /* Assistive technologies see the row as the radio or check box, named
   * "2. ‹text›" (the number is the key that chooses it) and, once checked,
   * described by its marks and reason (syl_option_row_show_feedback()).
   * What is inside would only repeat it: Orca read a radio's text twice. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self))),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
}

/**
 * syl_option_row_new:
 * @number: the option's number as shown, from 1
 * @text: the option text
 * @multiple: %TRUE for a check box (multiple response), %FALSE for a
 *   radio button (join the rows with syl_option_row_set_group())
 *
 * Returns: (transfer floating): a new option row
 */
GtkWidget *
syl_option_row_new (guint       number,
                    const char *text,
                    gboolean    multiple)
{
  SylOptionRow *self;
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *name = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (SYL_TYPE_OPTION_ROW,
                       "accessible-role", multiple ? GTK_ACCESSIBLE_ROLE_CHECKBOX
                                                   : GTK_ACCESSIBLE_ROLE_RADIO,
                       NULL);
  self->number = number;
  self->multiple = multiple;
  gtk_label_set_text (self->number_label, number_text);
  gtk_label_set_text (self->text_label, text);
  update_accessible_state (self);

  /* Translators: an answer option as a screen reader names it, "2. Use
   * AWS CodeDeploy…"; the number is the key that chooses it */
  name = g_strdup_printf (_("%u. %s"), number, text);
  syl_a11y_set_name (GTK_WIDGET (self), name);

  return GTK_WIDGET (self);
}

guint
syl_option_row_get_number (SylOptionRow *self)
{
  g_return_val_if_fail (SYL_IS_OPTION_ROW (self), 0);

  return self->number;
}

const char *
syl_option_row_get_text (SylOptionRow *self)
{
  g_return_val_if_fail (SYL_IS_OPTION_ROW (self), NULL);

  return gtk_label_get_text (self->text_label);
}

/**
 * syl_option_row_set_group:
 * @group: (nullable): another row of the same single-answer question
 *
 * Makes the rows radio buttons: choosing one clears the others.
 */
void
syl_option_row_set_group (SylOptionRow *self,
                          SylOptionRow *group)
{
  g_return_if_fail (SYL_IS_OPTION_ROW (self));
  g_return_if_fail (group == NULL || SYL_IS_OPTION_ROW (group));

  gtk_check_button_set_group (self->check, group != NULL ? group->check : NULL);
}

gboolean
syl_option_row_get_active (SylOptionRow *self)
{
  g_return_val_if_fail (SYL_IS_OPTION_ROW (self), FALSE);

  return gtk_check_button_get_active (self->check);
}

void
syl_option_row_set_active (SylOptionRow *self,
                           gboolean      active)
{
  g_return_if_fail (SYL_IS_OPTION_ROW (self));

  gtk_check_button_set_active (self->check, active);
}

/**
 * syl_option_row_show_feedback:
 * @correct: whether the option is one of the right ones
 * @chosen: whether the learner chose it
 * @why: (nullable): why the option is right or wrong
 *
 * Shows the verdict and the reason, and stops the row from taking
 * choices.
 */
void
syl_option_row_show_feedback (SylOptionRow *self,
                              gboolean      correct,
                              gboolean      chosen,
                              const char   *why)
{
  const char *verdict;
  g_autofree char *state = NULL;

  g_return_if_fail (SYL_IS_OPTION_ROW (self));

  /* Settled: no longer a choice, but not greyed out either (an actionable
   * row whose action is disabled would be). */
  gtk_check_button_set_active (self->check, chosen);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);

  verdict = correct ? _("Right answer") : _("Wrong answer");
  gtk_image_set_from_icon_name (self->verdict_image,
                                correct ? "object-select-symbolic" : "window-close-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_image), correct ? "error" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_image), correct ? "success" : "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->verdict_image), verdict);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->verdict_image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, verdict,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_image), TRUE);

  gtk_widget_set_visible (GTK_WIDGET (self->chosen_label), chosen);
  if (chosen)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "chosen");
      gtk_widget_remove_css_class (GTK_WIDGET (self->chosen_label), correct ? "error" : "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->chosen_label), correct ? "success" : "error");
    }

  gtk_label_set_text (self->why_label, why != NULL ? why : "");
  gtk_widget_set_visible (GTK_WIDGET (self->why_label), why != NULL && why[0] != '\0');

  /* The marks are images and colours: say them. */
  state = syl_quiz_format_option_state (correct, chosen, why);
  syl_a11y_set_description (GTK_WIDGET (self), state);
}

gboolean
syl_option_row_get_feedback_visible (SylOptionRow *self)
{
  g_return_val_if_fail (SYL_IS_OPTION_ROW (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->verdict_image));
}

/**
 * syl_option_row_get_why:
 *
 * Returns: (nullable): the reason shown, or %NULL before feedback
 */
const char *
syl_option_row_get_why (SylOptionRow *self)
{
  g_return_val_if_fail (SYL_IS_OPTION_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->why_label)))
    return NULL;

  return gtk_label_get_text (self->why_label);
}
