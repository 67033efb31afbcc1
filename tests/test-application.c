/* test-application.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "syl-application.h"
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/syl/application/version", test_version_option);
  g_test_add_func ("/syl/application/help", test_help_lists_options);
  g_test_add_func ("/syl/application/data-dir-and-pack", test_data_dir_and_pack_options);

  return g_test_run ();
}
