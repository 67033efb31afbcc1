/* syl-fuzz-folder.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "syl-fuzz-folder.h"

/* An input is the files of a folder pack one after the other, separated
 * by SYL_FUZZ_FILE_SEPARATOR: the first is pack.xml, the others
 * questions/q0.xml, questions/q1.xml… With one part there is no
 * questions/ folder. Any byte sequence is a valid input. */

/**
 * syl_fuzz_clear_folder:
 * @dir: a folder made by syl_fuzz_write_folder()
 *
 * Removes what syl_fuzz_write_folder() wrote into @dir (not @dir itself).
 */
void
syl_fuzz_clear_folder (const char *dir)
{
  g_autofree char *pack_xml = g_build_filename (dir, "pack.xml", NULL);
  g_autofree char *questions = g_build_filename (dir, "questions", NULL);

  for (guint i = 0; i < SYL_FUZZ_MAX_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("q%u.xml", i);
      g_autofree char *path = g_build_filename (questions, name, NULL);

      g_unlink (path);
    }
  g_rmdir (questions);
  g_unlink (pack_xml);
}

/**
 * syl_fuzz_write_folder:
 * @data: an input
 * @size: its length
 * @dir: an existing, empty folder
 *
 * Writes the folder pack that @data stands for into @dir.
 */
void
syl_fuzz_write_folder (const char *data,
                       gsize       size,
                       const char *dir)
{
  gsize separator = strlen (SYL_FUZZ_FILE_SEPARATOR);
  g_autofree char *questions = g_build_filename (dir, "questions", NULL);
  const char *p = data;
  const char *end = data + size;

  for (guint i = 0; i < SYL_FUZZ_MAX_FILES && p <= end; i++)
    {
      const char *next = NULL;
      g_autofree char *path = NULL;

      /* memmem() is a GNU extension: look for the separator by hand. */
      for (const char *q = p; q + separator <= end; q++)
        if (memcmp (q, SYL_FUZZ_FILE_SEPARATOR, separator) == 0)
          {
            next = q;
            break;
          }
      if (next == NULL || i == SYL_FUZZ_MAX_FILES - 1)
        next = end;

      if (i == 0)
        path = g_build_filename (dir, "pack.xml", NULL);
      else
        {
          g_autofree char *name = g_strdup_printf ("q%u.xml", i - 1);

          if (i == 1)
            g_mkdir (questions, 0755);
          path = g_build_filename (questions, name, NULL);
        }
      if (!g_file_set_contents (path, p, next - p, NULL))
        g_error ("cannot write %s", path);

      if (next == end)
        break;
      p = next + separator;
    }
}
