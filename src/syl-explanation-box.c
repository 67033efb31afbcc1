/* syl-explanation-box.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-explanation-box"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-chip-box.h"
#include "syl-explanation-box.h"
#include "syl-reference-list.h"
#include "syl-service.h"
#include "syl-task.h"

/* What follows the options once a question is checked or reviewed: the
 * explanation in a card, the question's references as "Learn More" links
 * (SylReferenceList), a link to the question's task statement and one
 * chip per service, each opening it through the window actions
 * win.show-task and win.show-service. */
struct _SylExplanationBox
{
  GtkWidget    parent_instance;

  /* template children */
  GtkWidget   *box;
  GtkLabel    *text_label;
  GtkWidget   *references;
  GtkButton   *task_button;
  GtkLabel    *task_label;
  SylChipBox  *services_box;

  /* owned */
  SylQuestion *question;
  GPtrArray   *service_buttons;
};

G_DEFINE_FINAL_TYPE (SylExplanationBox, syl_explanation_box, GTK_TYPE_WIDGET)

static void
clear_services (SylExplanationBox *self)
{
  syl_chip_box_remove_all (self->services_box);
  g_ptr_array_set_size (self->service_buttons, 0);
}

static void
syl_explanation_box_dispose (GObject *object)
{
  SylExplanationBox *self = SYL_EXPLANATION_BOX (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_EXPLANATION_BOX);
  g_clear_object (&self->question);
  g_clear_pointer (&self->service_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_explanation_box_parent_class)->dispose (object);
}

static void
syl_explanation_box_class_init (SylExplanationBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_explanation_box_dispose;

  g_type_ensure (SYL_TYPE_CHIP_BOX);
  g_type_ensure (SYL_TYPE_REFERENCE_LIST);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-explanation-box.ui");
  gtk_widget_class_bind_template_child (widget_class, SylExplanationBox, box);
  gtk_widget_class_bind_template_child (widget_class, SylExplanationBox, text_label);
  gtk_widget_class_bind_template_child (widget_class, SylExplanationBox, references);
  gtk_widget_class_bind_template_child (widget_class, SylExplanationBox, task_button);
  gtk_widget_class_bind_template_child (widget_class, SylExplanationBox, task_label);
  gtk_widget_class_bind_template_child (widget_class, SylExplanationBox, services_box);
}

static void
syl_explanation_box_init (SylExplanationBox *self)
{
  self->service_buttons = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The explanation is read when Tab reaches it. */
  syl_a11y_make_readable (self->text_label);
}

GtkWidget *
syl_explanation_box_new (void)
{
  return g_object_new (SYL_TYPE_EXPLANATION_BOX, NULL);
}

/**
 * syl_explanation_box_set_question:
 * @question: (nullable): the question to explain
 */
void
syl_explanation_box_set_question (SylExplanationBox *self,
                                  SylQuestion       *question)
{
  SylTask *task;
  GPtrArray *services;

  g_return_if_fail (SYL_IS_EXPLANATION_BOX (self));
  g_return_if_fail (question == NULL || SYL_IS_QUESTION (question));

  if (!g_set_object (&self->question, question))
    return;

  clear_services (self);
  syl_reference_list_set_question (SYL_REFERENCE_LIST (self->references), question);
  if (question == NULL)
    {
      gtk_label_set_text (self->text_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->task_button), FALSE);
      return;
    }

  gtk_label_set_text (self->text_label, syl_question_get_explanation (question));

  task = syl_question_get_task (question);
  gtk_widget_set_visible (GTK_WIDGET (self->task_button), task != NULL);
  if (task != NULL)
    {
      g_autofree char *label = NULL;

      /* Translators: a link to the exam guide's task statement, e.g. "Task statement 1.4 ›" */
      label = g_strdup_printf (_("Task statement %s ›"), syl_task_get_id (task));
      gtk_label_set_text (self->task_label, label);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->task_button), "s", syl_task_get_id (task));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->task_button), "win.show-task");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->task_button), syl_task_get_title (task));
      syl_a11y_name_button (GTK_WIDGET (self->task_button));
    }

  services = syl_question_get_services (question);
  for (guint i = 0; services != NULL && i < services->len; i++)
    {
      SylService *service = g_ptr_array_index (services, i);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = gtk_label_new (syl_service_get_name (service));
      g_autofree char *tooltip = NULL;

      /* A long name wraps inside its chip rather than widen the window
       * past 360 px: "AWS Identity and Access Management (IAM)". */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "service-chip");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", syl_service_get_id (service));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-service");
      /* Translators: tooltip of a service chip under an explanation */
      tooltip = g_strdup_printf (_("Open %s in Services"), syl_service_get_name (service));
      gtk_widget_set_tooltip_text (button, tooltip);
      syl_a11y_name_button (button);

      syl_chip_box_append (self->services_box, button);
      g_ptr_array_add (self->service_buttons, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->services_box), self->service_buttons->len > 0);
}

/**
 * syl_explanation_box_get_question:
 *
 * Returns: (transfer none) (nullable): the question explained
 */
SylQuestion *
syl_explanation_box_get_question (SylExplanationBox *self)
{
  g_return_val_if_fail (SYL_IS_EXPLANATION_BOX (self), NULL);

  return self->question;
}

const char *
syl_explanation_box_get_text (SylExplanationBox *self)
{
  g_return_val_if_fail (SYL_IS_EXPLANATION_BOX (self), NULL);

  return gtk_label_get_text (self->text_label);
}

/**
 * syl_explanation_box_get_task_button:
 *
 * Returns: (transfer none): the button that opens the task statement
 */
GtkWidget *
syl_explanation_box_get_task_button (SylExplanationBox *self)
{
  g_return_val_if_fail (SYL_IS_EXPLANATION_BOX (self), NULL);

  return GTK_WIDGET (self->task_button);
}

guint
syl_explanation_box_get_n_services (SylExplanationBox *self)
{
  g_return_val_if_fail (SYL_IS_EXPLANATION_BOX (self), 0);

  return self->service_buttons->len;
}

/**
 * syl_explanation_box_get_service_button:
 *
 * Returns: (transfer none): the chip of the @i-th service
 */
GtkWidget *
syl_explanation_box_get_service_button (SylExplanationBox *self,
                                        guint              i)
{
  g_return_val_if_fail (SYL_IS_EXPLANATION_BOX (self), NULL);
  g_return_val_if_fail (i < self->service_buttons->len, NULL);

  return g_ptr_array_index (self->service_buttons, i);
}

/**
 * syl_explanation_box_get_references:
 *
 * Returns: (transfer none): the #SylReferenceList of the question's
 *   "Learn More" links
 */
GtkWidget *
syl_explanation_box_get_references (SylExplanationBox *self)
{
  g_return_val_if_fail (SYL_IS_EXPLANATION_BOX (self), NULL);

  return self->references;
}
