/* syl-store-files.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The files on disk, before SQLite opens them.
 *
 * - The database and its companions (-wal, -shm, -journal) must be regular
 *   files, or links to regular files. A FIFO would block the start
 *   forever in open() or read(); a folder or a device cannot be a
 *   database; a link to a file that is not there (a drive not mounted)
 *   would make SQLite create a new, empty database at the other end.
 * - The lock: `progress.db.lock` beside the database, held with flock()
 *   while the store is open, so that a second Syllabus on the same
 *   progress folder is told so instead of sharing a live session. The
 *   kernel releases it when the process ends, however it ends, so a lock
 *   left by a crash never blocks. The file itself stays: removing it
 *   while another process opens it would let both take a lock.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "syl-store-private.h"

static const char * const companions[] = { "", "-wal", "-shm", "-journal" };

static gboolean
check_one_file (const char  *file,
                GError     **error)
{
  GStatBuf st;

  if (g_lstat (file, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;

      syl_store_set_errno_error (error, file, saved_errno);
      return FALSE;
    }

  if (S_ISLNK (st.st_mode) && g_stat (file, &st) != 0)
    {
      int saved_errno = errno;
      g_autofree char *target = g_file_read_link (file, NULL);

      if (saved_errno == ENOENT)
        g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO,
                     /* Translators: the first %s is a link, the second where it points */
                     _("“%s” is a link to “%s”, which does not exist, so Syllabus cannot open its progress there. "
                       "Connect the drive it is on or put the file back, or remove the link, "
                       "then try again."),
                     file, target != NULL ? target : "?");
      else
        syl_store_set_errno_error (error, file, saved_errno);
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO,
                   _("“%s” is a folder, where Syllabus keeps its progress database in a file. "
                     "Move or rename that folder, then try again."),
                   file);
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO,
                   _("“%s” is not a regular file (it is a FIFO, a socket or a device), so "
                     "Syllabus cannot keep its progress there. Move it away, then try again."),
                   file);
      return FALSE;
    }

  return TRUE;
}

/**
 * syl_store_check_files:
 * @path: a database file
 * @error: return location for an error
 *
 * Checks that @path and its companion files are each missing or a
 * regular file (through links), so that SQLite neither blocks on them nor
 * creates a file at the far end of a broken link.
 *
 * Returns: %TRUE if SQLite may open @path
 */
gboolean
syl_store_check_files (const char  *path,
                       GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *file = g_strconcat (path, companions[i], NULL);

      if (!check_one_file (file, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * syl_store_lock_path:
 * @path: a database file
 * @error: return location for an error
 *
 * Takes the lock of the database at @path.
 *
 * Returns: the lock's file descriptor, for syl_store_unlock(), or -1 with
 *   %SYL_STORE_ERROR_IN_USE if another store holds it, or another error
 */
int
syl_store_lock_path (const char  *path,
                     GError     **error)
{
  g_autofree char *lock_path = g_strconcat (path, ".lock", NULL);
  struct stat st;
  int fd;

  /* Not through a link, not blocking on a FIFO, not inherited by the
   * programs the app starts. */
  fd = open (lock_path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ELOOP)
        g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO,
                     _("The lock file of the progress database, “%s”, is a link. "
                       "Remove the link, then try again."),
                     lock_path);
      else if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
        /* "The progress database … cannot be written. Check that you may
         * write to it and to its folder": the folder is what is read-only. */
        syl_store_set_errno_error (error, path, saved_errno);
      else
        syl_store_set_errno_error (error, lock_path, saved_errno);
      return -1;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, SYL_STORE_ERROR, SYL_STORE_ERROR_IO,
                   _("The lock file of the progress database, “%s”, is not a regular file. "
                     "Move it away, then try again."),
                   lock_path);
      close (fd);
      return -1;
    }

  while (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EINTR)
        continue;

      if (saved_errno == EWOULDBLOCK)
        {
          syl_store_set_error (error, SYL_STORE_ERROR_IN_USE, path, NULL);
          close (fd);
          return -1;
        }

      /* A file system without locks: better unguarded than not at all. */
      g_message ("Cannot lock %s: %s", lock_path, g_strerror (saved_errno));
      break;
    }

  return fd;
}

/**
 * syl_store_unlock:
 * @fd: from syl_store_lock_path(), or -1
 *
 * Releases the lock; the lock file stays.
 */
void
syl_store_unlock (int fd)
{
  if (fd >= 0)
    close (fd);
}
