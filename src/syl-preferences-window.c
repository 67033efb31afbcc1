/* syl-preferences-window.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-preferences-window.h"

struct _SylPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* template children */
  GtkSpinButton *daily_goal_spin;
  GtkSpinButton *retention_spin;
  GtkSwitch     *extra_time_switch;
  GtkSwitch     *instant_feedback_switch;

  /* owned */
  GSettings     *settings;
};

G_DEFINE_FINAL_TYPE (SylPreferencesWindow, syl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* desired-retention is a fraction in the settings and a percentage here. */
static gboolean
retention_get_mapping (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100.0);
  return TRUE;
}

static GVariant *
retention_set_mapping (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

static void
syl_preferences_window_constructed (GObject *object)
{
  SylPreferencesWindow *self = SYL_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (syl_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "daily-goal", self->daily_goal_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "extra-time", self->extra_time_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "instant-feedback", self->instant_feedback_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "desired-retention",
                                gtk_spin_button_get_adjustment (self->retention_spin), "value",
                                G_SETTINGS_BIND_DEFAULT,
                                retention_get_mapping, retention_set_mapping, NULL, NULL);
}

static void
syl_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (syl_preferences_window_parent_class)->dispose (object);
}

static void
syl_preferences_window_finalize (GObject *object)
{
  SylPreferencesWindow *self = SYL_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (syl_preferences_window_parent_class)->finalize (object);
}

static void
syl_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SylPreferencesWindow *self = SYL_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SylPreferencesWindow *self = SYL_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_preferences_window_class_init (SylPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = syl_preferences_window_constructed;
  object_class->dispose = syl_preferences_window_dispose;
  object_class->finalize = syl_preferences_window_finalize;
  object_class->get_property = syl_preferences_window_get_property;
  object_class->set_property = syl_preferences_window_set_property;

  /**
   * SylPreferencesWindow:settings:
   *
   * The application settings the rows are bound to.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, daily_goal_spin);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, retention_spin);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, extra_time_switch);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, instant_feedback_switch);
}

static void
syl_preferences_window_init (SylPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * syl_preferences_window_new:
 * @settings: the application settings
 *
 * Returns: (transfer full): a preferences window bound to @settings
 */
SylPreferencesWindow *
syl_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SYL_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}
