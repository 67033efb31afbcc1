/* syl-pack-installer.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Installing a pack the learner chose: it is validated where it lies, and
 * only a valid pack is copied into the learner's pack folder, under its
 * own id (`ID.xml` or `ID/`), so the copy is found at the next start
 * whatever the source file was called.
 *
 * The learner's pack folder may hold things the installer did not make: a
 * pack an author dropped in by hand, or a link to an author's working copy.
 * Those are never replaced or removed. The installer writes a hidden
 * staging copy beside its final place and renames it into place, so an
 * interrupted import leaves no half pack that would load; it removes only
 * entries inside the pack folder, and never follows a link when it does.
 */

#define G_LOG_DOMAIN "syl-pack-installer"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syl-pack-installer.h"
#include "syl-pack-loader.h"
#include "syl-safe-file.h"

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

/* Staging copies and the old copy being replaced are hidden entries that
 * start with this, so that no library ever loads them. */
#define STAGING_PREFIX "."
#define STAGING_MARK ".partial-"

/* A pack folder is pack.xml and questions/ with its files: nothing the installer
 * removes is deeper than this. */
#define MAX_REMOVE_DEPTH 4

G_DEFINE_QUARK (syl-pack-install-error-quark, syl_pack_install_error)

#define set_io_error_printf(error, saved_errno, format, path) \
  G_STMT_START { \
    int e_ = (saved_errno); \
    g_autofree char *what_ = g_strdup_printf ((format), (path)); \
    set_io_error ((error), e_, what_); \
  } G_STMT_END

/* @what already names the file: "Cannot remove “…”". */
static void
set_io_error (GError     **error,
              int          saved_errno,
              const char  *what)
{
  g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_IO,
               "%s: %s", what, g_strerror (saved_errno));
}

/* Removing */

/* Removes the entry @name of the folder @dir_fd: a file or a link is
 * unlinked (a link is never followed), a folder is emptied the same way
 * and removed. */
static gboolean
remove_at (int          dir_fd,
           const char  *name,
           guint        depth,
           GError     **error)
{
  struct stat st;
  DIR *dir;
  int fd;
  int saved_errno = 0;
  struct dirent *entry;

  if (strchr (name, '/') != NULL || g_str_equal (name, ".") || g_str_equal (name, ".."))
    {
      g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_IO,
                   "Refusing to remove “%s”", name);
      return FALSE;
    }

  if (fstatat (dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return errno == ENOENT;

  if (!S_ISDIR (st.st_mode))
    {
      if (unlinkat (dir_fd, name, 0) != 0 && errno != ENOENT)
        {
          set_io_error_printf (error, errno, _("Cannot remove “%s”"), name);
          return FALSE;
        }
      return TRUE;
    }

  if (depth >= MAX_REMOVE_DEPTH)
    {
      g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_IO,
                   _("“%s” is nested deeper than a pack can be; it is left as it is"), name);
      return FALSE;
    }

  /* O_NOFOLLOW: should the folder have been swapped for a link since the
   * fstatat(), the open fails instead of entering the link's target. */
  fd = openat (dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0 || (dir = fdopendir (fd)) == NULL)
    {
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      set_io_error_printf (error, saved_errno, _("Cannot open “%s”"), name);
      return FALSE;
    }

  while ((entry = readdir (dir)) != NULL)
    {
      if (g_str_equal (entry->d_name, ".") || g_str_equal (entry->d_name, ".."))
        continue;
      if (!remove_at (dirfd (dir), entry->d_name, depth + 1, error))
        {
          closedir (dir);
          return FALSE;
        }
    }
  closedir (dir);

  if (unlinkat (dir_fd, name, AT_REMOVEDIR) != 0 && errno != ENOENT)
    {
      set_io_error_printf (error, errno, _("Cannot remove “%s”"), name);
      return FALSE;
    }

  return TRUE;
}

/* Removes @name inside @dest_dir, and nothing outside it. */
static gboolean
remove_in (const char  *dest_dir,
           const char  *name,
           GError     **error)
{
  int fd = open (dest_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  gboolean ok;

  if (fd < 0)
    {
      set_io_error_printf (error, errno, _("Cannot open the pack folder “%s”"), dest_dir);
      return FALSE;
    }
  ok = remove_at (fd, name, 0, error);
  close (fd);

  return ok;
}

/* Looking at the pack folder */

typedef enum
{
  ENTRY_NONE,
  ENTRY_FILE,
  ENTRY_FOLDER,
  ENTRY_OTHER,     /* a link, a FIFO, …: not the installer's */
} EntryKind;

static EntryKind
entry_kind (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return ENTRY_NONE;
  if (S_ISREG (st.st_mode))
    return ENTRY_FILE;
  if (S_ISDIR (st.st_mode))
    return ENTRY_FOLDER;

  return ENTRY_OTHER;
}

/**
 * syl_pack_install_is_leftover:
 * @name: the name of an entry of a pack folder
 *
 * Whether @name is a staging copy or an old copy that an interrupted
 * install left behind (also those of earlier versions, `ID.partial` and
 * `ID.old`). Pack libraries skip them.
 *
 * Returns: %TRUE for a leftover
 */
gboolean
syl_pack_install_is_leftover (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  return (g_str_has_prefix (name, STAGING_PREFIX) && strstr (name, STAGING_MARK) != NULL) ||
         g_str_has_suffix (name, ".partial") || g_str_has_suffix (name, ".old") ||
         g_str_has_suffix (name, ".xml.partial") || g_str_has_suffix (name, ".xml.old");
}

/**
 * syl_pack_install_clean_up:
 * @dest_dir: the learner's pack folder
 *
 * Removes what interrupted installs left in @dest_dir: the hidden staging
 * copies and old copies the installer made, whose names only it gives
 * (real files and folders; a link with such a name is not the installer's
 * and stays). The `ID.partial` and `ID.old` of earlier versions are
 * skipped by pack libraries but never removed: a learner's or author's
 * own `notes.old` or `draft.xml.partial` can have the same name.
 */
void
syl_pack_install_clean_up (const char *dest_dir)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_if_fail (dest_dir != NULL);

  dir = g_dir_open (dest_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dest_dir, name, NULL);
      g_autoptr(GError) error = NULL;
      EntryKind kind;

      if (!g_str_has_prefix (name, STAGING_PREFIX) || strstr (name, STAGING_MARK) == NULL)
        continue;
      kind = entry_kind (path);
      if (kind != ENTRY_FILE && kind != ENTRY_FOLDER)
        continue;
      if (!remove_in (dest_dir, name, &error))
        g_warning ("Cannot remove the leftover %s: %s", path, error->message);
    }
}

/* The pack with id @id in @dest_dir under another name than the installer
 * gives it, if any. Loading each pack is slow for a large folder, but an
 * install is rare and the learner's folder small. */
static char *
find_foreign_pack (const char *dest_dir,
                   const char *id,
                   const char *file_name,
                   const char *folder_name)
{
  g_autoptr(GDir) dir = g_dir_open (dest_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(SylPack) pack = NULL;

      if (name[0] == '.' || syl_pack_install_is_leftover (name) ||
          g_str_equal (name, file_name) || g_str_equal (name, folder_name))
        continue;

      path = g_build_filename (dest_dir, name, NULL);
      if (!g_str_has_suffix (name, ".xml"))
        {
          g_autofree char *pack_xml = g_build_filename (path, "pack.xml", NULL);

          if (!g_file_test (pack_xml, G_FILE_TEST_EXISTS))
            continue;
        }

      pack = syl_pack_load (path, NULL);
      if (pack != NULL && g_str_equal (syl_pack_get_id (pack), id))
        return g_steal_pointer (&path);
    }

  return NULL;
}

/* Planning */

void
syl_pack_install_plan_free (SylPackInstallPlan *plan)
{
  if (plan == NULL)
    return;

  g_clear_object (&plan->pack);
  g_free (plan->source);
  g_free (plan->target);
  g_free (plan->replaced_path);
  g_free (plan);
}

static char *
dup_source_path (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  /* Choosing the pack.xml of a folder pack means the whole folder. */
  if (g_str_equal (base, "pack.xml"))
    return g_path_get_dirname (path);

  return g_strdup (path);
}

/**
 * syl_pack_install_plan:
 * @source: a pack file, a folder pack, or the pack.xml of a folder pack
 * @dest_dir: the learner's pack folder (need not exist yet)
 * @reserved_ids: (nullable) (array zero-terminated=1): ids of packs an
 *   import may not replace: those that come with the app and those given
 *   with `--pack`
 * @error: return location for a #SYL_PACK_ERROR (the validator's messages)
 *   or a #SYL_PACK_INSTALL_ERROR
 *
 * Validates @source and says what installing it would do, without writing
 * anything: add it, or replace the installed pack with the same id. It is
 * refused when the id is reserved (%SYL_PACK_INSTALL_ERROR_SHIPPED) or
 * when the pack folder holds a pack with that id that the installer did
 * not put there (%SYL_PACK_INSTALL_ERROR_CONFLICT).
 *
 * Returns: (transfer full): the plan, for syl_pack_install_run(), or %NULL
 */
SylPackInstallPlan *
syl_pack_install_plan (const char          *source,
                       const char          *dest_dir,
                       const char * const  *reserved_ids,
                       GError             **error)
{
  g_autoptr(SylPackInstallPlan) plan = g_new0 (SylPackInstallPlan, 1);
  g_autofree char *file_name = NULL;
  g_autofree char *file_path = NULL;
  g_autofree char *folder_path = NULL;
  g_autofree char *foreign = NULL;
  const char *id;
  gboolean is_folder;
  EntryKind file_kind, folder_kind;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (dest_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan->source = dup_source_path (source);
  plan->pack = syl_pack_load (plan->source, error);
  if (plan->pack == NULL)
    return NULL;

  id = syl_pack_get_id (plan->pack);
  if (reserved_ids != NULL && g_strv_contains (reserved_ids, id))
    {
      g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_SHIPPED,
                   _("A pack with the id “%s” comes with Syllabus, so an import cannot replace it. "
                     "If this is a newer version of that pack, update Syllabus; if it is another "
                     "exam, give it an id of its own."), id);
      return NULL;
    }

  file_name = g_strconcat (id, ".xml", NULL);
  file_path = g_build_filename (dest_dir, file_name, NULL);
  folder_path = g_build_filename (dest_dir, id, NULL);
  file_kind = entry_kind (file_path);
  folder_kind = entry_kind (folder_path);

  if (file_kind == ENTRY_OTHER || folder_kind == ENTRY_OTHER)
    {
      const char *other = file_kind == ENTRY_OTHER ? file_path : folder_path;
      g_autofree char *link = g_file_read_link (other, NULL);

      if (link != NULL)
        g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_CONFLICT,
                     _("“%s” is a link to “%s”, which Syllabus did not install. It is left as it "
                       "is; remove the link to import this pack."), other, link);
      else
        g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_CONFLICT,
                     _("“%s” is neither a file nor a folder; remove it to import this pack."), other);
      return NULL;
    }

  foreign = find_foreign_pack (dest_dir, id, file_name, id);
  if (foreign != NULL)
    {
      g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_CONFLICT,
                   _("The pack folder already holds a pack with the id “%s” in “%s”, which "
                     "Syllabus did not install. It is left as it is; remove or rename it to "
                     "import this pack."), id, foreign);
      return NULL;
    }

  is_folder = g_file_test (plan->source, G_FILE_TEST_IS_DIR);
  plan->target = g_strdup (is_folder ? folder_path : file_path);

  if (file_kind != ENTRY_NONE || folder_kind != ENTRY_NONE)
    {
      g_autoptr(SylPack) old = NULL;

      plan->action = SYL_PACK_INSTALL_REPLACE;
      plan->replaced_path = g_strdup (folder_kind != ENTRY_NONE ? folder_path : file_path);
      old = syl_pack_load (plan->replaced_path, NULL);
      plan->replaced_version = old != NULL ? syl_pack_get_version (old) : 0;
    }
  else
    plan->action = SYL_PACK_INSTALL_NEW;

  return g_steal_pointer (&plan);
}

/* Copying */

/* Writes @bytes to the new file @to (never through a link). A full disk
 * (or quota, or file size limit) is said as such, naming the file. */
static gboolean
write_new_file (const char  *to,
                GBytes      *bytes,
                GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gsize done = 0;
  int fd;

  fd = g_open (to, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      set_io_error_printf (error, errno, _("Cannot write “%s”"), to);
      return FALSE;
    }

  while (done < length)
    {
      gssize n = write (fd, data + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          if (saved_errno == ENOSPC || saved_errno == EDQUOT || saved_errno == EFBIG)
            g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_FULL,
                         _("The disk is full: “%s” could not be written (%s). Nothing was"
                           " installed; free some space and import the pack again."),
                         to, g_strerror (saved_errno));
          else
            set_io_error_printf (error, saved_errno, _("Cannot write “%s”"), to);
          return FALSE;
        }
      done += n;
    }

  if (close (fd) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOSPC || saved_errno == EDQUOT)
        g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_FULL,
                     _("The disk is full: “%s” could not be written (%s). Nothing was"
                       " installed; free some space and import the pack again."),
                     to, g_strerror (saved_errno));
      else
        set_io_error_printf (error, saved_errno, _("Cannot write “%s”"), to);
      return FALSE;
    }

  return TRUE;
}

/* Only regular files are copied, read as the loader reads them (without
 * blocking on a FIFO swapped in since the check, and at most as large as
 * a pack file may be). */
static gboolean
copy_regular_file (const char  *from,
                   const char  *to,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  bytes = syl_safe_file_read (from, SYL_PACK_MAX_FILE_SIZE, &local_error);
  if (bytes == NULL)
    {
      /* syl_safe_file_read() names the file. */
      g_set_error_literal (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_IO,
                           local_error->message);
      return FALSE;
    }

  return write_new_file (to, bytes, error);
}

/* A folder pack is pack.xml plus the XML files of questions/: what the
 * loader reads, nothing else the folder may hold. */
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

  if (!copy_regular_file (pack_from, pack_to, error))
    return FALSE;

  if (!g_file_test (questions_from, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (g_mkdir (questions_to, 0755) != 0)
    {
      set_io_error_printf (error, errno, _("Cannot create “%s”"), questions_to);
      return FALSE;
    }

  dir = g_dir_open (questions_from, 0, error);
  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file_from = NULL;
      g_autofree char *file_to = NULL;

      if (!g_str_has_suffix (name, ".xml") || name[0] == '.')
        continue;

      file_from = g_build_filename (questions_from, name, NULL);
      file_to = g_build_filename (questions_to, name, NULL);
      if (!copy_regular_file (file_from, file_to, error))
        return FALSE;
    }

  return TRUE;
}

/* Makes a hidden staging entry for @id in @dest_dir and copies the pack
 * there. Returns its name inside @dest_dir. */
static char *
stage_copy (const SylPackInstallPlan  *plan,
            const char                *dest_dir,
            gboolean                   is_folder,
            GError                   **error)
{
  const char *id = syl_pack_get_id (plan->pack);
  g_autofree char *template = NULL;
  g_autofree char *name = NULL;
  gboolean ok;

  if (is_folder)
    {
      template = g_strdup_printf ("%s/" STAGING_PREFIX "%s" STAGING_MARK "XXXXXX", dest_dir, id);
      if (g_mkdtemp_full (template, 0755) == NULL)
        {
          set_io_error_printf (error, errno, _("Cannot write in the pack folder “%s”"), dest_dir);
          return NULL;
        }
      name = g_path_get_basename (template);
      ok = copy_folder_pack (plan->source, template, error);
    }
  else
    {
      int fd;

      template = g_strdup_printf ("%s/" STAGING_PREFIX "%s" STAGING_MARK "XXXXXX.xml", dest_dir, id);
      fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0644);
      if (fd < 0)
        {
          set_io_error_printf (error, errno, _("Cannot write in the pack folder “%s”"), dest_dir);
          return NULL;
        }
      close (fd);
      name = g_path_get_basename (template);
      ok = copy_regular_file (plan->source, template, error);
    }

  if (!ok)
    {
      remove_in (dest_dir, name, NULL);
      return NULL;
    }

  return g_steal_pointer (&name);
}

/* Puts the staged folder @staged in the place of the folder @target, in
 * one step where the system allows it. Afterwards @staged names the old
 * copy (or nothing). */
static gboolean
swap_folder (const char  *dest_dir,
             const char  *staged,
             const char  *target,
             GError     **error)
{
  g_autofree char *staged_path = g_build_filename (dest_dir, staged, NULL);
  g_autofree char *target_path = g_build_filename (dest_dir, target, NULL);

  if (entry_kind (target_path) != ENTRY_FOLDER)
    {
      if (g_rename (staged_path, target_path) != 0)
        {
          set_io_error_printf (error, errno, _("Cannot install the pack as “%s”"), target_path);
          return FALSE;
        }
      return TRUE;
    }

  if (syscall (SYS_renameat2, AT_FDCWD, staged_path, AT_FDCWD, target_path, RENAME_EXCHANGE) == 0)
    return TRUE;

  /* A file system without RENAME_EXCHANGE: move the old copy to a hidden
   * name first. A crash between the two renames leaves the old copy
   * there, which the next install cleans up. */
  {
    g_autofree char *old_name = g_strdup_printf (STAGING_PREFIX "%s" STAGING_MARK "old", target);
    g_autofree char *old_path = g_build_filename (dest_dir, old_name, NULL);

    if (!remove_in (dest_dir, old_name, error))
      return FALSE;
    if (g_rename (target_path, old_path) != 0)
      {
        set_io_error_printf (error, errno, _("Cannot replace the installed pack “%s”"), target_path);
        return FALSE;
      }
    if (g_rename (staged_path, target_path) != 0)
      {
        int saved_errno = errno;

        g_rename (old_path, target_path);
        set_io_error_printf (error, saved_errno, _("Cannot install the pack as “%s”"), target_path);
        return FALSE;
      }
    return g_rename (old_path, staged_path) == 0 || remove_in (dest_dir, old_name, error);
  }
}

/**
 * syl_pack_install_run:
 * @plan: what syl_pack_install_plan() found
 * @dest_dir: the same pack folder
 * @installed: (out) (optional) (transfer full): the installed copy, loaded
 * @error: return location for a #SYL_PACK_ERROR or #SYL_PACK_INSTALL_ERROR
 *
 * Does what @plan says: copies the pack into a hidden staging entry of
 * @dest_dir, loads the copy (what is installed is what was checked), and
 * renames it into place, replacing the installed copy with the same id (a
 * file pack replaces a folder pack with that id and the other way round).
 *
 * Returns: (transfer full): the path of the installed copy, or %NULL
 */
char *
syl_pack_install_run (const SylPackInstallPlan  *plan,
                      const char                *dest_dir,
                      SylPack                  **installed,
                      GError                   **error)
{
  const char *id;
  g_autofree char *staged = NULL;
  g_autofree char *staged_path = NULL;
  g_autofree char *target_name = NULL;
  g_autofree char *other_name = NULL;
  g_autofree char *other_path = NULL;
  g_autoptr(SylPack) copy = NULL;
  gboolean is_folder;

  g_return_val_if_fail (plan != NULL && plan->pack != NULL, NULL);
  g_return_val_if_fail (dest_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  id = syl_pack_get_id (plan->pack);
  is_folder = g_file_test (plan->source, G_FILE_TEST_IS_DIR);

  if (g_mkdir_with_parents (dest_dir, 0755) != 0)
    {
      set_io_error_printf (error, errno, _("Cannot create the pack folder “%s”"), dest_dir);
      return NULL;
    }
  syl_pack_install_clean_up (dest_dir);

  staged = stage_copy (plan, dest_dir, is_folder, error);
  if (staged == NULL)
    return NULL;
  staged_path = g_build_filename (dest_dir, staged, NULL);

  copy = syl_pack_load (staged_path, error);
  if (copy == NULL)
    {
      remove_in (dest_dir, staged, NULL);
      return NULL;
    }

  target_name = is_folder ? g_strdup (id) : g_strconcat (id, ".xml", NULL);
  other_name = is_folder ? g_strconcat (id, ".xml", NULL) : g_strdup (id);
  other_path = g_build_filename (dest_dir, other_name, NULL);

  /* The plan was made before; do not replace what has become a link. */
  if (entry_kind (plan->target) == ENTRY_OTHER || entry_kind (other_path) == ENTRY_OTHER)
    {
      remove_in (dest_dir, staged, NULL);
      g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_CONFLICT,
                   _("“%s” changed while the pack was being checked; nothing was installed."),
                   plan->target);
      return NULL;
    }

  if (is_folder)
    {
      if (!swap_folder (dest_dir, staged, target_name, error))
        {
          remove_in (dest_dir, staged, NULL);
          return NULL;
        }
      /* The old copy, now under the staging name. */
      remove_in (dest_dir, staged, NULL);
    }
  else if (g_rename (staged_path, plan->target) != 0)
    {
      set_io_error_printf (error, errno, _("Cannot install the pack as “%s”"), plan->target);
      remove_in (dest_dir, staged, NULL);
      return NULL;
    }

  /* The other form of the same pack would shadow or duplicate this one. */
  if (!remove_in (dest_dir, other_name, error))
    return NULL;

  if (installed != NULL)
    {
      g_autoptr(SylPack) final = syl_pack_load (plan->target, error);

      if (final == NULL)
        return NULL;
      *installed = g_steal_pointer (&final);
    }

  return g_strdup (plan->target);
}

/**
 * syl_pack_install:
 * @source: a pack file, a folder pack, or the pack.xml of a folder pack
 * @dest_dir: the learner's pack folder; created if missing
 * @installed: (out) (optional) (transfer full): the pack as loaded
 * @error: return location for a #SYL_PACK_ERROR (the validator's
 *   messages) or a #SYL_PACK_INSTALL_ERROR
 *
 * Plans and runs an install with no reserved ids: a pack with the same id
 * that the installer put there is replaced, since importing a newer version
 * is the usual reason to import again; progress is keyed by ids, so it
 * carries over.
 *
 * Returns: (transfer full): the path of the installed copy, or %NULL
 */
char *
syl_pack_install (const char  *source,
                  const char  *dest_dir,
                  SylPack    **installed,
                  GError     **error)
{
  g_autoptr(SylPackInstallPlan) plan = NULL;

  plan = syl_pack_install_plan (source, dest_dir, NULL, error);
  if (plan == NULL)
    return NULL;

  return syl_pack_install_run (plan, dest_dir, installed, error);
}

/**
 * syl_pack_uninstall:
 * @id: the id of an installed pack
 * @dest_dir: the learner's pack folder
 * @error: return location for a #SYL_PACK_INSTALL_ERROR
 *
 * Removes `ID.xml` and `ID/` from @dest_dir. A link with that name is not
 * the installer's and stays (%SYL_PACK_INSTALL_ERROR_CONFLICT).
 *
 * Returns: %TRUE when something was removed
 */
gboolean
syl_pack_uninstall (const char  *id,
                    const char  *dest_dir,
                    GError     **error)
{
  g_autofree char *file_name = NULL;
  const char *names[2];
  gboolean removed = FALSE;

  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (dest_dir != NULL, FALSE);

  if (id[0] == '\0' || id[0] == '.' || strchr (id, '/') != NULL)
    {
      g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_NOT_INSTALLED,
                   _("“%s” is not a pack id"), id);
      return FALSE;
    }

  file_name = g_strconcat (id, ".xml", NULL);
  names[0] = id;
  names[1] = file_name;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dest_dir, names[i], NULL);

      switch (entry_kind (path))
        {
        case ENTRY_NONE:
          break;
        case ENTRY_OTHER:
          g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_CONFLICT,
                       _("“%s” is not a file or folder that Syllabus installed; it is left as it is."),
                       path);
          return FALSE;
        case ENTRY_FILE:
        case ENTRY_FOLDER:
          if (!remove_in (dest_dir, names[i], error))
            return FALSE;
          removed = TRUE;
          break;
        }
    }

  if (!removed)
    g_set_error (error, SYL_PACK_INSTALL_ERROR, SYL_PACK_INSTALL_ERROR_NOT_INSTALLED,
                 _("No pack with the id “%s” is installed in “%s”"), id, dest_dir);

  return removed;
}
