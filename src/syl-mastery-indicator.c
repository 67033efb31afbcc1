/* syl-mastery-indicator.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-mastery-indicator"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "syl-forecast.h"
#include "syl-mastery-indicator.h"

/* A neutral level bar with the percentage beside it and a tooltip that
 * says what the figure means; for rows of the syllabus and services. */
struct _SylMasteryIndicator
{
  GtkWidget    parent_instance;

  /* template children */
  GtkLevelBar *level_bar;
  GtkLabel    *label;

  double       value;
  gboolean     compact;
};

G_DEFINE_FINAL_TYPE (SylMasteryIndicator, syl_mastery_indicator, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SylMasteryIndicator *self)
{
  gboolean known = self->value >= 0;
  g_autofree char *percent = NULL;
  g_autofree char *tooltip = NULL;

  gtk_level_bar_set_value (self->level_bar, known ? self->value : 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->level_bar), known);
  gtk_widget_set_visible (GTK_WIDGET (self->label), !self->compact);
  gtk_widget_set_size_request (GTK_WIDGET (self->level_bar), self->compact ? 40 : 64, -1);

  if (known)
    {
      g_autofree char *unseen = syl_mastery_format_percent (syl_forecast_unseen_mastery ());

      percent = syl_mastery_format_percent (self->value);
      /* Translators: both are percentages such as “64 %” */
      tooltip = g_strdup_printf (_("Mastery %s: the estimated chance that you would answer a question here "
                                   "that you have not seen before right today, from your recent answers. "
                                   "Before any answer it is %s."),
                                 percent, unseen);
      gtk_label_set_text (self->label, percent);
      gtk_widget_remove_css_class (GTK_WIDGET (self->label), "dim-label");
    }
  else
    {
      tooltip = g_strdup (_("Not practised yet: mastery shows once you have answered some of these questions"));
      /* Translators: shown instead of a percentage before any practice */
      gtk_label_set_text (self->label, C_("mastery", "–"));
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);

  /* Before any practice the bar's value is 0, which a screen reader
   * would read as 0 %: its value is said in words. */
  {
    g_autofree char *value_text = syl_mastery_describe (self->value);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_bar),
                                    GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value_text,
                                    -1);
  }
}

/**
 * syl_mastery_describe:
 * @value: a mastery from 0 to 1, or %SYL_MASTERY_UNKNOWN
 *
 * Returns: (transfer full): the mastery in a few words, for screen
 *   readers: "Mastery 46 %" or "Not practised yet"
 */
char *
syl_mastery_describe (double value)
{
  g_autofree char *percent = NULL;

  if (value < 0)
    return g_strdup (_("Not practised yet"));

  percent = syl_mastery_format_percent (value);
  /* Translators: said of a service or task statement to screen readers, "Mastery 46 %" */
  return g_strdup_printf (_("Mastery %s"), percent);
}

static void
syl_mastery_indicator_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_MASTERY_INDICATOR);

  G_OBJECT_CLASS (syl_mastery_indicator_parent_class)->dispose (object);
}

static void
syl_mastery_indicator_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SylMasteryIndicator *self = SYL_MASTERY_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_mastery_indicator_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SylMasteryIndicator *self = SYL_MASTERY_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      syl_mastery_indicator_set_value (self, g_value_get_double (value));
      break;

    case PROP_COMPACT:
      syl_mastery_indicator_set_compact (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_mastery_indicator_class_init (SylMasteryIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_mastery_indicator_dispose;
  object_class->get_property = syl_mastery_indicator_get_property;
  object_class->set_property = syl_mastery_indicator_set_property;

  /**
   * SylMasteryIndicator:value:
   *
   * Mastery from 0 to 1, or %SYL_MASTERY_UNKNOWN before any practice.
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         SYL_MASTERY_UNKNOWN, 1, SYL_MASTERY_UNKNOWN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylMasteryIndicator:compact:
   *
   * Whether to show the bar alone, without the percentage.
   */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-mastery-indicator.ui");
  gtk_widget_class_bind_template_child (widget_class, SylMasteryIndicator, level_bar);
  gtk_widget_class_bind_template_child (widget_class, SylMasteryIndicator, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "syl-mastery-indicator");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
syl_mastery_indicator_init (SylMasteryIndicator *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);

  /* Mastery is neutral progress, not a warning: no low/high colours. */
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL);

  self->value = SYL_MASTERY_UNKNOWN;
  update (self);
}

GtkWidget *
syl_mastery_indicator_new (void)
{
  return g_object_new (SYL_TYPE_MASTERY_INDICATOR, NULL);
}

double
syl_mastery_indicator_get_value (SylMasteryIndicator *self)
{
  g_return_val_if_fail (SYL_IS_MASTERY_INDICATOR (self), SYL_MASTERY_UNKNOWN);

  return self->value;
}

/**
 * syl_mastery_indicator_set_value:
 * @value: mastery from 0 to 1, or %SYL_MASTERY_UNKNOWN
 */
void
syl_mastery_indicator_set_value (SylMasteryIndicator *self,
                                 double               value)
{
  g_return_if_fail (SYL_IS_MASTERY_INDICATOR (self));

  if (value < 0)
    value = SYL_MASTERY_UNKNOWN;
  value = MIN (value, 1.0);

  if (self->value == value)
    return;

  self->value = value;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

gboolean
syl_mastery_indicator_get_compact (SylMasteryIndicator *self)
{
  g_return_val_if_fail (SYL_IS_MASTERY_INDICATOR (self), FALSE);

  return self->compact;
}

void
syl_mastery_indicator_set_compact (SylMasteryIndicator *self,
                                   gboolean             compact)
{
  g_return_if_fail (SYL_IS_MASTERY_INDICATOR (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

/**
 * syl_mastery_format_percent:
 * @value: mastery from 0 to 1
 *
 * Returns: (transfer full): @value as a whole percentage, “64 %”
 */
char *
syl_mastery_format_percent (double value)
{
  /* Translators: a percentage; keep the space if your language uses one */
  return g_strdup_printf (_("%d %%"), (int) lround (CLAMP (value, 0.0, 1.0) * 100));
}
