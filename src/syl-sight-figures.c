/* syl-sight-figures.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-sight-figures"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-sight-figures.h"

/* Under the results' score: the share right on the questions seen for the
 * first time beside the share right on those seen before, and a line when
 * the repeats inflated the score (syl-scoring.c). */
struct _SylSightFigures
{
  GtkWidget  parent_instance;

  /* template children */
  GtkWidget *figures_box;
  GtkWidget *first_box;
  GtkWidget *repeat_box;
  GtkLabel  *first_value;
  GtkLabel  *first_caption;
  GtkLabel  *repeat_value;
  GtkLabel  *repeat_caption;
  GtkLabel  *note_label;
};

G_DEFINE_FINAL_TYPE (SylSightFigures, syl_sight_figures, GTK_TYPE_WIDGET)

static char *
percent (guint right,
         guint n)
{
  /* Translators: a share of questions right, "68 %" */
  return g_strdup_printf (_("%u %%"), n > 0 ? (guint) (100.0 * right / n + 0.5) : 0);
}

static void
set_figure (GtkWidget  *box,
            GtkLabel   *value,
            GtkLabel   *caption,
            const char *what,
            guint       right,
            guint       n)
{
  g_autofree char *share = percent (right, n);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  gtk_widget_set_visible (box, n > 0);
  gtk_label_set_text (value, share);
  /* Translators: under a share right, "First sight · 40 of 58" */
  text = g_strdup_printf (_("%s · %u of %u"), what, right, n);
  gtk_label_set_text (caption, text);
  /* Translators: for screen readers, "First sight: 68 %, 40 of 58 right" */
  name = g_strdup_printf (_("%s: %s, %u of %u right"), what, share, right, n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (box), "syl-figure-name", g_steal_pointer (&name), g_free);
}

static void
syl_sight_figures_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_SIGHT_FIGURES);

  G_OBJECT_CLASS (syl_sight_figures_parent_class)->dispose (object);
}

static void
syl_sight_figures_class_init (SylSightFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_sight_figures_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-sight-figures.ui");
  gtk_widget_class_bind_template_child (widget_class, SylSightFigures, figures_box);
  gtk_widget_class_bind_template_child (widget_class, SylSightFigures, first_box);
  gtk_widget_class_bind_template_child (widget_class, SylSightFigures, repeat_box);
  gtk_widget_class_bind_template_child (widget_class, SylSightFigures, first_value);
  gtk_widget_class_bind_template_child (widget_class, SylSightFigures, first_caption);
  gtk_widget_class_bind_template_child (widget_class, SylSightFigures, repeat_value);
  gtk_widget_class_bind_template_child (widget_class, SylSightFigures, repeat_caption);
  gtk_widget_class_bind_template_child (widget_class, SylSightFigures, note_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "syl-sight-figures");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
syl_sight_figures_init (SylSightFigures *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("First sight and seen before"), -1);
}

GtkWidget *
syl_sight_figures_new (void)
{
  return g_object_new (SYL_TYPE_SIGHT_FIGURES, NULL);
}

/**
 * syl_sight_figures_set_report:
 * @report: a session's score
 */
void
syl_sight_figures_set_report (SylSightFigures      *self,
                              const SylScoreReport *report)
{
  const char *note = NULL;

  g_return_if_fail (SYL_IS_SIGHT_FIGURES (self));
  g_return_if_fail (report != NULL);

  set_figure (self->first_box, self->first_value, self->first_caption, _("First sight"),
              report->n_first_sight_correct, report->n_first_sight);
  set_figure (self->repeat_box, self->repeat_value, self->repeat_caption, _("Seen before"),
              report->n_repeat_correct, report->n_repeat);

  gtk_widget_remove_css_class (GTK_WIDGET (self->note_label), "warning");
  gtk_widget_add_css_class (GTK_WIDGET (self->note_label), "dim-label");
  if (report->inflated)
    {
      note = _("Your score is inflated: you did much better on questions you had seen before than on new "
               "ones, by more than luck explains. The first-sight share is the better guide to the real exam.");
      gtk_widget_remove_css_class (GTK_WIDGET (self->note_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->note_label), "warning");
    }
  else if (report->n_repeat == 0)
    note = _("Every question was new to you: this score measures readiness, not memory of the questions.");
  else if (report->n_first_sight == 0)
    note = _("You had seen every question before: this score shows memory of them as much as readiness.");
  else
    note = _("Questions you had seen before did not raise your score by more than luck explains.");

  gtk_label_set_text (self->note_label, note);

  /* The figures are not Tab stops: the note, which is, says them after
   * itself ("First sight: 68 %, 40 of 58 right. Seen before: …"). */
  {
    g_autoptr(GString) figures = g_string_new (NULL);
    GtkWidget *boxes[] = { self->first_box, self->repeat_box };

    for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
      {
        g_autofree char *name = NULL;

        if (!gtk_widget_get_visible (boxes[i]))
          continue;
        name = g_strdup (g_object_get_data (G_OBJECT (boxes[i]), "syl-figure-name"));
        if (name == NULL)
          continue;
        if (figures->len > 0)
          g_string_append (figures, ". ");
        g_string_append (figures, name);
      }
    syl_a11y_set_description (GTK_WIDGET (self->note_label), figures->str);
  }
}

/** syl_sight_figures_get_note: Returns: (transfer none): the line under the figures */
const char *
syl_sight_figures_get_note (SylSightFigures *self)
{
  g_return_val_if_fail (SYL_IS_SIGHT_FIGURES (self), NULL);
  return gtk_label_get_text (self->note_label);
}
