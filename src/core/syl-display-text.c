/* syl-display-text.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Error messages name files, ids and lines taken from outside data, which
 * can be of any length: a 20 KB id or a 120 KB path. Laid out in a label,
 * one unbroken word of that size keeps GTK busy for minutes and pushes the
 * buttons beside it off screen. What the interface shows is cut here; the
 * full text goes to the log.
 */

#define G_LOG_DOMAIN "syl-display-text"

#include "config.h"

#include <string.h>

#include "syl-display-text.h"

/* A run of this many characters without a space gets a place to wrap. */
#define MAX_UNBROKEN_CHARS 48

/* U+200B ZERO WIDTH SPACE: invisible, but a line may break there. */
#define BREAK_OPPORTUNITY "\xe2\x80\x8b"

static void
append_line (GString    *out,
             const char *line,
             guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (line, -1);
  guint n_chars = 0;
  guint unbroken = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n_chars == max_chars)
        {
          g_string_append (out, "…");
          return;
        }

      if (g_unichar_isspace (c))
        unbroken = 0;
      else if (++unbroken > MAX_UNBROKEN_CHARS)
        {
          g_string_append (out, BREAK_OPPORTUNITY);
          unbroken = 1;
        }

      /* Control characters (a newline was split off already) would
       * garble the line; show them as a replacement character. */
      if (g_unichar_iscntrl (c) && c != '\t')
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, c);
      n_chars++;
    }
}

/**
 * syl_display_text_shorten:
 * @text: a message, one problem per line
 * @max_lines: how many lines to keep
 * @max_line_chars: how many characters of each line to keep
 * @n_more_lines: (out) (optional): how many lines were left out
 *
 * The first @max_lines lines of @text, each cut to @max_line_chars
 * characters (with "…"), invalid UTF-8 and control characters replaced,
 * and a place to wrap in every long run without spaces, so that any label
 * lays it out quickly in a narrow window.
 *
 * Returns: (transfer full): the text to show
 */
char *
syl_display_text_shorten (const char *text,
                          guint       max_lines,
                          guint       max_line_chars,
                          guint      *n_more_lines)
{
  GString *out = g_string_new (NULL);
  const char *line = text;
  guint n_lines = 0;
  guint more = 0;

  g_return_val_if_fail (text != NULL, NULL);

  while (line != NULL && *line != '\0')
    {
      const char *end = strchr (line, '\n');
      g_autofree char *copy = end != NULL ? g_strndup (line, end - line) : g_strdup (line);

      if (n_lines < max_lines)
        {
          if (n_lines > 0)
            g_string_append_c (out, '\n');
          append_line (out, copy, max_line_chars);
          n_lines++;
        }
      else if (copy[0] != '\0')
        more++;

      line = end != NULL ? end + 1 : NULL;
    }

  if (n_more_lines != NULL)
    *n_more_lines = more;

  return g_string_free (out, FALSE);
}
