/* test-pack-update-ui.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Living packs on screen, with tests/data/living/v1.xml and v2.xml (q1's
 * key corrected): the "Changed since you last answered it" pill in the
 * quiz and the results review, and the one-time "What Changed in This
 * Pack" dialog of the application. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include <string.h>

#include "syl-answer-review-row.h"
#include "syl-application.h"
#include "syl-clock.h"
#include "syl-dashboard-page.h"
#include "syl-pack-changes-dialog.h"
#include "syl-pack-loader.h"
#include "syl-pack-update.h"
#include "syl-paths.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-quiz-page.h"
#include "syl-results-page.h"
#include "syl-session.h"
#include "syl-window.h"
#include "syl-test-store.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

#define PACK_ID "test-living"

static char *
dup_version_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "living", name, NULL);
}

static SylPack *
load_version (const char *name)
{
  g_autofree char *path = dup_version_path (name);
  g_autoptr(GError) error = NULL;
  SylPack *pack = syl_pack_load (path, &error);

  g_assert_no_error (error);
  return pack;
}

/* A drill of @pack over @ids, answered right as @pack's key has it (or
 * wrong), finished; a day passes. */
static void
study (SylStore   *store,
       SylClock   *clock,
       SylPack    *pack,
       const char *ids,
       gboolean    right)
{
  g_auto(GStrv) order = g_strsplit (ids, " ", -1);
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, store, 7);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  plan = syl_quiz_builder_build_questions (builder, (const char * const *) order, &error);
  g_assert_no_error (error);
  session = syl_session_new (pack, store, clock, plan, NULL, 7, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      SylQuestion *question = syl_session_get_question (session, i);
      guint pick = 0;

      for (guint o = 0; o < syl_question_get_n_options (question); o++)
        if (syl_question_get_option_correct (question, o) == right)
          {
            pick = o;
            break;
          }
      g_assert_true (syl_session_answer (session, i, &pick, 1, FALSE, &error));
      g_assert_no_error (error);
    }
  g_assert_nonnull (syl_session_finish (session, &error));
  syl_clock_advance (clock, SYL_TEST_DAY_US);
}

/* The pill and the review: q1 answered against v1, then v2 opened. */
typedef struct
{
  char      *dir;
  SylStore  *store;
  SylClock  *clock;
  SylPack   *v1;
  SylPack   *v2;
  GtkWindow *window;
} PillFixture;

static void
pill_setup (PillFixture   *fixture,
            gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPackUpdate) first = NULL;
  g_autoptr(SylPackUpdate) update = NULL;

  fixture->dir = syl_test_make_store_dir ("syl-pack-update-ui-XXXXXX", &path);
  fixture->store = syl_store_open (path, &error);
  g_assert_no_error (error);
  fixture->clock = syl_clock_new_manual (SYL_TEST_T0);
  fixture->v1 = load_version ("v1.xml");
  fixture->v2 = load_version ("v2.xml");

  first = syl_pack_update_sync (fixture->store, fixture->v1, SYL_TEST_T0, &error);
  g_assert_no_error (error);
  study (fixture->store, fixture->clock, fixture->v1, "q1 q2", TRUE);
  update = syl_pack_update_sync (fixture->store, fixture->v2, syl_clock_get_now_us (fixture->clock), &error);
  g_assert_no_error (error);
}

static void
pill_teardown (PillFixture   *fixture,
               gconstpointer  data)
{
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  syl_test_iterate ();
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->v1);
  g_clear_object (&fixture->v2);
  syl_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static SylSession *
new_session (PillFixture *fixture)
{
  const char *ids[] = { "q1", "q2", NULL };
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (fixture->v2, fixture->store, 3);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  SylSession *session;

  plan = syl_quiz_builder_build_questions (builder, ids, &error);
  g_assert_no_error (error);
  session = syl_session_new (fixture->v2, fixture->store, fixture->clock, plan, NULL, 3, &error);
  g_assert_no_error (error);
  return session;
}

static guint
position_of (SylSession *session,
             const char *id)
{
  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    if (g_str_equal (syl_question_get_id (syl_session_get_question (session, i)), id))
      return i;

  g_assert_not_reached ();
}

/* The label of @root that carries the changed pill's class, if any. */
static GtkWidget *
find_pill (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = syl_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, "syl-changed-pill"))
        return label;
    }

  return NULL;
}

/* Shows question @id of the page's session, as the grid would. */
static void
go_to (SylQuizPage *page,
       SylSession  *session,
       const char  *id)
{
  guint target = position_of (session, id);

  while (syl_session_get_current (session) < target)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "quiz.next", NULL));
  while (syl_session_get_current (session) > target)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "quiz.previous", NULL));
  syl_test_iterate ();
  g_assert_cmpuint (syl_session_get_current (session), ==, target);
}

static void
test_quiz_pill (PillFixture   *fixture,
                gconstpointer  data)
{
  g_autoptr(SylSession) session = new_session (fixture);
  SylQuizPage *page = g_object_new (SYL_TYPE_QUIZ_PAGE, NULL);
  GtkWidget *pill;
  guint pick = 0;
  g_autoptr(GError) error = NULL;

  syl_quiz_page_set_session (page, session);
  fixture->window = syl_test_show_in_window (GTK_WIDGET (page), NULL, 360, 640);
  pill = find_pill (GTK_WIDGET (page));
  g_assert_nonnull (pill);

  /* q1 changed since the learner's answer: said in words. */
  go_to (page, session, "q1");
  g_assert_true (gtk_widget_get_visible (pill));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pill)), ==, "Changed since you last answered it");

  /* q2 only lost a typo in its explanation: no pill. */
  go_to (page, session, "q2");
  g_assert_false (gtk_widget_get_visible (pill));

  /* Answering q1 does not take the mark away mid-session. */
  g_assert_true (syl_session_answer (session, position_of (session, "q1"), &pick, 1, FALSE, &error));
  g_assert_no_error (error);
  go_to (page, session, "q1");
  g_assert_true (gtk_widget_get_visible (pill));

  /* The next session: answered again, no longer changed. */
  {
    g_autoptr(SylSession) next = new_session (fixture);

    syl_quiz_page_set_session (page, next);
    go_to (page, next, "q1");
    g_assert_false (gtk_widget_get_visible (pill));
  }
}

static void
test_review_pill (PillFixture   *fixture,
                  gconstpointer  data)
{
  g_autoptr(SylSession) session = new_session (fixture);
  g_autoptr(GError) error = NULL;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *rows[2];
  guint pick = 0;

  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (syl_session_answer (session, i, &pick, 1, FALSE, &error));
      g_assert_no_error (error);
    }
  g_assert_nonnull (syl_session_finish (session, &error));

  /* rows[0] is q1's, rows[1] q2's. */
  rows[0] = syl_answer_review_row_new (session, position_of (session, "q1"));
  rows[1] = syl_answer_review_row_new (session, position_of (session, "q2"));
  for (guint i = 0; i < 2; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), rows[i]);
  fixture->window = syl_test_show_in_window (list, NULL, 360, 640);

  /* Collapsed, the subtitle says it; expanded, the pill. */
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (rows[0])),
                            "Changed since you last answered it"));
  g_assert_null (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (rows[1])), "Changed since"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (rows[0]), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (rows[1]), TRUE);
  syl_test_iterate ();
  g_assert_nonnull (find_pill (syl_answer_review_row_get_details (SYL_ANSWER_REVIEW_ROW (rows[0]))));
  g_assert_null (find_pill (syl_answer_review_row_get_details (SYL_ANSWER_REVIEW_ROW (rows[1]))));
}

/* The application, started on a pack folder holding one version of the
 * pack, and stopped, as a learner would between updates. */
typedef struct
{
  char           *data_dir;
  char           *pack_dir;
  SylApplication *app;
  SylWindow      *window;
  GSettings      *settings;
} AppFixture;

static gboolean
app_is_ready (gpointer data)
{
  return syl_application_is_ready (SYL_APPLICATION (data));
}

static gboolean
progress_checked (gpointer data)
{
  return syl_window_get_progress_checked (SYL_WINDOW (data));
}

static void
install_version (AppFixture *fixture,
                 const char *name)
{
  g_autofree char *from = dup_version_path (name);
  g_autofree char *to = g_build_filename (fixture->pack_dir, PACK_ID ".xml", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

static void
start_app (AppFixture *fixture)
{
  fixture->app = syl_application_new ();
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (fixture->app), NULL, NULL));
  g_application_activate (G_APPLICATION (fixture->app));

  fixture->window = SYL_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  g_assert_nonnull (fixture->window);
  syl_test_iterate_until (syl_test_widget_is_mapped, fixture->window);
  syl_test_iterate_until (app_is_ready, fixture->app);
  /* The pack is compared with the progress once its quick check passed. */
  syl_test_iterate_until_timeout (progress_checked, fixture->window, 30);
  g_assert_true (syl_window_get_progress_checked (fixture->window));
  syl_test_iterate ();
  g_assert_nonnull (syl_window_get_pack (fixture->window));
  g_assert_cmpstr (syl_pack_get_id (syl_window_get_pack (fixture->window)), ==, PACK_ID);
  g_assert_nonnull (syl_window_get_store (fixture->window));
}

static void
stop_app (AppFixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (window);
    }
  syl_test_iterate ();
  fixture->window = NULL;
  g_clear_object (&fixture->app);
}

static void
app_setup (AppFixture    *fixture,
           gconstpointer  data)
{
  fixture->data_dir = g_dir_make_tmp ("syl-pack-update-app-XXXXXX", NULL);
  fixture->pack_dir = g_build_filename (fixture->data_dir, "installed-packs", NULL);
  g_assert_cmpint (g_mkdir (fixture->pack_dir, 0700), ==, 0);
  g_setenv ("SYLLABUS_DATA_DIR", fixture->data_dir, TRUE);
  g_setenv ("SYLLABUS_PACK_DIR", fixture->pack_dir, TRUE);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "active-pack", PACK_ID);
}

static void
app_teardown (AppFixture    *fixture,
              gconstpointer  data)
{
  stop_app (fixture);
  g_settings_reset (fixture->settings, "active-pack");
  g_clear_object (&fixture->settings);
  syl_test_remove_tree (fixture->data_dir);
  g_clear_pointer (&fixture->data_dir, g_free);
  g_clear_pointer (&fixture->pack_dir, g_free);
  g_unsetenv ("SYLLABUS_DATA_DIR");
  g_unsetenv ("SYLLABUS_PACK_DIR");
}

static GtkWindow *
find_changes_dialog (void)
{
  GtkWindow *dialog = syl_test_find_toplevel (SYL_TYPE_PACK_CHANGES_DIALOG);

  return dialog != NULL && gtk_widget_get_visible (GTK_WIDGET (dialog)) ? dialog : NULL;
}

static void
study_in_app (AppFixture *fixture,
              const char *ids)
{
  g_autoptr(SylClock) clock = syl_clock_new_system ();

  study (syl_window_get_store (fixture->window), clock, syl_window_get_pack (fixture->window), ids, TRUE);
}

/* Presses Escape in @window the way GTK hands a key to shortcut
 * controllers and class bindings (as test-quiz-flow.c does): capture
 * from the window down to the focus, then bubble back up. */
static gboolean
press_escape (GtkWindow *window)
{
  return syl_test_press_key (window, GDK_KEY_Escape, 0);
}

/* Whether a label of @root says something with @text in it. */
static gboolean
has_label_containing (GtkWidget  *root,
                      const char *text)
{
  g_autoptr(GPtrArray) labels = syl_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_dialog_once (AppFixture    *fixture,
                  gconstpointer  data)
{
  GtkWindow *dialog;
  g_autofree char *db = NULL;

  /* Version 1, first install: nothing changed for a new learner. */
  install_version (fixture, "v1.xml");
  start_app (fixture);
  g_assert_null (find_changes_dialog ());
  study_in_app (fixture, "q1 q2 q3");
  syl_dashboard_page_refresh (SYL_DASHBOARD_PAGE (syl_test_find_descendant (GTK_WIDGET (fixture->window),
                                                                            SYL_TYPE_DASHBOARD_PAGE)));
  syl_test_iterate ();
  g_assert_true (has_label_containing (GTK_WIDGET (fixture->window), "3 of 3 questions answered"));
  g_assert_true (has_label_containing (GTK_WIDGET (fixture->window), "no reviews due"));
  stop_app (fixture);

  /* The update: the corrections of version 2, once. */
  install_version (fixture, "v2.xml");
  start_app (fixture);
  dialog = find_changes_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
  /* The dashboard, filled before the comparison, shows q1 due again. */
  g_assert_true (has_label_containing (GTK_WIDGET (fixture->window), "1 review due"));
  g_assert_cmpuint (syl_pack_changes_dialog_get_n_changes (SYL_PACK_CHANGES_DIALOG (dialog)), ==, 2);
  g_assert_nonnull (syl_test_find_label (dialog, "The key was CMakeLists.txt; GNU Make reads Makefile, so C is right."));
  g_assert_nonnull (syl_test_find_label (dialog, "Question q1 · Changed since you last answered it"));
  g_assert_nonnull (syl_test_find_label (dialog, "Question q2"));
  g_assert_nonnull (syl_test_find_label (dialog, "Version 2"));
  syl_test_iterate_until (syl_test_widget_is_mapped, dialog);
  syl_test_iterate ();
  /* It fits a phone's width. */
  {
    int minimum = 0;

    gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }
  /* Seen once it is on screen. */
  g_assert_cmpuint (syl_store_get_seen_changes_version (syl_window_get_store (fixture->window), PACK_ID), ==, 2);

  /* Escape closes it. */
  g_assert_true (press_escape (dialog));
  g_assert_null (find_changes_dialog ());
  stop_app (fixture);

  /* Not again. */
  start_app (fixture);
  g_assert_null (find_changes_dialog ());

  /* From the main menu, at any time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-changes", NULL));
  syl_test_iterate ();
  dialog = find_changes_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (syl_pack_changes_dialog_get_n_changes (SYL_PACK_CHANGES_DIALOG (dialog)), ==, 2);
  g_assert_true (press_escape (dialog));
  g_assert_null (find_changes_dialog ());

  db = g_build_filename (fixture->data_dir, "progress.db", NULL);
  g_assert_true (g_file_test (db, G_FILE_TEST_EXISTS));
}

/* A first install of a version that lists corrections shows none. */
static void
test_first_install_no_dialog (AppFixture    *fixture,
                              gconstpointer  data)
{
  install_version (fixture, "v2.xml");
  start_app (fixture);
  g_assert_null (find_changes_dialog ());
  stop_app (fixture);
  start_app (fixture);
  g_assert_null (find_changes_dialog ());
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/syl/pack-update-ui/quiz-pill", PillFixture, NULL, pill_setup, test_quiz_pill, pill_teardown);
  g_test_add ("/syl/pack-update-ui/review-pill", PillFixture, NULL, pill_setup, test_review_pill, pill_teardown);
  g_test_add ("/syl/pack-update-ui/dialog-once", AppFixture, NULL, app_setup, test_dialog_once, app_teardown);
  g_test_add ("/syl/pack-update-ui/first-install", AppFixture, NULL, app_setup, test_first_install_no_dialog,
              app_teardown);

  return g_test_run ();
}
