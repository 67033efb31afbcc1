/* test-pack-tool-import.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* syllabus-pack import and export, run as a program: exit codes, what
 * is written, what goes to stderr. */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "syl-pack-loader.h"
#include "syl-test-util.h"

typedef struct
{
  int   status;
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

static void
run_tool (Run        *run,
          const char *first_arg,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int wait_status;
  va_list args;

  g_ptr_array_add (argv, g_build_filename (g_getenv ("SYLLABUS_BUILD_DIR"), "src", "syllabus-pack", NULL));
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

/* Four options and an explanation each: valid for the loader with or
 * without the relaxed format; one kind left out. */
static const char gift[] =
  "::a:: Which protocol routes between autonomous systems? {=BGP ~OSPF ~RIP ~STP ####BGP.}\n"
  "\n"
  "::b:: Which port does SSH use?{=22 =twenty-two}\n"
  "\n"
  "::c:: Which cipher is symmetric? {~RSA ~ECDSA =AES ~DH ####One key.}\n";

static void
test_import (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-pack-tool-XXXXXX", NULL);
  g_autofree char *source = g_build_filename (dir, "net.gift", NULL);
  g_autofree char *out = g_build_filename (dir, "net.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;

  g_assert_true (g_file_set_contents (source, gift, -1, NULL));

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "import", "gift", source, "-o", out, "--exam-questions", "1", "--minutes", "5",
              "--pass-percent", "90", "--title", "Networks", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "net: 2 questions from"));
    g_assert_nonnull (strstr (run.err, "warning: net.gift:3: question left out"));
  }

  pack = syl_pack_load (out, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_title (pack), ==, "Networks");
  g_assert_cmpuint (syl_pack_get_scored (pack), ==, 1);
  g_assert_cmpuint (syl_pack_get_minutes (pack), ==, 5);
  g_assert_cmpuint (syl_pack_get_pass_score (pack), ==, 90);
  g_clear_object (&pack);
  g_remove (out);

  {
    g_auto(Run) run = { 0 };

    /* Recognised from the content. */
    run_tool (&run, "import", "auto", source, "-o", out, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  }

  syl_test_remove_tree (dir);
}

static void
test_import_problems (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-pack-tool-XXXXXX", NULL);
  g_autofree char *source = g_build_filename (dir, "broken.gift", NULL);
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);

  g_assert_true (g_file_set_contents (source, "::a:: A? {=x ~x ~y ~z}\n", -1, NULL));

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "import", "gift", source, "-o", out, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, "broken.gift:1: two answers"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "import", "docx", source, "-o", out, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "import", "gift", source, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "missing -o OUT"));
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "import", "gift", source, "-o", out, "--minutes", "2000", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "longer than a day"));
  }

  syl_test_remove_tree (dir);
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-pack-tool-XXXXXX", NULL);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  const char *formats[] = { "gift", "csv", "qti", "anki", "pack" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *out = g_build_filename (dir, formats[i], NULL);

      run_tool (&run, "export", formats[i], minimal, "-o", out, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
    }

  {
    g_auto(Run) run = { 0 };
    g_autofree char *out = g_build_filename (dir, "x", NULL);

    run_tool (&run, "export", "docx", minimal, "-o", out, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };
    g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "packs", "broken", "weights.xml", NULL);
    g_autofree char *out = g_build_filename (dir, "y", NULL);

    run_tool (&run, "export", "gift", broken, "-o", out, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }

  syl_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/pack-tool/import", test_import);
  g_test_add_func ("/syl/pack-tool/import-problems", test_import_problems);
  g_test_add_func ("/syl/pack-tool/export", test_export);

  return g_test_run ();
}
