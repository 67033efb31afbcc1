/* test-pack-installer.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE   /* unshare() */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include "syl-pack-installer.h"
#include "syl-pack-library.h"
#include "syl-pack-loader.h"
#include "syl-test-util.h"

typedef struct
{
  char *dest;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *tmp = g_dir_make_tmp ("syllabus-install-XXXXXX", NULL);

  /* A folder that does not exist yet, as on a first import. */
  fixture->dest = g_build_filename (tmp, "packs", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->dest);

  syl_test_remove_tree (parent);
  g_free (fixture->dest);
}

/* Asserts that @dir holds exactly the entries named, hidden ones too. */
static void G_GNUC_NULL_TERMINATED
assert_only_entries (const char *dir,
                     ...)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  const char *name;
  guint n = 0;
  va_list args;

  va_start (args, dir);
  while ((name = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (expected, (gpointer)name);
  va_end (args);

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_test_message ("entry %s", name);
      g_assert_true (g_ptr_array_find_with_equal_func (expected, name, g_str_equal, NULL));
      n++;
    }
  g_assert_cmpuint (n, ==, expected->len);
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

/* An author's working copy of the folder pack "test-folder" in @root/work:
 * pack.xml, questions/ with the fixture's files and notes, and a .git. */
static char *
make_working_copy (const char *root)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "folder", NULL);
  g_autofree char *work = g_build_filename (root, "work", NULL);
  g_autofree char *questions = g_build_filename (work, "questions", NULL);
  g_autofree char *git = g_build_filename (work, ".git", NULL);
  g_autofree char *source_questions = g_build_filename (source, "questions", NULL);
  g_autoptr(GDir) dir = g_dir_open (source_questions, 0, NULL);
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (questions, 0755), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (git, 0755), ==, 0);
  {
    g_autofree char *from = g_build_filename (source, "pack.xml", NULL);
    g_autofree char *to = g_build_filename (work, "pack.xml", NULL);
    copy_file (from, to);
  }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *from = g_build_filename (source_questions, name, NULL);
      g_autofree char *to = g_build_filename (questions, name, NULL);
      copy_file (from, to);
    }
  {
    g_autofree char *head = g_build_filename (git, "HEAD", NULL);
    g_autofree char *notes = g_build_filename (questions, "drafts.txt", NULL);
    write_file (head, "ref: refs/heads/main\n");
    write_file (notes, "ideas for new questions\n");
  }

  return g_steal_pointer (&work);
}

/* Counts the entries of @dir, recursively, without following links. */
static guint
count_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      n++;
      if (!g_file_test (child, G_FILE_TEST_IS_SYMLINK) && g_file_test (child, G_FILE_TEST_IS_DIR))
        n += count_tree (child);
    }
  return n;
}

static char *
fixture_root (Fixture *fixture)
{
  return g_path_get_dirname (fixture->dest);
}

/* A pack copied from minimal.xml with another version number. */
static char *
make_minimal_version (Fixture    *fixture,
                      const char *name,
                      guint       version)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autofree char *root = fixture_root (fixture);
  g_autofree char *path = g_build_filename (root, name, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *attr = g_strdup_printf ("id=\"test-minimal\" version=\"%u\"", version);
  g_autofree char *copy = NULL;
  g_autoptr(GRegex) regex = NULL;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  regex = g_regex_new ("id=\"test-minimal\" version=\"[0-9]+\"", 0, 0, NULL);
  copy = g_regex_replace (regex, contents, -1, 0, attr, 0, NULL);
  g_assert_nonnull (strstr (copy, attr));
  write_file (path, copy);

  return g_steal_pointer (&path);
}

/* The installed entry of a pack is a link to an author's working copy:
 * importing a pack with that id is refused, and nothing of the working
 * copy, nor the link, is touched. */
static void
test_symlinked_pack_untouched (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *root = fixture_root (fixture);
  g_autofree char *work = make_working_copy (root);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "folder", NULL);
  g_autofree char *link = g_build_filename (fixture->dest, "test-folder", NULL);
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GError) error = NULL;
  guint before = count_tree (work);

  g_assert_cmpint (g_mkdir_with_parents (fixture->dest, 0755), ==, 0);
  g_assert_cmpint (symlink (work, link), ==, 0);

  path = syl_pack_install (source, fixture->dest, NULL, &error);
  g_assert_null (path);
  g_assert_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, link));
  g_assert_cmpuint (count_tree (work), ==, before);
  target = g_file_read_link (link, NULL);
  g_assert_cmpstr (target, ==, work);
  assert_only_entries (fixture->dest, "test-folder", NULL);

  g_clear_error (&error);
  g_assert_false (syl_pack_uninstall ("test-folder", fixture->dest, &error));
  g_assert_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_CONFLICT);
  g_assert_cmpuint (count_tree (work), ==, before);
}

/* An installed folder pack whose questions/ an author replaced by a link to
 * a working copy: re-importing replaces the installed pack, removes the
 * link itself and leaves everything behind it as it was. */
static void
test_symlinked_questions_untouched (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *root = fixture_root (fixture);
  g_autofree char *work = make_working_copy (root);
  g_autofree char *work_questions = g_build_filename (work, "questions", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "folder", NULL);
  g_autofree char *installed = g_build_filename (fixture->dest, "test-folder", NULL);
  g_autofree char *questions = g_build_filename (installed, "questions", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  guint before = count_tree (work);

  path = syl_pack_install (source, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  syl_test_remove_tree (questions);
  g_assert_cmpint (symlink (work_questions, questions), ==, 0);

  g_clear_pointer (&path, g_free);
  path = syl_pack_install (source, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, installed);

  g_assert_cmpuint (count_tree (work), ==, before);
  g_assert_false (g_file_test (questions, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (questions, G_FILE_TEST_IS_DIR));
  assert_only_entries (fixture->dest, "test-folder", NULL);

  /* Uninstalling removes the installed copy and nothing else. */
  syl_test_remove_tree (questions);
  g_assert_cmpint (symlink (work_questions, questions), ==, 0);
  g_assert_true (syl_pack_uninstall ("test-folder", fixture->dest, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_tree (work), ==, before);
  assert_only_entries (fixture->dest, NULL);
}

/* The plan says what will happen before anything is written. */
static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *v1 = make_minimal_version (fixture, "v1.xml", 1);
  g_autofree char *v2 = make_minimal_version (fixture, "v2.xml", 2);
  g_autoptr(SylPackInstallPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *reserved[] = { "aws-dop-c02", "test-minimal", NULL };

  plan = syl_pack_install_plan (v1, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->action, ==, SYL_PACK_INSTALL_NEW);
  g_assert_false (g_file_test (fixture->dest, G_FILE_TEST_EXISTS));
  path = syl_pack_install_run (plan, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&plan, syl_pack_install_plan_free);

  plan = syl_pack_install_plan (v2, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan->action, ==, SYL_PACK_INSTALL_REPLACE);
  g_assert_cmpstr (plan->replaced_path, ==, path);
  g_assert_cmpuint (plan->replaced_version, ==, 1);
  g_assert_cmpuint (syl_pack_get_version (plan->pack), ==, 2);
  g_clear_pointer (&plan, syl_pack_install_plan_free);

  /* A pack with the id of one that comes with the app is refused. */
  plan = syl_pack_install_plan (v2, fixture->dest, reserved, &error);
  g_assert_null (plan);
  g_assert_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_SHIPPED);
  g_assert_nonnull (strstr (error->message, "test-minimal"));
}

/* A pack the installer did not put there, under another name, keeps its
 * place: a second copy with the same id would only be skipped. */
static void
test_foreign_same_id (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *v2 = make_minimal_version (fixture, "v2.xml", 2);
  g_autofree char *by_hand = g_build_filename (fixture->dest, "my-own-copy.xml", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (fixture->dest, 0755), ==, 0);
  copy_file (v2, by_hand);
  path = syl_pack_install (v2, fixture->dest, NULL, &error);
  g_assert_null (path);
  g_assert_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "my-own-copy.xml"));
  assert_only_entries (fixture->dest, "my-own-copy.xml", NULL);
}

/* A file pack replaces the folder pack with the same id, and back. */
static void
test_file_over_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *root = fixture_root (fixture);
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "packs", "folder", NULL);
  g_autofree char *file = g_build_filename (root, "as-file.xml", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;

  /* The folder pack's pack.xml alone is a valid single-file pack too. */
  {
    g_autofree char *pack_xml = g_build_filename (folder, "pack.xml", NULL);
    copy_file (pack_xml, file);
  }

  path = syl_pack_install (folder, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&path, g_free);

  path = syl_pack_install (file, fixture->dest, &pack, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (path, "test-folder.xml"));
  assert_only_entries (fixture->dest, "test-folder.xml", NULL);
  g_clear_pointer (&path, g_free);

  path = syl_pack_install (folder, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  assert_only_entries (fixture->dest, "test-folder", NULL);
}

/* What an interrupted import left is never loaded as a pack, and the next
 * install removes it. */
static void
test_leftovers (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "packs", "folder", NULL);
  g_autofree char *old_partial = g_build_filename (fixture->dest, "test-folder.partial", NULL);
  g_autofree char *old_partial_xml = g_build_filename (old_partial, "pack.xml", NULL);
  g_autofree char *staging = g_build_filename (fixture->dest, ".test-minimal.partial-AbC123.xml", NULL);
  g_autofree char *path = NULL;
  g_autoptr(SylPackLibrary) library = syl_pack_library_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (old_partial, 0755), ==, 0);
  {
    g_autofree char *pack_xml = g_build_filename (folder, "pack.xml", NULL);
    copy_file (pack_xml, old_partial_xml);
  }
  copy_file (source, staging);

  syl_pack_library_add_search_dir (library, fixture->dest);
  syl_pack_library_load (library);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_library_get_packs (library)), ==, 0);
  g_assert_cmpuint (syl_pack_library_get_n_failures (library), ==, 0);

  path = syl_pack_install (source, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  /* The hidden staging copy is the installer's and goes; a folder named
   * like the leftovers of earlier versions may be anyone's and stays,
   * still never loaded. */
  assert_only_entries (fixture->dest, "test-minimal.xml", "test-folder.partial", NULL);
  g_assert_true (g_file_test (old_partial_xml, G_FILE_TEST_IS_REGULAR));
}

/* An author's own folder and file whose names end as the installer's old
 * leftovers did (`.old`, `.partial`) are not the installer's: an install
 * leaves them and their contents as they were. */
static void
test_own_old_files_kept (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autofree char *backup = g_build_filename (fixture->dest, "my-pack.old", NULL);
  g_autofree char *backup_git = g_build_filename (backup, ".git", NULL);
  g_autofree char *backup_head = g_build_filename (backup_git, "HEAD", NULL);
  g_autofree char *draft = g_build_filename (fixture->dest, "draft.xml.partial", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (backup_git, 0755), ==, 0);
  g_assert_true (g_file_set_contents (backup_head, "ref: refs/heads/main\n", -1, NULL));
  g_assert_true (g_file_set_contents (draft, "<pack>half written", -1, NULL));

  path = syl_pack_install (source, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  assert_only_entries (fixture->dest, "test-minimal.xml", "my-pack.old", "draft.xml.partial", NULL);
  g_assert_true (g_file_get_contents (backup_head, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "ref: refs/heads/main\n");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (draft, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "<pack>half written");
}

/* Writes minimal.xml as version @version with a comment of @padding bytes. */
static char *
write_padded_minimal (const char *dir,
                      guint       version,
                      gsize       padding)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *versioned = NULL;
  g_autofree char *version_attr = g_strdup_printf ("version=\"%u\"", version);
  g_autoptr(GString) out = NULL;
  g_auto(GStrv) halves = NULL;
  char *path = g_build_filename (dir, "padded.xml", NULL);

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  halves = g_strsplit (contents, "version=\"2\"", 2);
  versioned = g_strjoinv (version_attr, halves);
  g_strfreev (g_steal_pointer (&halves));
  halves = g_strsplit (versioned, "<intro>", 2);
  out = g_string_new (halves[0]);
  g_string_append (out, "<!-- ");
  for (gsize i = 0; i < padding; i++)
    g_string_append_c (out, 'x');
  g_string_append (out, " --><intro>");
  g_string_append (out, halves[1]);
  g_assert_true (g_file_set_contents (path, out->str, out->len, NULL));

  return path;
}

/* A full disk while the pack is copied: said as such, naming the file;
 * the staging copy is removed and the installed version is kept. On a
 * 64 KiB tmpfs where the test may mount one, else with a file size limit
 * (EFBIG, which the installer counts as full too). */
static void
test_disk_full (void)
{
  g_autofree char *tmp = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *small = NULL;
  g_autofree char *big = NULL;
  g_autofree char *installed_path = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SylPack) kept = NULL;
  g_autoptr(GError) error = NULL;
  gboolean mounted = FALSE;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  tmp = g_dir_make_tmp ("syllabus-install-full-XXXXXX", NULL);
  dest = g_build_filename (tmp, "packs", NULL);
  g_assert_cmpint (g_mkdir (dest, 0755), ==, 0);
  small = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  big = write_padded_minimal (tmp, 3, 256 * 1024);

  if (unshare (CLONE_NEWNS) == 0 &&
      mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
      mount ("tmpfs", dest, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755") == 0)
    {
      g_test_message ("on a 64 KiB tmpfs");
      mounted = TRUE;
    }
  else
    {
      struct rlimit limit = { 64 * 1024, 64 * 1024 };

      g_test_message ("cannot mount a tmpfs (%s): with a file size limit", g_strerror (errno));
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    }

  installed_path = syl_pack_install (small, dest, NULL, &error);
  g_assert_no_error (error);

  path = syl_pack_install (big, dest, NULL, &error);
  g_assert_null (path);
  g_assert_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_FULL);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_nonnull (strstr (error->message, dest));

  /* Nothing half-written is left; version 2 is still what loads. */
  assert_only_entries (dest, "test-minimal.xml", NULL);
  g_clear_error (&error);
  kept = syl_pack_load (installed_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_pack_get_version (kept), ==, 2);

  if (mounted)
    umount (dest);
  syl_test_remove_tree (tmp);
}

static void
test_uninstall_missing (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (syl_pack_uninstall ("nothing-here", fixture->dest, &error));
  g_assert_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_NOT_INSTALLED);
  g_clear_error (&error);
  g_assert_false (syl_pack_uninstall ("../escape", fixture->dest, &error));
  g_assert_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_NOT_INSTALLED);
}

static void
test_install_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autofree char *expected = g_build_filename (fixture->dest, "test-minimal.xml", NULL);
  g_autoptr(SylPack) installed = NULL;
  g_autoptr(SylPack) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = syl_pack_install (source, fixture->dest, &installed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpstr (syl_pack_get_id (installed), ==, "test-minimal");

  /* The copy is found and loads on its own. */
  reloaded = syl_pack_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_id (reloaded), ==, "test-minimal");

  /* Importing again replaces it, without leftovers. */
  g_clear_pointer (&path, g_free);
  path = syl_pack_install (source, fixture->dest, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, expected);
  assert_only_entries (fixture->dest, "test-minimal.xml", NULL);
}

static void
test_install_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "folder", NULL);
  g_autofree char *expected = g_build_filename (fixture->dest, "test-folder", NULL);
  g_autofree char *readme = g_build_filename (expected, "questions", "README", NULL);
  g_autoptr(SylPack) original = NULL;
  g_autoptr(SylPack) installed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  original = syl_pack_load (source, &error);
  g_assert_no_error (error);

  path = syl_pack_install (source, fixture->dest, &installed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (installed)), ==,
                    g_list_model_get_n_items (syl_pack_get_questions (original)));

  /* Only what the loader reads is copied. */
  g_assert_false (g_file_test (readme, G_FILE_TEST_EXISTS));
}

static void
test_broken_pack_not_installed (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "packs", "broken", "duplicate-option.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = syl_pack_install (source, fixture->dest, NULL, &error);
  g_assert_null (path);
  g_assert_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_DUPLICATE_OPTION);
  /* The learner is told which file and line. */
  g_assert_nonnull (strstr (error->message, "duplicate-option.xml:"));

  /* Nothing is left in the learner's folder. */
  if (g_file_test (fixture->dest, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (fixture->dest, 0, NULL);
      g_assert_null (g_dir_read_name (dir));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/syl/pack-installer/file", Fixture, NULL, fixture_setup, test_install_file, fixture_teardown);
  g_test_add ("/syl/pack-installer/folder", Fixture, NULL, fixture_setup, test_install_folder, fixture_teardown);
  g_test_add ("/syl/pack-installer/broken", Fixture, NULL, fixture_setup, test_broken_pack_not_installed, fixture_teardown);
  g_test_add ("/syl/pack-installer/plan", Fixture, NULL, fixture_setup, test_plan, fixture_teardown);
  g_test_add ("/syl/pack-installer/hazard/symlinked-pack", Fixture, NULL, fixture_setup,
              test_symlinked_pack_untouched, fixture_teardown);
  g_test_add ("/syl/pack-installer/hazard/symlinked-questions", Fixture, NULL, fixture_setup,
              test_symlinked_questions_untouched, fixture_teardown);
  g_test_add ("/syl/pack-installer/foreign-same-id", Fixture, NULL, fixture_setup,
              test_foreign_same_id, fixture_teardown);
  g_test_add ("/syl/pack-installer/file-over-folder", Fixture, NULL, fixture_setup,
              test_file_over_folder, fixture_teardown);
  g_test_add ("/syl/pack-installer/leftovers", Fixture, NULL, fixture_setup, test_leftovers, fixture_teardown);
  g_test_add ("/syl/pack-installer/hazard/own-old-files", Fixture, NULL, fixture_setup,
              test_own_old_files_kept, fixture_teardown);
  g_test_add_func ("/syl/pack-installer/hazard/disk-full", test_disk_full);
  g_test_add ("/syl/pack-installer/uninstall-missing", Fixture, NULL, fixture_setup,
              test_uninstall_missing, fixture_teardown);

  return g_test_run ();
}
