/* test-window.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "syl-application.h"
#include "syl-preferences-window.h"
#include "syl-window.h"

typedef struct
{
  SylApplication *app;
  SylWindow      *window;
  GSettings      *settings;
  char           *data_dir;
} Fixture;

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type))
        return GTK_WINDOW (item);
    }

  return NULL;
}

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  fixture->data_dir = g_dir_make_tmp ("syllabus-window-XXXXXX", NULL);
  g_setenv ("SYLLABUS_DATA_DIR", fixture->data_dir, TRUE);

  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "window-width");
  g_settings_reset (fixture->settings, "window-height");

  fixture->app = syl_application_new ();
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (fixture->app), NULL, NULL));
  g_application_activate (G_APPLICATION (fixture->app));

  fixture->window = SYL_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  g_assert_nonnull (fixture->window);
  iterate_until (widget_is_mapped, fixture->window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (window);
    }

  g_clear_object (&fixture->app);
  g_clear_object (&fixture->settings);
  g_rmdir (fixture->data_dir);
  g_clear_pointer (&fixture->data_dir, g_free);
  g_unsetenv ("SYLLABUS_DATA_DIR");
}

static void
test_four_places (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK));
  g_autoptr(GtkSelectionModel) pages = NULL;
  const char *names[] = { "dashboard", "practice", "syllabus", "services" };
  const char *titles[] = { "Dashboard", "Practice", "Syllabus", "Services" };

  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 4);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, names[i]);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, titles[i]);
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }

  /* The learner starts on the dashboard. */
  g_assert_cmpstr (syl_window_get_visible_place (fixture->window), ==, "dashboard");
}

static void
test_switch_places_by_action (Fixture       *fixture,
                              gconstpointer  user_data)
{
  const char *places[] = { "services", "syllabus", "practice", "dashboard" };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                                 "win.show-place", "s", places[i]));
      g_assert_cmpstr (syl_window_get_visible_place (fixture->window), ==, places[i]);
    }
}

static gboolean
switcher_bar_revealed (gpointer data)
{
  return adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (data));
}

static gboolean
switcher_bar_hidden (gpointer data)
{
  return !switcher_bar_revealed (data);
}

static void
test_narrow_window_moves_switcher_to_bottom (Fixture       *fixture,
                                             gconstpointer  user_data)
{
  AdwViewSwitcherBar *bar =
    ADW_VIEW_SWITCHER_BAR (find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_SWITCHER_BAR));

  g_assert_nonnull (bar);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  iterate_until (switcher_bar_hidden, bar);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  iterate_until (switcher_bar_revealed, bar);
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
}

static void
test_window_size_saved (Fixture       *fixture,
                        gconstpointer  user_data)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 812, 604);

  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-width"), ==, 812);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-height"), ==, 604);
}

static void
test_help_overlay (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkShortcutsWindow *overlay =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window));
  g_auto(GStrv) accels = NULL;

  g_assert_nonnull (overlay);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                  "win.show-help-overlay");
  g_assert_cmpstrv (accels, ((const char *[]) { "<Control>question", NULL }));
}

static void
test_about_says_not_affiliated (Fixture       *fixture,
                                gconstpointer  user_data)
{
  GtkWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Syllabus");
  g_assert_nonnull (strstr (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)),
                            "not affiliated"));
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (fixture->window));
}

static void
test_preferences_follow_settings (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  GtkWindow *preferences;
  GtkSpinButton *spin;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  preferences = find_toplevel (SYL_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_modal (preferences));

  g_settings_set_uint (fixture->settings, "daily-goal", 45);
  spin = GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 45);

  /* And the other way: the learner's change reaches the settings. */
  gtk_spin_button_set_value (spin, 60);
  g_assert_cmpuint (g_settings_get_uint (fixture->settings, "daily-goal"), ==, 60);
  g_settings_reset (fixture->settings, "daily-goal");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/syl/window/four-places", test_four_places);
  ADD ("/syl/window/switch-places", test_switch_places_by_action);
  ADD ("/syl/window/narrow", test_narrow_window_moves_switcher_to_bottom);
  ADD ("/syl/window/size-saved", test_window_size_saved);
  ADD ("/syl/window/help-overlay", test_help_overlay);
  ADD ("/syl/window/about", test_about_says_not_affiliated);
  ADD ("/syl/window/preferences", test_preferences_follow_settings);
#undef ADD

  return g_test_run ();
}
