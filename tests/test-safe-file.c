/* test-safe-file.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "syl-safe-file.h"
#include "syl-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("syllabus-safe-file-XXXXXX", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  syl_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
test_regular (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "a.txt", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link.txt", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) via_link = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "hello", -1, NULL));
  bytes = syl_safe_file_read (path, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "hello", 5);

  /* A link to a regular file is read like the file. */
  g_assert_cmpint (symlink (path, link), ==, 0);
  via_link = syl_safe_file_read (link, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (via_link), ==, 5);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fixture->dir, "fifo", NULL);
  g_autofree char *big = g_build_filename (fixture->dir, "big", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  /* A FIFO with no writer: opening it for reading would block. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  bytes = syl_safe_file_read (fifo, 1024, &error);
  g_assert_null (bytes);
  g_assert_error (error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_NOT_REGULAR);
  g_assert_nonnull (strstr (error->message, "a FIFO"));
  g_clear_error (&error);

  bytes = syl_safe_file_read (fixture->dir, 1024, &error);
  g_assert_error (error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_NOT_REGULAR);
  g_assert_nonnull (strstr (error->message, "a folder"));
  g_clear_error (&error);

  bytes = syl_safe_file_read ("/dev/zero", 1024, &error);
  g_assert_error (error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (big, "0123456789", -1, NULL));
  bytes = syl_safe_file_read (big, 9, &error);
  g_assert_error (error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  bytes = syl_safe_file_read (missing, 9, &error);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "missing"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/syl/safe-file/regular", Fixture, NULL, fixture_setup, test_regular, fixture_teardown);
  g_test_add ("/syl/safe-file/refused", Fixture, NULL, fixture_setup, test_refused, fixture_teardown);

  return g_test_run ();
}
