/* syl-pack-installer.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Installing a pack the learner chose: it is validated where it lies, and
 * only a valid pack is copied into the learner's pack folder, under its
 * own id, so the copy is found at the next start whatever the source file
 * was called. The copy is written beside its final place and renamed, so
 * an interrupted import never leaves half a pack that would then fail to
 * load.
 */

#define G_LOG_DOMAIN "syl-pack-installer"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "syl-pack-installer.h"
#include "syl-pack-loader.h"

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);

  return g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, error);
}

/* A folder pack is pack.xml plus the XML files of questions/: what the loader
 * reads, nothing else the folder may hold. */
static gboolean
copy_folder_pack (const char  *from,
                  const char  *to,
                  GError     **error)
{
  g_autofree char *pack_from = g_build_filename (from, "pack.xml", NULL);
  g_autofree char *pack_to = g_build_filename (to, "pack.xml", NULL);
  g_autofree char *questions_from = g_build_filename (from, "questions", NULL);
  g_autofree char *questions_to = g_build_filename (to, "questions", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_mkdir_with_parents (questions_to, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create “%s”: %s"), questions_to, g_strerror (saved_errno));
      return FALSE;
    }

  if (!copy_file (pack_from, pack_to, error))
    return FALSE;

  if (!g_file_test (questions_from, G_FILE_TEST_IS_DIR))
    return TRUE;

  dir = g_dir_open (questions_from, 0, error);
  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file_from = NULL;
      g_autofree char *file_to = NULL;

      if (!g_str_has_suffix (name, ".xml"))
        continue;

      file_from = g_build_filename (questions_from, name, NULL);
      file_to = g_build_filename (questions_to, name, NULL);
      if (!copy_file (file_from, file_to, error))
        return FALSE;
    }

  return TRUE;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_remove (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_rmdir (path);
}

/**
 * syl_pack_install:
 * @source: a pack file or a folder pack
 * @dest_dir: the learner's pack folder; created if missing
 * @installed: (out) (optional) (transfer full): the pack as loaded
 * @error: return location for a #SYL_PACK_ERROR (the validator's
 *   messages) or a #G_IO_ERROR
 *
 * Validates @source and, only if it is valid, copies it into @dest_dir
 * as `ID.xml` or `ID/`. A pack already installed with the same id is
 * replaced, since importing a newer version of a pack is the usual reason
 * to import it again; progress is keyed by ids, so it carries over.
 *
 * Returns: (transfer full): the path of the installed copy, or %NULL
 */
char *
syl_pack_install (const char  *source,
                  const char  *dest_dir,
                  SylPack    **installed,
                  GError     **error)
{
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(SylPack) copy = NULL;
  g_autofree char *target = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *old = NULL;
  gboolean is_folder;
  gboolean ok;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (dest_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pack = syl_pack_load (source, error);
  if (pack == NULL)
    return NULL;

  if (g_mkdir_with_parents (dest_dir, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the pack folder “%s”: %s"), dest_dir, g_strerror (saved_errno));
      return NULL;
    }

  is_folder = g_file_test (source, G_FILE_TEST_IS_DIR);
  if (is_folder)
    target = g_build_filename (dest_dir, syl_pack_get_id (pack), NULL);
  else
    {
      g_autofree char *file_name = g_strconcat (syl_pack_get_id (pack), ".xml", NULL);
      target = g_build_filename (dest_dir, file_name, NULL);
    }

  partial = g_strconcat (target, ".partial", NULL);
  remove_tree (partial);

  if (is_folder)
    ok = copy_folder_pack (source, partial, error);
  else
    ok = copy_file (source, partial, error);

  if (!ok)
    {
      remove_tree (partial);
      return NULL;
    }

  /* Load the copy, not the source: what is installed is what was checked. */
  copy = syl_pack_load (partial, error);
  if (copy == NULL)
    {
      remove_tree (partial);
      return NULL;
    }

  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      old = g_strconcat (target, ".old", NULL);
      remove_tree (old);
      if (g_rename (target, old) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot replace the installed pack “%s”: %s"), target, g_strerror (saved_errno));
          remove_tree (partial);
          return NULL;
        }
    }

  if (g_rename (partial, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot install the pack as “%s”: %s"), target, g_strerror (saved_errno));
      if (old != NULL)
        g_rename (old, target);
      remove_tree (partial);
      return NULL;
    }

  if (old != NULL)
    remove_tree (old);

  if (installed != NULL)
    *installed = g_steal_pointer (&copy);

  return g_steal_pointer (&target);
}
