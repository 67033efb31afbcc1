/* syl-safe-file.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a file that came from outside (a translation catalog, a pack)
 * without trusting what sits at its path: a FIFO would block open() or
 * read() forever, a device would never end, and a file mapped into memory
 * that is truncated while it is read kills the process with SIGBUS. So the
 * file is opened without blocking, checked to be a regular file no larger
 * than a cap, and read into memory.
 */

#define G_LOG_DOMAIN "syl-safe-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "syl-safe-file.h"

G_DEFINE_QUARK (syl-safe-file-error-quark, syl_safe_file_error)

static const char *
describe_mode (mode_t mode)
{
  if (S_ISDIR (mode))
    return "a folder";
  if (S_ISFIFO (mode))
    return "a FIFO";
  if (S_ISSOCK (mode))
    return "a socket";
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return "a device";

  return "not a regular file";
}

/**
 * syl_safe_file_read:
 * @path: the file to read
 * @max_size: the largest size accepted, in bytes
 * @error: return location for a #SYL_SAFE_FILE_ERROR or #G_FILE_ERROR
 *
 * Reads a regular file of at most @max_size bytes into memory. A FIFO, a
 * socket, a device or a folder is refused without blocking
 * (%SYL_SAFE_FILE_ERROR_NOT_REGULAR, the message says which it is); a
 * larger file is refused before it is read
 * (%SYL_SAFE_FILE_ERROR_TOO_LARGE). A file that shrinks or
 * grows while it is read gives what was read, never more than @max_size.
 *
 * Returns: (transfer full): the contents, or %NULL
 */
GBytes *
syl_safe_file_read (const char  *path,
                    gsize        max_size,
                    GError     **error)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize length = 0;
  gsize capacity;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_NOT_REGULAR,
                   "%s is %s, not a regular file", path, describe_mode (st.st_mode));
      return NULL;
    }

  if ((guint64) st.st_size > max_size)
    {
      close (fd);
      g_set_error (error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_TOO_LARGE,
                   "%s is larger than %" G_GSIZE_FORMAT " bytes", path, max_size);
      return NULL;
    }

  /* One byte more than the size, to notice a file that grew. */
  capacity = (gsize) st.st_size + 1;
  buffer = g_malloc (capacity);
  for (;;)
    {
      gssize n = read (fd, buffer + length, capacity - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "%s: %s", path, g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
      if (length == capacity)
        {
          if (capacity > max_size)
            {
              close (fd);
              g_set_error (error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_TOO_LARGE,
                           "%s grew past %" G_GSIZE_FORMAT " bytes while it was read", path, max_size);
              return NULL;
            }
          capacity = MIN (capacity * 2, max_size + 1);
          buffer = g_realloc (buffer, capacity);
        }
    }
  close (fd);

  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}
