/* syl-pack-input.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-input"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "syl-pack-input.h"
#include "syl-pack-loader.h"

/* A pack file is read into memory, never mapped: a mapped file that
 * someone truncates while it is parsed kills the process with SIGBUS. It
 * is opened without blocking (a FIFO would block open() until a writer
 * comes) and read only if it is a regular file. The size limit is checked
 * on what fstat() says and again on what read() gives, which can differ
 * for a file that grows while it is read, or for files such as those of
 * /proc whose size is 0. */

#define MAX_FILE_NAME_CHARS 1024

static const char *
describe_file_type (mode_t mode)
{
  if (S_ISDIR (mode))
    return "a folder";
  if (S_ISFIFO (mode))
    return "a FIFO";
  if (S_ISSOCK (mode))
    return "a socket";
  if (S_ISCHR (mode))
    return "a character device";
  if (S_ISBLK (mode))
    return "a block device";
  return "not a file";
}

static void
set_too_large (GError  **error,
               guint64   size,
               gsize     max_size)
{
  g_set_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_TOO_LARGE,
               "the file is %" G_GUINT64_FORMAT " bytes, more than the %" G_GSIZE_FORMAT
               " MiB a pack file may have; split the questions over several files"
               " of a folder pack (questions/*.xml)",
               size, max_size / (1024 * 1024));
}

/**
 * syl_pack_input_read_file:
 * @path: a file
 * @max_size: the most bytes the file may have
 * @error: return location for a #SYL_PACK_ERROR (`IO` or `TOO_LARGE`),
 *   whose message does not name the file
 *
 * Reads a whole regular file into memory. A folder, FIFO, socket or device
 * is refused without blocking and without reading from it.
 *
 * Returns: (transfer full): the bytes, or %NULL with @error set
 */
GBytes *
syl_pack_input_read_file (const char  *path,
                          gsize        max_size,
                          GError     **error)
{
  g_autofree char *data = NULL;
  struct stat st;
  gsize capacity;
  gsize length = 0;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO, "cannot open the file: %s",
                   g_strerror (saved));
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved = errno;

      close (fd);
      g_set_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO, "cannot read the file: %s",
                   g_strerror (saved));
      return NULL;
    }

  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error_literal (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO,
                           "this is a folder where a file was expected; a pack is an .xml file,"
                           " or a folder with a file pack.xml and questions/*.xml files");
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO,
                   "this is not a regular file (%s); packs are read from regular files only",
                   describe_file_type (st.st_mode));
      return NULL;
    }

  /* Refused before a byte is read. */
  if (st.st_size < 0 || (guint64)st.st_size > max_size)
    {
      close (fd);
      set_too_large (error, (guint64)MAX (st.st_size, 0), max_size);
      return NULL;
    }

  /* One byte more than fstat() said, to see whether the file ended there. */
  capacity = MAX ((gsize)st.st_size, 4096) + 1;
  data = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (length == capacity)
        {
          if (length > max_size)
            break;
          capacity = MIN (capacity * 2, max_size + 1);
          data = g_realloc (data, capacity);
        }

      n = read (fd, data + length, capacity - length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          close (fd);
          g_set_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO, "cannot read the file: %s",
                       g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
    }
  close (fd);

  if (length > max_size)
    {
      set_too_large (error, length, max_size);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/**
 * syl_pack_input_dup_printable:
 * @text: text from a file or a file name, any bytes
 * @max_chars: the most characters to keep, 0 for all
 * @keep_end: whether to keep the end of a long text (a path) rather than
 *   its start
 *
 * Makes @text safe to quote in a one-line message: control characters,
 * line and paragraph separators and bytes that are not UTF-8 are written
 * as `\xNN` or `\uNNNN`, a backslash as `\\`, and a text longer than
 * @max_chars is cut with "…".
 *
 * Returns: (transfer full): valid UTF-8 without control characters
 */
char *
syl_pack_input_dup_printable (const char *text,
                              gsize       max_chars,
                              gboolean    keep_end)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  const char *end = text + strlen (text);
  gsize n_chars;

  g_return_val_if_fail (text != NULL, NULL);

  /* Each character of @text (or byte that is not UTF-8) becomes one unit
   * of @out; @starts has where each unit begins, for the cut. */
  for (const char *p = text; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gsize size;

      g_array_append_val (starts, out->len);
      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          g_string_append_printf (out, "\\x%02x", (guint)(guchar)*p);
          p++;
          continue;
        }

      size = g_utf8_next_char (p) - p;
      if (c == '\\')
        g_string_append (out, "\\\\");
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        g_string_append_printf (out, "\\x%02x", c);
      else if (c == 0x2028 || c == 0x2029)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, size);
      p += size;
    }

  n_chars = starts->len;
  if (max_chars > 0 && n_chars > max_chars)
    {
      if (keep_end)
        {
          g_string_erase (out, 0, g_array_index (starts, gsize, n_chars - max_chars));
          g_string_prepend (out, "…");
        }
      else
        {
          g_string_truncate (out, g_array_index (starts, gsize, max_chars));
          g_string_append (out, "…");
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * syl_pack_input_dup_file_name:
 * @path: a path as the file system has it
 *
 * Returns: (transfer full): @path as messages name it: printable (a
 *   newline in a file name would break the `FILE:LINE:` form) and, when
 *   very long, its end only
 */
char *
syl_pack_input_dup_file_name (const char *path)
{
  return syl_pack_input_dup_printable (path, MAX_FILE_NAME_CHARS, TRUE);
}
