/* syl-window.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-window"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-window.h"

struct _SylWindow
{
  AdwApplicationWindow parent_instance;

  /* template children */
  AdwToastOverlay     *toast_overlay;
  AdwViewStack        *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar  *switcher_bar;

  /* owned */
  GSettings           *settings;
};

G_DEFINE_FINAL_TYPE (SylWindow, syl_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_window_show_place_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  syl_window_set_visible_place (SYL_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
syl_window_constructed (GObject *object)
{
  SylWindow *self = SYL_WINDOW (object);

  G_OBJECT_CLASS (syl_window_parent_class)->constructed (object);

  /* Window geometry is restored here and saved as it changes, so a crash
   * keeps the last size too. */
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

static void
syl_window_dispose (GObject *object)
{
  SylWindow *self = SYL_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_WINDOW);

  G_OBJECT_CLASS (syl_window_parent_class)->dispose (object);
}

static void
syl_window_finalize (GObject *object)
{
  SylWindow *self = SYL_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (syl_window_parent_class)->finalize (object);
}

static void
syl_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SylWindow *self = SYL_WINDOW (object);

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
syl_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SylWindow *self = SYL_WINDOW (object);

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
syl_window_class_init (SylWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = syl_window_constructed;
  object_class->dispose = syl_window_dispose;
  object_class->finalize = syl_window_finalize;
  object_class->get_property = syl_window_get_property;
  object_class->set_property = syl_window_set_property;

  /**
   * SylWindow:settings:
   *
   * The application settings that keep the window's size and state.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SylWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, switcher_bar);

  gtk_widget_class_install_action (widget_class, "win.show-place", "s", syl_window_show_place_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-place", "s", "dashboard");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-place", "s", "practice");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-place", "s", "syllabus");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-place", "s", "services");
}

static void
syl_window_init (SylWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * syl_window_new:
 * @application: the application
 * @settings: the application settings
 *
 * Returns: (transfer full): a new main window
 */
SylWindow *
syl_window_new (SylApplication *application,
                GSettings      *settings)
{
  g_return_val_if_fail (SYL_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SYL_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

/**
 * syl_window_get_visible_place:
 *
 * Returns: the name of the place shown: "dashboard", "practice",
 *   "syllabus" or "services"
 */
const char *
syl_window_get_visible_place (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * syl_window_set_visible_place:
 * @place: "dashboard", "practice", "syllabus" or "services"
 */
void
syl_window_set_visible_place (SylWindow  *self,
                              const char *place)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (place != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, place) == NULL)
    {
      g_warning ("No place called “%s”", place);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, place);
}

/**
 * syl_window_add_toast:
 * @message: what to tell the learner
 *
 * Shows @message as a toast at the bottom of the window.
 */
void
syl_window_add_toast (SylWindow  *self,
                      const char *message)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}
