/* syl-import-text.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-import"

#include "config.h"

#include <string.h>

#include "syl-import-text.h"
#include "syl-pack-loader.h"

/* The line @offset is on, counting LF, CR LF and a lone CR as one end. */
static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        line++;
      else if (data[i] == '\r' && data[i + 1] != '\n')
        line++;
    }

  return line;
}

/**
 * syl_import_text_check:
 * @bank: where a problem is reported
 * @data: the file
 * @length: its length
 * @start: (out): where the text starts, after a UTF-8 byte-order mark
 *
 * A text file to import must be UTF-8 without NUL bytes. A file saved as
 * UTF-16 or in a legacy code page gets a message that says how to save it
 * instead, with the line of the first byte that is not UTF-8.
 *
 * Returns: %TRUE when the text can be read
 */
gboolean
syl_import_text_check (SylImportBank *bank,
                       const char    *data,
                       gsize          length,
                       gsize         *start)
{
  const char *end = NULL;
  const char *nul;

  *start = 0;
  if (length == 0)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_EMPTY, 0, "the file is empty");
      return FALSE;
    }

  if (length >= 2 && (((guchar)data[0] == 0xff && (guchar)data[1] == 0xfe) ||
                      ((guchar)data[0] == 0xfe && (guchar)data[1] == 0xff)))
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_ENCODING, 1,
                             "the file is UTF-16; save it as UTF-8 (in a spreadsheet:"
                             " \"CSV UTF-8\") and import it again");
      return FALSE;
    }

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    *start = 3;

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_ENCODING, line_of_offset (data, nul - data),
                             "the file holds a NUL byte: it is binary or UTF-16, not UTF-8 text");
      return FALSE;
    }

  if (!g_utf8_validate (data + *start, length - *start, &end))
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_ENCODING, line_of_offset (data, end - data),
                             "this line is not UTF-8 (byte 0x%02x); save the file as UTF-8"
                             " (in a spreadsheet: \"CSV UTF-8\") and import it again",
                             (guchar)*end);
      return FALSE;
    }

  return TRUE;
}

void
syl_import_lines_init (SylImportLines *lines,
                       const char     *data,
                       gsize           length)
{
  lines->data = data;
  lines->length = length;
  lines->pos = 0;
  lines->line = 0;
}

/**
 * syl_import_lines_next:
 * @lines: the state
 * @line: (out): the next line, without its end; not NUL-terminated
 * @line_length: (out): its length
 * @line_number: (out): its number, from 1
 *
 * Returns: %FALSE at the end of the text
 */
gboolean
syl_import_lines_next (SylImportLines  *lines,
                       const char     **line,
                       gsize           *line_length,
                       guint           *line_number)
{
  gsize start = lines->pos;
  gsize i = start;

  if (start >= lines->length)
    return FALSE;

  while (i < lines->length && lines->data[i] != '\n' && lines->data[i] != '\r')
    i++;

  *line = lines->data + start;
  *line_length = i - start;
  *line_number = ++lines->line;

  if (i < lines->length && lines->data[i] == '\r' && i + 1 < lines->length && lines->data[i + 1] == '\n')
    i++;
  lines->pos = i < lines->length ? i + 1 : i;

  return TRUE;
}

gboolean
syl_import_text_is_blank (const char *text,
                          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;

  return TRUE;
}

/* Characters XML 1.0 cannot hold, even as references; they become spaces. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xa || c == 0xd ||
         (c >= 0x20 && c <= 0xd7ff) ||
         (c >= 0xe000 && c <= 0xfffd) ||
         (c >= 0x10000 && c <= 0x10ffff);
}

/**
 * syl_import_text_dup_clean:
 * @text: valid UTF-8
 * @length: its length, or -1 if NUL-terminated
 *
 * Returns: (transfer full): @text with its white space collapsed as a pack
 *   has it, and characters XML cannot hold made spaces
 */
char *
syl_import_text_dup_clean (const char *text,
                           gssize      length)
{
  g_autoptr(GString) out = NULL;
  const char *end;

  if (length < 0)
    length = strlen (text);
  end = text + length;
  out = g_string_sized_new (length);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar)-1 || c == (gunichar)-2)
        break;
      if (is_xml_char (c))
        g_string_append_unichar (out, c);
      else
        g_string_append_c (out, ' ');
    }

  return syl_pack_normalize_text (out->str);
}

/* Elements after which a browser starts a new line: they become a space. */
static gboolean
is_break_tag (const char *name,
              gsize       length)
{
  static const char * const tags[] = {
    "br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3",
    "h4", "h5", "h6", "pre", "blockquote", "table", "hr", NULL,
  };

  for (guint i = 0; tags[i] != NULL; i++)
    if (strlen (tags[i]) == length && g_ascii_strncasecmp (name, tags[i], length) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
append_entity (GString    *out,
               const char *entity,
               gsize       length)
{
  static const struct { const char *name; const char *text; } named[] = {
    { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
    { "apos", "'" }, { "nbsp", " " }, { "ndash", "–" }, { "mdash", "—" },
    { "hellip", "…" }, { "lsquo", "‘" }, { "rsquo", "’" }, { "ldquo", "“" },
    { "rdquo", "”" }, { "times", "×" }, { "copy", "©" }, { "reg", "®" },
  };

  if (length >= 2 && entity[0] == '#')
    {
      g_autofree char *digits = g_strndup (entity + 1, length - 1);
      gboolean hex = digits[0] == 'x' || digits[0] == 'X';
      char *end = NULL;
      guint64 value;

      if (digits[hex ? 1 : 0] == '\0')
        return FALSE;
      value = g_ascii_strtoull (digits + (hex ? 1 : 0), &end, hex ? 16 : 10);
      if (*end != '\0' || value > 0x10ffff)
        return FALSE;
      if (is_xml_char ((gunichar)value) && !(value >= 0xd800 && value <= 0xdfff))
        g_string_append_unichar (out, (gunichar)value);
      else
        g_string_append_c (out, ' ');
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (strlen (named[i].name) == length && strncmp (entity, named[i].name, length) == 0)
      {
        g_string_append (out, named[i].text);
        return TRUE;
      }

  return FALSE;
}

/**
 * syl_import_text_from_html:
 * @html: HTML text, valid UTF-8, as Moodle writes after `[html]`
 *
 * Packs hold plain text: tags are dropped (those that break a line leave
 * a space) and character references are decoded. An image keeps its
 * `alt` text in brackets so that a question that shows one does not lose
 * it silently.
 *
 * Returns: (transfer full): the text
 */
char *
syl_import_text_from_html (const char *html)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (html));
  const char *p = html;

  while (*p != '\0')
    {
      if (*p == '<')
        {
          const char *close = strchr (p, '>');
          const char *name = p + 1;
          gsize name_length = 0;

          if (close == NULL)
            {
              g_string_append (out, p);
              break;
            }
          if (*name == '/')
            name++;
          while (g_ascii_isalnum (name[name_length]))
            name_length++;

          if (is_break_tag (name, name_length))
            g_string_append_c (out, ' ');
          else if (name_length == 3 && g_ascii_strncasecmp (name, "img", 3) == 0)
            {
              g_autofree char *tag = g_strndup (p, close - p);
              const char *alt = strstr (tag, "alt=\"");

              if (alt != NULL)
                {
                  const char *alt_end = strchr (alt + 5, '"');

                  if (alt_end != NULL && alt_end > alt + 5)
                    {
                      g_string_append (out, " [");
                      g_string_append_len (out, alt + 5, alt_end - (alt + 5));
                      g_string_append (out, "] ");
                    }
                }
            }
          p = close + 1;
        }
      else if (*p == '&')
        {
          const char *semi = p + 1;

          while (*semi != '\0' && *semi != ';' && semi - p < 12 && (g_ascii_isalnum (*semi) || *semi == '#'))
            semi++;
          if (*semi == ';' && append_entity (out, p + 1, semi - (p + 1)))
            p = semi + 1;
          else
            g_string_append_c (out, *p++);
        }
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whether @text looks like HTML (a tag or an entity), for text that may
 * be either. */
gboolean
syl_import_text_has_markup (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '<' && (g_ascii_isalpha (p[1]) || (p[1] == '/' && g_ascii_isalpha (p[2]))) &&
          strchr (p, '>') != NULL)
        return TRUE;
    }

  return FALSE;
}
