/* syl-window.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-window"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-dashboard-page.h"
#include "syl-practice-page.h"
#include "syl-quiz-page.h"
#include "syl-results-page.h"
#include "syl-services-page.h"
#include "syl-syllabus-page.h"
#include "syl-window.h"

struct _SylWindow
{
  AdwApplicationWindow parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkRevealer          *pack_banner;
  GtkLabel             *pack_banner_label;
  SylDashboardPage     *dashboard_page;
  SylPracticePage      *practice_page;
  SylSyllabusPage      *syllabus_page;
  SylServicesPage      *services_page;
  SylQuizPage          *quiz_page;
  SylResultsPage       *results_page;

  /* owned */
  GSettings            *settings;
  SylPack              *pack;
  SylStore             *store;
};

G_DEFINE_FINAL_TYPE (SylWindow, syl_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_PACK,
  PROP_STORE,
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
syl_window_dismiss_banner_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  SylWindow *self = SYL_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->pack_banner, FALSE);
}

static void
syl_window_constructed (GObject *object)
{
  SylWindow *self = SYL_WINDOW (object);
  GtkWidget *pages[] = {
    GTK_WIDGET (self->dashboard_page),
    GTK_WIDGET (self->practice_page),
    GTK_WIDGET (self->syllabus_page),
    GTK_WIDGET (self->services_page),
    GTK_WIDGET (self->quiz_page),
    GTK_WIDGET (self->results_page),
  };

  G_OBJECT_CLASS (syl_window_parent_class)->constructed (object);

  /* Every page shows the same pack and progress; the window owns them. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_object_set (pages[i], "settings", self->settings, NULL);
      g_object_bind_property (self, "store", pages[i], "store", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "pack", pages[i], "pack", G_BINDING_SYNC_CREATE);
    }

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
  g_clear_object (&self->pack);
  g_clear_object (&self->store);

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

    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
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

    case PROP_PACK:
      syl_window_set_pack (self, g_value_get_object (value));
      break;

    case PROP_STORE:
      syl_window_set_store (self, g_value_get_object (value));
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

  /**
   * SylWindow:pack:
   *
   * The content pack the learner studies, or %NULL when none loaded.
   */
  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL,
                         SYL_TYPE_PACK,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylWindow:store:
   *
   * The learner's progress, or %NULL when it could not be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SYL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SYL_TYPE_DASHBOARD_PAGE);
  g_type_ensure (SYL_TYPE_PRACTICE_PAGE);
  g_type_ensure (SYL_TYPE_SYLLABUS_PAGE);
  g_type_ensure (SYL_TYPE_SERVICES_PAGE);
  g_type_ensure (SYL_TYPE_QUIZ_PAGE);
  g_type_ensure (SYL_TYPE_RESULTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SylWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, pack_banner);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, pack_banner_label);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, practice_page);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, syllabus_page);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, services_page);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, quiz_page);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, results_page);

  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL, syl_window_dismiss_banner_action);

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

/**
 * syl_window_get_pack:
 *
 * Returns: (nullable): the pack shown
 */
SylPack *
syl_window_get_pack (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  return self->pack;
}

/**
 * syl_window_set_pack:
 * @pack: (nullable): the pack to study
 */
void
syl_window_set_pack (SylWindow *self,
                     SylPack   *pack)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (pack == NULL || SYL_IS_PACK (pack));

  if (g_set_object (&self->pack, pack))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

/**
 * syl_window_get_store:
 *
 * Returns: (nullable): the progress store
 */
SylStore *
syl_window_get_store (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * syl_window_set_store:
 * @store: (nullable): the learner's progress
 */
void
syl_window_set_store (SylWindow *self,
                      SylStore  *store)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (store == NULL || SYL_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * syl_window_show_banner:
 * @message: (nullable): what went wrong, or %NULL to hide the banner
 *
 * Shows @message in a banner under the header bar, for problems the
 * learner should see until dismissed, such as a pack that failed to load.
 */
void
syl_window_show_banner (SylWindow  *self,
                        const char *message)
{
  g_return_if_fail (SYL_IS_WINDOW (self));

  if (message != NULL)
    gtk_label_set_text (self->pack_banner_label, message);
  gtk_revealer_set_reveal_child (self->pack_banner, message != NULL);
}

/**
 * syl_window_get_banner_text:
 *
 * Returns: (nullable): the banner's message while it is shown
 */
const char *
syl_window_get_banner_text (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->pack_banner))
    return NULL;

  return gtk_label_get_text (self->pack_banner_label);
}
