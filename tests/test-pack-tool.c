/* test-pack-tool.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

/* Runs the built syllabus-pack and checks exit codes and output. */

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
tool_path (void)
{
  const char *build_dir = g_getenv ("SYLLABUS_BUILD_DIR");

  g_assert_nonnull (build_dir);
  return g_build_filename (build_dir, "src", "syllabus-pack", NULL);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "packs", name, NULL);
}

/* @args: NULL-terminated arguments after the program name */
static void
run_tool (Run        *run,
          const char *first_arg,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int wait_status;
  va_list args;

  g_ptr_array_add (argv, tool_path ());
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d\nstdout:\n%s\nstderr:\n%s", run->status, run->out, run->err);
}

static void
test_validate (void)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *folder = fixture_path ("folder");
  g_autofree char *broken = fixture_path ("broken/weights.xml");
  g_autofree char *expected = g_strdup_printf ("%s: valid (3 questions)\n", minimal);

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", minimal, folder, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, expected));
    g_assert_nonnull (strstr (run.out, "folder: valid (3 questions)"));
    g_assert_cmpstr (run.err, ==, "");
  }

  {
    g_auto(Run) run = { 0 };

    /* Valid packs are still reported when another one is broken. */
    run_tool (&run, "validate", minimal, broken, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, expected);
    g_assert_nonnull (strstr (run.err, "weights.xml:3: "));
  }
}

static void
test_usage (void)
{
  const char *cases[][3] = {
    { NULL },
    { "validate", NULL },
    { "frobnicate", "x", NULL },
    { "validate", "--no-such-option", NULL },
    { "stats", NULL },
    { "stats", "a.xml", "b.xml" },
    { "lint", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_tool (&run, cases[i][0], cases[i][1], cases[i][2], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, "Usage"));
    }
}

static void
test_help (void)
{
  const char *commands[] = { "validate", "stats", "lint" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *usage = g_strdup_printf ("syllabus-pack %s [OPTION", commands[i]);

      run_tool (&run, commands[i], "--help", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, usage));
    }

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "validate PATH"));
  }
}

static void
test_stats (void)
{
  g_autofree char *folder = fixture_path ("folder");

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "stats", folder, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "3 questions: 2 single, 1 multiple"));
    g_assert_nonnull (strstr (run.out, "no question references (1)"));
    g_assert_nonnull (strstr (run.out, "gamma"));
  }

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "stats", "--json", folder, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "{\"pack\":\"test-folder\",\"version\":3,"));
    g_assert_true (g_str_has_suffix (run.out, "}\n"));
    g_assert_nonnull (strstr (run.out, "\"types\":{\"single\":2,\"multiple\":1}"));
    g_assert_nonnull (strstr (run.out, "{\"id\":\"1.1\",\"title\":\"First task.\",\"questions\":2}"));
    g_assert_nonnull (strstr (run.out, "{\"id\":\"alpha\",\"name\":\"Alpha\",\"questions\":2}"));
    g_assert_nonnull (strstr (run.out, "\"unreferenced_services\":[\"gamma\"]"));
  }
}

/* Quotes, backslashes and control characters are escaped in JSON. */
static void
test_stats_json_escaping (void)
{
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_dir_make_tmp ("syl-pack-tool-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "quotes.xml", NULL);
  g_autoptr(GString) text = NULL;
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_string_replace (text, "<title>Building</title>",
                    "<title>Say \"hi\" \\ back&#x1;slash</title>", 1);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));

  run_tool (&run, "stats", "--json", path, NULL);
  /* &#x1; is not a legal XML character: the pack is refused. */
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);

  g_string_replace (text, "&#x1;", "\t", 1);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  run_tool (&run, "stats", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* The tab is collapsed to a space by the loader. */
  g_assert_nonnull (strstr (run.out, "\"title\":\"Say \\\"hi\\\" \\\\ back slash\""));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_lint (void)
{
  g_autofree char *clean = fixture_path ("lint-clean.xml");
  g_autofree char *dirty = fixture_path ("lint-dirty.xml");
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *broken = fixture_path ("broken/weights.xml");

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "lint", clean, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "no warnings"));
  }

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "lint", dirty, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.out, "lint-dirty.xml:37: warning: question \"x3\": option 1 is 100 characters"));
    g_assert_nonnull (strstr (run.out, "question \"x4\": the stem is the same as that of question \"x1\""));
    g_assert_nonnull (strstr (run.out, "question \"x5\": 2 options are correct but the stem does not say \"(Choose two.)\""));
    g_assert_nonnull (strstr (run.out, "in 3 of 4 single-answer questions the right option is the longest"));
    g_assert_nonnull (strstr (run.out, "lint-dirty.xml: warning: in 3 of 4"));
    g_assert_nonnull (strstr (run.out, "[right-longest]\n"));
    g_assert_nonnull (strstr (run.err, "0 errors, 4 warnings"));
  }

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "lint", minimal, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.out, "question \"q1\": the stem is 107 characters, under 120"));
    g_assert_nonnull (strstr (run.out, "question \"q1\": names GNU Bash (\"GNU Bash\") but has no <service ref=\"bash\"/>"));
    g_assert_nonnull (strstr (run.out, "question \"q2\": option 5 has no <why>"));
    /* Errors: a question without a reference. */
    g_assert_nonnull (strstr (run.out, "minimal.xml:77: error: question \"q2\": has no <reference>"));
    g_assert_nonnull (strstr (run.out, "minimal.xml:89: error: question \"q3\": has no <reference>"));
    g_assert_null (strstr (run.out, "question \"q1\": has no <reference>"));
    g_assert_nonnull (strstr (run.err, "2 errors, 5 warnings"));
  }

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "lint", broken, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "weights.xml:3: "));
  }
}

/* install and uninstall work in $XDG_DATA_HOME/syllabus/packs with the
 * installer Import Pack uses. */
static void
test_install (void)
{
  g_autofree char *home = g_dir_make_tmp ("syllabus-pack-home-XXXXXX", NULL);
  g_autofree char *packs = g_build_filename (home, "syllabus", "packs", NULL);
  g_autofree char *installed = g_build_filename (packs, "test-minimal.xml", NULL);
  g_autofree char *minimal = fixture_path ("minimal.xml");
  g_autofree char *shipped = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "packs",
                                               "aws-dop-c02", NULL);
  g_autofree char *old_home = g_strdup (g_getenv ("XDG_DATA_HOME"));

  g_setenv ("XDG_DATA_HOME", home, TRUE);

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "install", "--dry-run", minimal, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Would install"));
    g_assert_false (g_file_test (installed, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "install", minimal, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, installed));
    g_assert_true (g_file_test (installed, G_FILE_TEST_IS_REGULAR));
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "install", minimal, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "replaces version"));
  }
  {
    g_auto(Run) run = { 0 };

    /* The shipped pack's id is refused, with the reason. */
    run_tool (&run, "install", shipped, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "comes with Syllabus"));
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "uninstall", "test-minimal", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_false (g_file_test (installed, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "uninstall", "test-minimal", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "No pack with the id"));
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "uninstall", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }

  if (old_home != NULL)
    g_setenv ("XDG_DATA_HOME", old_home, TRUE);
  else
    g_unsetenv ("XDG_DATA_HOME");
  g_remove (packs);
  {
    g_autofree char *syllabus = g_build_filename (home, "syllabus", NULL);
    g_rmdir (packs);
    g_rmdir (syllabus);
    g_rmdir (home);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/pack-tool/validate", test_validate);
  g_test_add_func ("/syl/pack-tool/usage", test_usage);
  g_test_add_func ("/syl/pack-tool/help", test_help);
  g_test_add_func ("/syl/pack-tool/stats", test_stats);
  g_test_add_func ("/syl/pack-tool/stats-json-escaping", test_stats_json_escaping);
  g_test_add_func ("/syl/pack-tool/lint", test_lint);
  g_test_add_func ("/syl/pack-tool/install", test_install);

  return g_test_run ();
}
