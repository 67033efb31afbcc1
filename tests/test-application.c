/* test-application.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/wait.h>

#include "syl-application.h"
#include "syl-quiz-builder.h"
#include "syl-window.h"

static char *
build_syllabus_path (void)
{
  return g_build_filename (g_getenv ("SYLLABUS_BUILD_DIR"), "src", "syllabus", NULL);
}

static void
test_version_option (void)
{
  g_autofree char *exe = build_syllabus_path ();
  const char *argv[] = { exe, "--version", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "syllabus " PACKAGE_VERSION "\n");
}

/* Arguments the app does not take are refused with a message and exit
 * status 2, not a GLib critical about opening files. */
static void
test_extra_arguments_refused (void)
{
  g_autofree char *exe = build_syllabus_path ();
  const char *argv[] = { exe, "some-file.xml", "another", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  g_assert_nonnull (strstr (err, "some-file.xml"));
  g_assert_null (strstr (err, "CRITICAL"));
}

static void
test_help_lists_options (void)
{
  g_autofree char *exe = build_syllabus_path ();
  const char *argv[] = { exe, "--help", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "--data-dir=DIR"));
  g_assert_nonnull (strstr (out, "--pack=PATH"));
  g_assert_nonnull (strstr (out, "--version"));
  g_assert_nonnull (strstr (out, "--exam"));
  g_assert_nonnull (strstr (out, "--drill"));
}

static void
on_activate_after_cb (GApplication *app,
                      gpointer      user_data)
{
  gboolean *activated = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (SYL_IS_WINDOW (window));
  *activated = TRUE;
  g_application_quit (app);
}

static void
test_data_dir_and_pack_options (void)
{
  g_autoptr(SylApplication) app = syl_application_new ();
  g_autofree char *tmp = g_dir_make_tmp ("syllabus-test-XXXXXX", NULL);
  g_autofree char *expected_dir = g_canonicalize_filename (tmp, NULL);
  char *argv[] = { "syllabus", "--data-dir", tmp, "--pack", "one.xml", "--pack", "two", NULL };
  const char * const *packs;
  gboolean activated = FALSE;
  int status;

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_after_cb), &activated);
  status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (activated);
  g_assert_cmpstr (syl_application_get_data_dir (app), ==, expected_dir);
  packs = syl_application_get_extra_packs (app);
  g_assert_nonnull (packs);
  g_assert_cmpuint (g_strv_length ((char **) packs), ==, 2);
  g_assert_cmpstr (packs[0], ==, "one.xml");
  g_assert_cmpstr (packs[1], ==, "two");
  /* Its own data folder makes the instance independent of a running one. */
  g_assert_true (g_application_get_flags (G_APPLICATION (app)) & G_APPLICATION_NON_UNIQUE);

  g_rmdir (tmp);
}

typedef struct
{
  SylQuizMode mode;
  guint       n_questions;
  gboolean    in_quiz;
} StartedQuiz;

static void
on_activate_record_quiz_cb (GApplication *app,
                            gpointer      user_data)
{
  StartedQuiz *started = user_data;
  SylWindow *window = SYL_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  SylSession *session = syl_window_get_session (window);

  started->in_quiz = g_strcmp0 (syl_window_get_visible_view (window), "quiz") == 0;
  if (session != NULL)
    {
      started->mode = syl_session_get_mode (session);
      started->n_questions = syl_session_get_n_questions (session);
    }
  g_application_quit (app);
}

static void
run_with_option (const char  *option,
                 StartedQuiz *started)
{
  g_autoptr(SylApplication) app = syl_application_new ();
  g_autofree char *tmp = g_dir_make_tmp ("syllabus-start-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (tmp, "progress.db", NULL);
  char *argv[] = { "syllabus", "--data-dir", tmp, (char *) option, NULL };

  /* The quiz opens once the pack is loaded, after the first frame. */
  g_signal_connect (app, "ready", G_CALLBACK (on_activate_record_quiz_cb), started);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv), ==, 0);

  g_remove (db);
  g_rmdir (tmp);
}

static void
test_exam_option_opens_an_exam (void)
{
  StartedQuiz started = { 0, };

  run_with_option ("--exam", &started);
  g_assert_true (started.in_quiz);
  g_assert_cmpint (started.mode, ==, SYL_QUIZ_MODE_EXAM);
  g_assert_cmpuint (started.n_questions, ==, 75);
}

static void
test_drill_option_opens_a_drill (void)
{
  StartedQuiz started = { 0, };

  /* Nothing is due on a first run, so the weakest task statements. */
  run_with_option ("--drill", &started);
  g_assert_true (started.in_quiz);
  g_assert_cmpint (started.mode, ==, SYL_QUIZ_MODE_WEAK);
  g_assert_cmpuint (started.n_questions, ==, 10);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/syl/application/version", test_version_option);
  g_test_add_func ("/syl/application/help", test_help_lists_options);
  g_test_add_func ("/syl/application/extra-arguments", test_extra_arguments_refused);
  g_test_add_func ("/syl/application/data-dir-and-pack", test_data_dir_and_pack_options);
  g_test_add_func ("/syl/application/exam-option", test_exam_option_opens_an_exam);
  g_test_add_func ("/syl/application/drill-option", test_drill_option_opens_a_drill);

  return g_test_run ();
}
