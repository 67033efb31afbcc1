/* syl-application.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-application"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-application.h"
#include "syl-paths.h"
#include "syl-preferences-window.h"
#include "syl-window.h"

struct _SylApplication
{
  AdwApplication parent_instance;

  /* owned */
  GSettings *settings;
  char      *data_dir;
  GStrv      extra_packs;
};

G_DEFINE_FINAL_TYPE (SylApplication, syl_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Keep progress in DIR instead of the user data folder"), N_("DIR") },
  { "pack", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Load one more content pack (file or folder); may be repeated"), N_("PATH") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static void
syl_application_about_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  SylApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow *about;
  static const char *developers[] = { "The Syllabus developers", NULL };

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  g_object_set (about,
                "transient-for", window,
                "application-name", _("Syllabus"),
                "application-icon", APP_ID,
                "developer-name", _("The Syllabus developers"),
                "version", PACKAGE_VERSION,
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _("Study for a certification exam with exam-faithful practice, "
                              "honest feedback and a scheduler that knows what you are about to forget.\n\n"
                              "Syllabus is an independent project. It is not affiliated with, "
                              "endorsed by or sponsored by Amazon Web Services (AWS)."),
                "copyright", "© 2026 The Syllabus developers",
                /* Translators: Replace "translator-credits" with your name/year, one per line */
                "translator-credits", _("translator-credits"),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
syl_application_preferences_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  SylApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  SylPreferencesWindow *preferences;

  preferences = syl_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
syl_application_quit_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", syl_application_about_action },
  { "preferences", syl_application_preferences_action },
  { "quit", syl_application_quit_action },
};

static int
syl_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  SylApplication *self = SYL_APPLICATION (app);
  g_autofree char *data_dir = NULL;
  g_auto(GStrv) packs = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("syllabus %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "data-dir", "^ay", &data_dir))
    {
      g_clear_pointer (&self->data_dir, g_free);
      self->data_dir = g_canonicalize_filename (data_dir, NULL);
    }

  if (g_variant_dict_lookup (options, "pack", "^aay", &packs))
    {
      g_clear_pointer (&self->extra_packs, g_strfreev);
      self->extra_packs = g_steal_pointer (&packs);
    }

  /* A second instance with its own progress folder or packs must not hand
   * its window over to a running instance that uses other ones. */
  if (self->data_dir != NULL || self->extra_packs != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
syl_application_startup (GApplication *app)
{
  SylApplication *self = SYL_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (syl_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);

  self->settings = g_settings_new (APP_ID);

  if (self->data_dir == NULL)
    self->data_dir = syl_paths_dup_default_data_dir ();
}

static void
syl_application_activate (GApplication *app)
{
  SylApplication *self = SYL_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (syl_window_new (self, self->settings));

  gtk_window_present (window);
}

static void
syl_application_finalize (GObject *object)
{
  SylApplication *self = SYL_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->extra_packs, g_strfreev);

  G_OBJECT_CLASS (syl_application_parent_class)->finalize (object);
}

static void
syl_application_class_init (SylApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = syl_application_finalize;

  app_class->handle_local_options = syl_application_handle_local_options;
  app_class->startup = syl_application_startup;
  app_class->activate = syl_application_activate;
}

static void
syl_application_init (SylApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

/**
 * syl_application_new:
 *
 * Returns: (transfer full): the application
 */
SylApplication *
syl_application_new (void)
{
  return g_object_new (SYL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/syllabus/Syllabus",
                       NULL);
}

/**
 * syl_application_get_data_dir:
 *
 * Returns: the folder where progress is kept, once started up
 */
const char *
syl_application_get_data_dir (SylApplication *self)
{
  g_return_val_if_fail (SYL_IS_APPLICATION (self), NULL);

  return self->data_dir;
}

/**
 * syl_application_get_extra_packs:
 *
 * Returns: (nullable): the packs named with `--pack`
 */
const char * const *
syl_application_get_extra_packs (SylApplication *self)
{
  g_return_val_if_fail (SYL_IS_APPLICATION (self), NULL);

  return (const char * const *) self->extra_packs;
}
