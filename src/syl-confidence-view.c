/* syl-confidence-view.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-confidence-view"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-confidence-view.h"

/* Confidence against correctness (syl-confidence.c): right and sure,
 * right but unsure, wrong but sure, with a drill of the last. On the
 * results page for one session and on the dashboard for recent answers. */
struct _SylConfidenceView
{
  AdwBin               parent_instance;

  /* template children */
  AdwPreferencesGroup *group;
  AdwActionRow        *sure_right_row;
  AdwActionRow        *unsure_right_row;
  AdwActionRow        *sure_wrong_row;
  GtkLabel            *sure_right_label;
  GtkLabel            *unsure_right_label;
  GtkLabel            *sure_wrong_label;
  GtkButton           *drill_button;
};

G_DEFINE_FINAL_TYPE (SylConfidenceView, syl_confidence_view, ADW_TYPE_BIN)

static void
set_count (GtkLabel     *label,
           AdwActionRow *row,
           guint         count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);
  g_autofree char *name = NULL;

  gtk_label_set_text (label, text);
  /* Translators: for screen readers, a row and its count, "Sure but wrong: 5" */
  name = g_strdup_printf (_("%s: %u"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), count);
  /* Only this name: GTK 4.8 would add the title it is labelled by
   * ("Sure and right: 4 Sure and right"); what the row means follows. */
  syl_a11y_set_name (GTK_WIDGET (row), name);
  syl_a11y_set_description (GTK_WIDGET (row), adw_action_row_get_subtitle (row));
}

static void
syl_confidence_view_dispose (GObject *object)
{
  /* Take the template's top widget from AdwBin first, so that AdwBin
   * does not unparent it again after the template has. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_CONFIDENCE_VIEW);

  G_OBJECT_CLASS (syl_confidence_view_parent_class)->dispose (object);
}

static void
syl_confidence_view_class_init (SylConfidenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_confidence_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-confidence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SylConfidenceView, group);
  gtk_widget_class_bind_template_child (widget_class, SylConfidenceView, sure_right_row);
  gtk_widget_class_bind_template_child (widget_class, SylConfidenceView, unsure_right_row);
  gtk_widget_class_bind_template_child (widget_class, SylConfidenceView, sure_wrong_row);
  gtk_widget_class_bind_template_child (widget_class, SylConfidenceView, sure_right_label);
  gtk_widget_class_bind_template_child (widget_class, SylConfidenceView, unsure_right_label);
  gtk_widget_class_bind_template_child (widget_class, SylConfidenceView, sure_wrong_label);
  gtk_widget_class_bind_template_child (widget_class, SylConfidenceView, drill_button);
}

static void
syl_confidence_view_init (SylConfidenceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
syl_confidence_view_new (void)
{
  return g_object_new (SYL_TYPE_CONFIDENCE_VIEW, NULL);
}

/**
 * syl_confidence_view_set_counts:
 * @confidence: the counts
 * @misconceptions: (nullable) (array zero-terminated=1): the ids of the
 *   questions answered wrong but sure, for the drill; %NULL or empty
 *   hides it
 */
void
syl_confidence_view_set_counts (SylConfidenceView   *self,
                                const SylConfidence *confidence,
                                const char * const  *misconceptions)
{
  gboolean drill;

  g_return_if_fail (SYL_IS_CONFIDENCE_VIEW (self));
  g_return_if_fail (confidence != NULL);

  set_count (self->sure_right_label, self->sure_right_row, confidence->sure_right);
  set_count (self->unsure_right_label, self->unsure_right_row, confidence->unsure_right);
  set_count (self->sure_wrong_label, self->sure_wrong_row, confidence->sure_wrong);

  /* The name is cleared first and set last, so that the button never
   * pairs the action with a target of another type. */
  drill = misconceptions != NULL && misconceptions[0] != NULL;
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->drill_button), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->drill_button), drill);
  if (drill)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->drill_button),
                                              g_variant_new_strv (misconceptions, -1));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->drill_button), "win.start-questions");
    }
}

/**
 * syl_confidence_view_set_description:
 * @description: (nullable): what the counts cover, e.g. "Your answers of
 *   the last 30 days"
 */
void
syl_confidence_view_set_description (SylConfidenceView *self,
                                     const char        *description)
{
  g_return_if_fail (SYL_IS_CONFIDENCE_VIEW (self));

  adw_preferences_group_set_description (self->group, description);
}
