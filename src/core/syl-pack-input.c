/* syl-pack-input.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-input"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "syl-pack-input.h"
#include "syl-pack-loader.h"
#include "syl-safe-file.h"

/* A pack file is read by syl_safe_file_read(): into memory, never mapped
 * (a mapped file that someone truncates while it is parsed kills the
 * process with SIGBUS), opened without blocking (a FIFO would block open()
 * until a writer comes) and only if it is a regular file, with the size
 * limit checked on what fstat() says and again on what read() gives. Here
 * its refusals are worded for the loader's messages, which name the file
 * themselves (escaped) and say what it is. */

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

/**
 * syl_pack_input_read_file:
 * @path: a file
 * @max_size: the most bytes the file may have
 * @error: return location for a #SYL_PACK_ERROR (`IO` or `TOO_LARGE`),
 *   whose message does not name the file
 *
 * Reads a whole regular file into memory with syl_safe_file_read(). A
 * folder, FIFO, socket or device is refused without blocking and without
 * reading from it.
 *
 * Returns: (transfer full): the bytes, or %NULL with @error set
 */
GBytes *
syl_pack_input_read_file (const char  *path,
                          gsize        max_size,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = syl_safe_file_read (path, max_size, &local_error);
  if (bytes != NULL)
    return bytes;

  /* The type and size are looked at again for the wording only. */
  if (g_error_matches (local_error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_NOT_REGULAR))
    {
      if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
        g_set_error_literal (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO,
                             "this is a folder where a file was expected; a pack is an .xml"
                             " file, or a folder with a file pack.xml and questions/*.xml files");
      else
        g_set_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO,
                     "this is not a regular file (%s); packs are read from regular files only",
                     g_stat (path, &st) == 0 ? describe_file_type (st.st_mode) : "not a file");
    }
  else if (g_error_matches (local_error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_TOO_LARGE))
    {
      if (g_stat (path, &st) == 0 && (guint64)st.st_size > max_size)
        g_set_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_TOO_LARGE,
                     "the file is %" G_GUINT64_FORMAT " bytes, more than the %" G_GSIZE_FORMAT
                     " MiB a pack file may have; split the questions over several files"
                     " of a folder pack (questions/*.xml)",
                     (guint64)st.st_size, max_size / (1024 * 1024));
      else
        g_set_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_TOO_LARGE,
                     "the file grew past the %" G_GSIZE_FORMAT " MiB a pack file may have while"
                     " it was read", max_size / (1024 * 1024));
    }
  else
    {
      /* syl_safe_file_read() says "PATH: reason"; the loader names the file. */
      const char *reason = local_error->message;
      gsize n = strlen (path);

      if (strncmp (reason, path, n) == 0 && reason[n] == ':' && reason[n + 1] == ' ')
        reason += n + 2;
      g_set_error (error, SYL_PACK_ERROR, SYL_PACK_ERROR_IO, "cannot read the file: %s", reason);
    }

  return NULL;
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
