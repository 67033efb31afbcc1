/* test-window.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include <string.h>

#include "syl-application.h"
#include "syl-pack-installer.h"
#include "syl-pack-loader.h"
#include "syl-quiz-builder.h"
#include "syl-quiz-page.h"
#include "syl-preferences-window.h"
#include "syl-results-page.h"
#include "syl-window.h"
#include "syl-test-store.h"
#include "syl-test-app.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

typedef struct
{
  SylApplication *app;
  SylWindow      *window;
  GSettings      *settings;
  char           *data_dir;
} Fixture;

static void
fixture_setup_in (Fixture *fixture,
                  char    *data_dir)
{
  fixture->data_dir = data_dir;
  fixture->settings = g_settings_new (APP_ID);
  fixture->app = syl_test_start_app (fixture->data_dir, fixture->settings, 0, 0, &fixture->window);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  fixture_setup_in (fixture, g_dir_make_tmp ("syllabus-window-XXXXXX", NULL));
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
  syl_test_remove_tree (fixture->data_dir);
  g_clear_pointer (&fixture->data_dir, g_free);
  g_unsetenv ("SYLLABUS_DATA_DIR");
}

static void
test_four_places (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (syl_test_find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK));
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

/* Allocated (a width of 0 is a pending resize) and at most 380 px. */
static gboolean
window_is_narrow (gpointer data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (data));

  return width > 0 && width <= 380;
}

static void
test_narrow_window_moves_switcher_to_bottom (Fixture       *fixture,
                                             gconstpointer  user_data)
{
  AdwViewSwitcherBar *bar =
    ADW_VIEW_SWITCHER_BAR (syl_test_find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_SWITCHER_BAR));

  g_assert_nonnull (bar);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  syl_test_iterate_until (switcher_bar_hidden, bar);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  syl_test_iterate_until (switcher_bar_revealed, bar);
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));

  /* No page of the stack, shown or not, holds the window wider. */
  syl_test_iterate_until (window_is_narrow, fixture->window);
  syl_test_iterate_for (G_USEC_PER_SEC / 5, TRUE);
  g_assert_true (window_is_narrow (fixture->window));
}

static void
test_narrow_results (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GtkWidget *quiz_page, *results_page;
  GtkListBox *review_list;
  SylSession *session;
  GtkListBoxRow *row;
  g_autoptr(GError) error = NULL;

  /* The quiz and results pages are built when first needed. */
  g_assert_null (syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_QUIZ_PAGE));
  g_assert_null (syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_RESULTS_PAGE));

  /* An exam's results with every answer opened: the longest service
   * chips, domain rows and filters of the app. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
  quiz_page = syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_QUIZ_PAGE);
  g_assert_nonnull (quiz_page);
  session = syl_window_get_session (fixture->window);
  g_assert_nonnull (syl_session_finish (session, &error));
  g_assert_no_error (error);
  g_signal_emit_by_name (quiz_page, "finished", session);
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "results");
  results_page = syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_RESULTS_PAGE);
  g_assert_nonnull (results_page);

  /* Opened at once: a revealer half-way through its animation asks for
   * only part of its child's size. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  review_list = GTK_LIST_BOX (gtk_widget_get_template_child (results_page, SYL_TYPE_RESULTS_PAGE, "review_list"));
  for (int i = 0; (row = gtk_list_box_get_row_at_index (review_list, i)) != NULL; i++)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  /* 75 expanded rows take a while to lay out on a loaded machine. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  syl_test_iterate_until_timeout (window_is_narrow, fixture->window, 30);
  syl_test_iterate_for (G_USEC_PER_SEC / 5, TRUE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  g_assert_true (window_is_narrow (fixture->window));
}

static void
test_window_size_saved (Fixture       *fixture,
                        gconstpointer  user_data)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 812, 604);

  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-width"), ==, 812);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-height"), ==, 604);
}

/* The shortcuts window is built when asked for, not with the window; the
 * menu's action and Ctrl+? show it over the window, and Escape hides it. */
static void
test_help_overlay (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_auto(GStrv) accels = NULL;
  GtkWindow *overlay;

  g_assert_null (syl_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                  "win.show-help-overlay");
  g_assert_cmpstrv (accels, ((const char *[]) { "<Control>question", NULL }));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL));
  overlay = syl_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (overlay);
  g_assert_true (overlay == syl_window_get_shortcuts_window (SYL_WINDOW (fixture->window)));
  /* GtkApplicationWindow knows it, so it shows the actions' accelerators. */
  g_assert_true (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window))) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (overlay) == GTK_WINDOW (fixture->window));

  gtk_window_close (overlay);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (syl_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == overlay);
}

static void
test_about_says_not_affiliated (Fixture       *fixture,
                                gconstpointer  user_data)
{
  GtkWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  about = syl_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
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
  preferences = syl_test_find_toplevel (SYL_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_modal (preferences));

  g_settings_set_uint (fixture->settings, "daily-goal", 45);
  spin = GTK_SPIN_BUTTON (syl_test_find_descendant (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 45);

  /* And the other way: the learner's change reaches the settings. */
  gtk_spin_button_set_value (spin, 60);
  g_assert_cmpuint (g_settings_get_uint (fixture->settings, "daily-goal"), ==, 60);
  g_settings_reset (fixture->settings, "daily-goal");
}

static void
test_pack_and_progress_loaded (Fixture       *fixture,
                               gconstpointer  user_data)
{
  SylPack *pack = syl_window_get_pack (fixture->window);
  SylStore *store = syl_window_get_store (fixture->window);
  g_autofree char *db = g_build_filename (fixture->data_dir, "progress.db", NULL);

  g_assert_nonnull (pack);
  g_assert_cmpstr (syl_pack_get_id (pack), ==, "aws-dop-c02");
  g_assert_nonnull (store);
  g_assert_cmpstr (syl_store_get_path (store), ==, db);
  g_assert_true (g_file_test (db, G_FILE_TEST_EXISTS));

  /* Nothing went wrong, so nothing is shouted about. */
  g_assert_null (syl_window_get_banner_text (fixture->window));
}

static void
test_import_broken_pack (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "packs", "broken", "duplicate-option.xml", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (syl_application_import_pack (fixture->app, broken, &error));
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_DUPLICATE_OPTION);
  g_assert_nonnull (strstr (error->message, "duplicate-option.xml:"));

  /* The learner keeps studying what they were studying. */
  g_assert_cmpstr (syl_pack_get_id (syl_window_get_pack (fixture->window)), ==, "aws-dop-c02");
}

static void
test_import_pack_switches_to_it (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autofree char *user_dir = g_build_filename (g_get_user_data_dir (), "syllabus", "packs", NULL);
  g_autofree char *installed = g_build_filename (user_dir, "test-minimal.xml", NULL);
  g_autoptr(GError) error = NULL;
  SylPackLibrary *library;

  g_assert_true (syl_application_import_pack (fixture->app, minimal, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (installed, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (syl_pack_get_id (syl_window_get_pack (fixture->window)), ==, "test-minimal");

  library = syl_application_get_pack_library (fixture->app);
  g_assert_nonnull (syl_pack_library_lookup (library, "test-minimal"));
  g_assert_nonnull (syl_pack_library_lookup (library, "aws-dop-c02"));

  /* Switching back is a setting away. */
  g_settings_set_string (fixture->settings, "active-pack", "aws-dop-c02");
  g_assert_cmpstr (syl_pack_get_id (syl_window_get_pack (fixture->window)), ==, "aws-dop-c02");

  g_remove (installed);
  g_settings_reset (fixture->settings, "active-pack");
}

/* A pack that comes with the app cannot be replaced by an import; the
 * learner is told why, and nothing is installed. */
static void
test_import_shipped_id_refused (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autofree char *shipped = g_build_filename (g_getenv ("SYLLABUS_PACK_DIR"), "aws-dop-c02", NULL);
  g_autofree char *user_dir = g_build_filename (g_get_user_data_dir (), "syllabus", "packs", NULL);
  g_autofree char *installed = g_build_filename (user_dir, "aws-dop-c02", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (syl_application_import_pack (fixture->app, shipped, &error));
  g_assert_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_SHIPPED);
  g_assert_false (g_file_test (installed, G_FILE_TEST_EXISTS));
}

static char *long_error_pack;

/* A broken pack in the learner's pack folder whose error message holds a
 * 20,000-character word (its id). */
static void
setup_with_long_error (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *user_dir = g_build_filename (g_get_user_data_dir (), "syllabus", "packs", NULL);
  g_autofree char *id = g_strnfill (20000, 'x');
  g_autofree char *contents = NULL;

  /* Only in the subprocess of /syl/window/long-error-banner. */
  if (!g_test_subprocess ())
    return;

  contents = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<pack xmlns=\"https://syllabus.github.io/ns/pack/1\" id=\"%s\" version=\"1\">\n"
                              "</pack>\n", id);
  g_assert_cmpint (g_mkdir_with_parents (user_dir, 0755), ==, 0);
  long_error_pack = g_build_filename (user_dir, "zz-long-error.xml", NULL);
  g_assert_true (g_file_set_contents (long_error_pack, contents, -1, NULL));
  fixture_setup (fixture, user_data);
}

static void
teardown_with_long_error (Fixture       *fixture,
                          gconstpointer  user_data)
{
  if (!g_test_subprocess ())
    return;
  g_remove (long_error_pack);
  g_clear_pointer (&long_error_pack, g_free);
  fixture_teardown (fixture, user_data);
}

static gboolean
window_is_360 (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) == 360;
}

/* The banner shows a bounded excerpt that wraps, and its Dismiss button
 * stays on screen in a narrow window. */
static void
test_long_error_banner (Fixture       *fixture,
                        gconstpointer  user_data)
{
  const char *text;
  GtkWidget *dismiss;
  graphene_rect_t bounds;

  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /syl/window/long-error-banner");
      return;
    }

  text = syl_window_get_banner_text (fixture->window);
  g_assert_nonnull (text);
  g_assert_cmpuint (g_utf8_strlen (text, -1), <, 2000);
  /* The file is named; long runs get invisible break opportunities
   * (U+200B), wherever the path puts them. */
  {
    g_autoptr(GString) plain = g_string_new (text);

    g_string_replace (plain, "\xe2\x80\x8b", "", 0);
    g_assert_nonnull (strstr (plain->str, "zz-long-error.xml"));
  }

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  syl_test_iterate_until (window_is_360, fixture->window);
  syl_test_iterate_for (G_USEC_PER_SEC / 5, TRUE);

  dismiss = syl_test_find_actionable (fixture->window, GTK_TYPE_BUTTON, "win.dismiss-banner");
  g_assert_nonnull (dismiss);
  g_assert_true (gtk_widget_compute_bounds (dismiss, GTK_WIDGET (fixture->window), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
}

/* The broken pack goes into a learner's pack folder of the test's own:
 * the test runs in a subprocess whose XDG_DATA_HOME is a new temporary
 * folder, removed here even when the child is killed on a timeout. It used
 * to write into the suite's folder (or, run outside meson, the real
 * learner's), where a killed run left zz-long-error.xml behind for every
 * later window test and every later start of the app to show. */
static void
test_long_error_banner_isolated (void)
{
  g_autofree char *home = g_dir_make_tmp ("syllabus-data-home-XXXXXX", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("XDG_DATA_HOME"));

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_trap_subprocess ("/syl/window/long-error-banner/child", 300 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (saved != NULL)
    g_setenv ("XDG_DATA_HOME", saved, TRUE);
  else
    g_unsetenv ("XDG_DATA_HOME");
  syl_test_remove_tree (home);
  g_test_trap_assert_passed ();
}

static void
test_reset_progress_keeps_a_copy (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  SylStore *before = syl_window_get_store (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_assert_nonnull (before);
  kept = syl_application_reset_progress (fixture->app, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_nonnull (syl_window_get_store (fixture->window));
  g_assert_cmpstr (syl_store_get_path (syl_window_get_store (fixture->window)), !=, kept);

  g_remove (kept);
}

static void
setup_with_corrupt_progress (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *dir = g_dir_make_tmp ("syllabus-corrupt-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "progress.db", NULL);

  /* Not a database: what a disk error or a stray copy can leave. */
  g_assert_true (g_file_set_contents (db, "this is not an SQLite database, just text that got here\n", -1, NULL));
  g_setenv ("SYLLABUS_DATA_DIR", dir, TRUE);
  fixture_setup_in (fixture, g_steal_pointer (&dir));
}

static void
test_corrupt_progress_offers_fresh_start (Fixture       *fixture,
                                          gconstpointer  user_data)
{
  GtkWindow *dialog = syl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_autofree char *db = g_build_filename (fixture->data_dir, "progress.db", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean kept = FALSE;

  g_assert_null (syl_window_get_store (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "progress.db"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "start-fresh"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "start-fresh");

  g_assert_nonnull (syl_window_get_store (fixture->window));
  g_assert_nonnull (syl_window_get_banner_text (fixture->window));

  /* The damaged file is kept beside the new one, untouched. */
  dir = g_dir_open (fixture->data_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->data_dir, name, NULL);
      g_autofree char *contents = NULL;

      if (g_str_has_prefix (name, "progress.db.") &&
          g_file_get_contents (path, &contents, NULL, NULL) &&
          g_str_has_prefix (contents, "this is not an SQLite database"))
        kept = TRUE;
    }
  g_assert_true (kept);
}

static GtkWindow *
find_message_dialog (void)
{
  return syl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static void
test_start_exam_and_leave (Fixture       *fixture,
                           gconstpointer  user_data)
{
  SylSession *session;
  gint64 id;
  g_autoptr(SylStoreSession) stored = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");

  session = syl_window_get_session (fixture->window);
  g_assert_nonnull (session);
  g_assert_cmpuint (syl_session_get_n_questions (session), ==, 75);
  g_assert_cmpint (syl_session_get_mode (session), ==, SYL_QUIZ_MODE_EXAM);
  g_assert_cmpint (syl_session_get_time_limit_ms (session), ==, 180 * 60 * 1000);
  id = syl_session_get_id (session);

  /* While a quiz runs, no other can start from a stray shortcut. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL) &&
                  syl_window_get_session (fixture->window) != session);

  /* Leaving keeps it for later. */
  g_signal_emit_by_name (syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_QUIZ_PAGE), "left");
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "places");
  g_assert_cmpstr (syl_window_get_visible_place (fixture->window), ==, "practice");

  stored = syl_store_dup_unfinished_session (syl_window_get_store (fixture->window), "aws-dop-c02", NULL);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored->id, ==, id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.resume-session", NULL));
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  g_assert_cmpint (syl_session_get_id (syl_window_get_session (fixture->window)), ==, id);
}

static void
test_new_session_asks_about_unfinished (Fixture       *fixture,
                                        gconstpointer  user_data)
{
  GtkWidget *quiz_page;
  GtkWindow *dialog;
  gint64 old_id;
  g_autoptr(SylStoreSession) stored = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
  quiz_page = syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_QUIZ_PAGE);
  old_id = syl_session_get_id (syl_window_get_session (fixture->window));
  g_signal_emit_by_name (quiz_page, "left");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-drill", "(ssu)", "task", "1.1", 5));

  /* The half-done exam is not dropped without asking. */
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "places");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "0 of 75 answered"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "start-new");
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  g_assert_cmpuint (syl_session_get_n_questions (syl_window_get_session (fixture->window)), ==, 5);
  g_assert_cmpint (syl_session_get_id (syl_window_get_session (fixture->window)), !=, old_id);

  /* The exam is closed; the drill is now the one to resume. */
  g_signal_emit_by_name (quiz_page, "left");
  stored = syl_store_dup_unfinished_session (syl_window_get_store (fixture->window), "aws-dop-c02", NULL);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored->id, !=, old_id);
}

static void
test_diagnostic (Fixture       *fixture,
                 gconstpointer  user_data)
{
  SylSession *session;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-diagnostic", NULL));
  session = syl_window_get_session (fixture->window);
  g_assert_nonnull (session);
  g_assert_cmpuint (syl_session_get_n_questions (session), ==, 20);
  g_assert_cmpint (syl_session_get_mode (session), ==, SYL_QUIZ_MODE_DIAGNOSTIC);
  g_assert_cmpint (syl_session_get_time_limit_ms (session), ==, 0);
}

static void
test_links_open_places (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-task", "s", "4.2"));
  g_assert_cmpstr (syl_window_get_visible_place (fixture->window), ==, "syllabus");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-service", "s", "cloudwatch"));
  g_assert_cmpstr (syl_window_get_visible_place (fixture->window), ==, "services");
}

static void
setup_with_unfinished_session (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autofree char *dir = g_dir_make_tmp ("syllabus-resume-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *pack_path = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylSession) session = NULL;
  SylSessionSettings settings = { TRUE, FALSE };
  g_autoptr(GError) error = NULL;

  /* A previous run left an exam half-done. */
  path = g_build_filename (dir, "progress.db", NULL);
  store = syl_store_open (path, &error);
  g_assert_no_error (error);
  pack_path = g_build_filename (g_getenv ("SYLLABUS_PACK_DIR"), "aws-dop-c02", NULL);
  pack = syl_pack_load (pack_path, &error);
  g_assert_no_error (error);
  builder = syl_quiz_builder_new (pack, store, 3);
  plan = syl_quiz_builder_build_exam (builder, &error);
  g_assert_no_error (error);
  session = syl_session_new (pack, store, NULL, plan, &settings, 3, &error);
  g_assert_no_error (error);
  syl_session_start (session);
  g_assert_true (syl_session_pause (session, &error));
  g_clear_object (&session);
  syl_store_close (store);

  fixture_setup_in (fixture, g_steal_pointer (&dir));
}

static void
test_offer_resume_at_start (Fixture       *fixture,
                            gconstpointer  user_data)
{
  const char *text = syl_window_get_banner_text (fixture->window);
  GtkWidget *resume;

  /* Offered in the window's banner, not in a second window. */
  g_assert_null (find_message_dialog ());
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "unfinished exam simulation"));
  g_assert_nonnull (strstr (text, "0 of 75 answered"));
  g_assert_nonnull (strstr (text, " min left."));

  resume = syl_test_find_actionable (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON, "win.resume-session");
  g_assert_nonnull (resume);
  g_assert_true (gtk_widget_is_visible (resume));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (resume)), ==, "_Resume");
  g_signal_emit_by_name (resume, "clicked");

  g_assert_null (syl_window_get_banner_text (fixture->window));
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  g_assert_cmpuint (syl_session_get_n_questions (syl_window_get_session (fixture->window)), ==, 75);
}

/* A damaged page in the middle of progress.db: opening succeeds, the
 * quick check that runs once the window is up finds it. */
static void
setup_with_damaged_page (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *dir = g_dir_make_tmp ("syllabus-damaged-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "progress.db", NULL);
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sid;

  store = syl_store_open (db, &error);
  g_assert_no_error (error);
  sid = syl_test_store_add_session (store, "drill", "q1", SYL_TEST_T0);
  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *q = g_strdup_printf ("a-question-with-a-long-id-%04u", i);

      syl_test_store_answer (store, sid, q, "0", TRUE, FALSE, 1000, SYL_TEST_T0 + i);
    }
  g_clear_object (&store);
  syl_test_store_damage_middle_page (db);

  fixture_setup_in (fixture, g_steal_pointer (&dir));
}

static gboolean
message_dialog_shown (gpointer data)
{
  return syl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
test_damaged_page_offers_fresh_start (Fixture       *fixture,
                                      gconstpointer  user_data)
{
  g_autofree char *db = g_build_filename (fixture->data_dir, "progress.db", NULL);
  g_autoptr(GBytes) damaged = syl_test_store_read_bytes (db);
  g_autoptr(GDir) dir = NULL;
  GtkWindow *dialog;
  const char *name;
  gboolean kept = FALSE;

  syl_test_iterate_until_timeout (message_dialog_shown, NULL, 30);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Your Progress Is Damaged");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), db));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "damaged"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "start-fresh"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "quit"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "start-fresh");
  g_assert_nonnull (syl_window_get_store (fixture->window));
  g_assert_nonnull (syl_window_get_banner_text (fixture->window));

  /* The damaged file is kept, byte for byte, beside the new one. */
  dir = g_dir_open (fixture->data_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->data_dir, name, NULL);

      if (g_str_has_prefix (name, "progress.db.unreadable-") && !g_str_has_suffix (name, "-wal") &&
          !g_str_has_suffix (name, "-shm"))
        {
          g_autoptr(GBytes) contents = syl_test_store_read_bytes (path);

          kept = g_bytes_equal (contents, damaged);
        }
    }
  g_assert_true (kept);
}

/* Another instance has the progress folder open, with a session left
 * unfinished in it. */
static SylStore *held_store;

static void
setup_with_progress_in_use (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *dir = g_dir_make_tmp ("syllabus-in-use-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "progress.db", NULL);
  g_autoptr(GError) error = NULL;

  held_store = syl_store_open (db, &error);
  g_assert_no_error (error);
  syl_test_store_add_session (held_store, "exam", "q1 q2", g_get_real_time ());

  fixture_setup_in (fixture, g_steal_pointer (&dir));
}

static void
teardown_with_progress_in_use (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_clear_object (&held_store);
  fixture_teardown (fixture, user_data);
}

static void
test_progress_in_use_says_so (Fixture       *fixture,
                              gconstpointer  user_data)
{
  GtkWindow *dialog = find_message_dialog ();
  const char *banner = syl_window_get_banner_text (fixture->window);

  /* Told, with no offer to close or resume the other one's session. */
  g_assert_null (syl_window_get_store (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Syllabus Is Already Open");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "Syllabus is already open with this progress folder"));
  g_assert_false (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "start-fresh"));
  g_assert_true (banner == NULL || strstr (banner, "unfinished") == NULL);

  /* Once the other one is closed, trying again opens it. */
  syl_store_close (held_store);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "retry");
  g_assert_nonnull (syl_window_get_store (fixture->window));
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
  ADD ("/syl/window/narrow-results", test_narrow_results);
  ADD ("/syl/window/size-saved", test_window_size_saved);
  ADD ("/syl/window/help-overlay", test_help_overlay);
  ADD ("/syl/window/about", test_about_says_not_affiliated);
  ADD ("/syl/window/preferences", test_preferences_follow_settings);
  ADD ("/syl/window/pack-and-progress", test_pack_and_progress_loaded);
  ADD ("/syl/window/import-broken-pack", test_import_broken_pack);
  ADD ("/syl/window/import-pack", test_import_pack_switches_to_it);
  ADD ("/syl/window/import-shipped-id", test_import_shipped_id_refused);
  ADD ("/syl/window/reset-progress", test_reset_progress_keeps_a_copy);
  ADD ("/syl/window/start-exam-and-leave", test_start_exam_and_leave);
  ADD ("/syl/window/new-session-asks", test_new_session_asks_about_unfinished);
  ADD ("/syl/window/diagnostic", test_diagnostic);
  ADD ("/syl/window/links", test_links_open_places);
  g_test_add ("/syl/window/offer-resume", Fixture, NULL,
              setup_with_unfinished_session, test_offer_resume_at_start, fixture_teardown);
  g_test_add ("/syl/window/corrupt-progress", Fixture, NULL,
              setup_with_corrupt_progress, test_corrupt_progress_offers_fresh_start, fixture_teardown);
  g_test_add ("/syl/window/damaged-page", Fixture, NULL,
              setup_with_damaged_page, test_damaged_page_offers_fresh_start, fixture_teardown);
  g_test_add ("/syl/window/progress-in-use", Fixture, NULL,
              setup_with_progress_in_use, test_progress_in_use_says_so, teardown_with_progress_in_use);
  g_test_add_func ("/syl/window/long-error-banner", test_long_error_banner_isolated);
  g_test_add ("/syl/window/long-error-banner/child", Fixture, NULL,
              setup_with_long_error, test_long_error_banner, teardown_with_long_error);
#undef ADD

  return g_test_run ();
}
