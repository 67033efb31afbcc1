/* syl-pack-scan.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-scan"

#include "config.h"

#include <string.h>

#include "syl-pack-input.h"
#include "syl-pack-loader.h"
#include "syl-pack-scan.h"

/* Before libxml2 parses a pack file, one pass over its bytes checks what
 * libxml2 would handle badly or too slowly: the encoding, a DOCTYPE (an
 * entity bomb is refused before any entity exists), and the limits of
 * syl-pack-scan.h on attributes, names, nesting, text, elements and
 * comments. The pass reads tags just well enough to count them; anything
 * it does not understand is left for the parser to report, so it never
 * turns a well-formed file away for a reason other than a limit. */

#define BOM "\xEF\xBB\xBF"

typedef struct
{
  const char *data;
  gsize length;
  guint line;                   /* of the problem */
  GError *error;
} Scan;

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/**
 * syl_pack_scan_line_of_offset:
 * @data: a file with normalised line ends
 * @offset: a byte of @data
 *
 * Returns: the line of that byte, from 1
 */
guint
syl_pack_scan_line_of_offset (const char *data,
                              gsize       offset)
{
  const char *p = data;
  const char *end = data + offset;
  guint line = 1;

  while ((p = memchr (p, '\n', end - p)) != NULL)
    {
      line++;
      p++;
    }

  return line;
}

static gboolean G_GNUC_PRINTF (4, 5)
scan_fail (Scan       *scan,
           int         code,
           gsize       offset,
           const char *format,
           ...)
{
  va_list args;

  scan->line = syl_pack_scan_line_of_offset (scan->data, offset);
  va_start (args, format);
  scan->error = g_error_new_valist (SYL_PACK_ERROR, code, format, args);
  va_end (args);

  return FALSE;
}

static gboolean
has_prefix_at (const Scan *scan,
               gsize       offset,
               const char *prefix)
{
  gsize n = strlen (prefix);

  return offset + n <= scan->length && memcmp (scan->data + offset, prefix, n) == 0;
}

/* The offset of @needle at or after @offset, or -1. */
static gssize
find_from (const Scan *scan,
           gsize       offset,
           const char *needle)
{
  gsize n = strlen (needle);
  const char *p = scan->data + offset;
  const char *end = scan->data + scan->length;

  while (p + n <= end && (p = memchr (p, needle[0], end - p - n + 1)) != NULL)
    {
      if (memcmp (p, needle, n) == 0)
        return p - scan->data;
      p++;
    }

  return -1;
}

/* Bytes */

/* g_utf8_validate_len() with a fast path for ASCII, which is nearly all
 * of a pack: eight bytes at a time while none has its high bit set, and
 * g_utf8_validate_len() on each run of other bytes only. A multi-byte
 * character has no ASCII byte, so a run holds whole characters, and @end
 * points where g_utf8_validate_len() on the whole would. */
static gboolean
validate_utf8 (const char  *data,
               gsize        length,
               const char **end)
{
  gsize i = 0;

  while (i < length)
    {
      gsize run_start;

      while (i + sizeof (guint64) <= length)
        {
          guint64 word;

          memcpy (&word, data + i, sizeof word);
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
            break;
          i += sizeof word;
        }
      while (i < length && (guchar) data[i] < 0x80)
        i++;

      run_start = i;
      while (i < length && (guchar) data[i] >= 0x80)
        i++;
      if (i > run_start && !g_utf8_validate_len (data + run_start, i - run_start, end))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_bytes (Scan *scan)
{
  const char *data = scan->data;
  gsize length = scan->length;
  const char *end = NULL;
  const char *nul;
  gsize offset = 0;

  while (offset < length && is_xml_space (data[offset]))
    offset++;
  if (offset == length)
    return scan_fail (scan, SYL_PACK_ERROR_EMPTY, 0,
                      "the file is empty; a pack file starts with <pack xmlns=\"%s\" …>"
                      " or, in a folder pack's questions/, with <questions xmlns=\"%s\" pack=\"…\">",
                      SYL_PACK_NAMESPACE, SYL_PACK_NAMESPACE);

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    return scan_fail (scan, SYL_PACK_ERROR_ENCODING, nul - data,
                      "the file contains a NUL byte: it is binary or UTF-16, not a UTF-8"
                      " XML text file; save it as UTF-8");

  if (!validate_utf8 (data, length, &end))
    {
      const char *line_start = end;

      while (line_start > data && line_start[-1] != '\n')
        line_start--;

      return scan_fail (scan, SYL_PACK_ERROR_ENCODING, end - data,
                        "invalid UTF-8 (byte 0x%02x at byte %" G_GSIZE_FORMAT " of the line);"
                        " pack files must be UTF-8: convert the file (for example with iconv)",
                        (guint)(guchar)*end, (gsize)(end - line_start) + 1);
    }

  return TRUE;
}

/* The prolog */

/* The value of encoding="…" in an XML declaration, or %NULL. */
static char *
dup_declared_encoding (const char *decl)
{
  const char *p = strstr (decl, "encoding");
  const char *end;
  char quote;

  if (p == NULL)
    return NULL;

  p += strlen ("encoding");
  while (is_xml_space (*p))
    p++;
  if (*p++ != '=')
    return NULL;
  while (is_xml_space (*p))
    p++;
  quote = *p++;
  if (quote != '"' && quote != '\'')
    return NULL;
  end = strchr (p, quote);
  if (end == NULL)
    return NULL;

  return g_strndup (p, end - p);
}

/* Checks the XML declaration's encoding and refuses a DOCTYPE before
 * libxml2 sees the file: an entity bomb is refused without expanding any
 * entity. Anything else odd in the prolog is left to the parser. */
static gboolean
check_prolog (Scan *scan)
{
  gsize offset = 0;

  if (has_prefix_at (scan, 0, BOM))
    offset = 3;
  if (has_prefix_at (scan, offset, BOM))
    return scan_fail (scan, SYL_PACK_ERROR_ENCODING, 0,
                      "the file starts with two byte-order marks (the bytes EF BB BF twice);"
                      " remove one: save the file as UTF-8, with or without one byte-order mark");

  if (has_prefix_at (scan, offset, "<?xml") &&
      scan->length > offset + 5 && is_xml_space (scan->data[offset + 5]))
    {
      gssize decl_end = find_from (scan, offset, "?>");
      g_autofree char *decl = NULL;
      g_autofree char *encoding = NULL;

      if (decl_end < 0)
        return TRUE;    /* the parser reports it */

      decl = g_strndup (scan->data + offset, decl_end - offset);
      encoding = dup_declared_encoding (decl);
      if (encoding != NULL &&
          g_ascii_strcasecmp (encoding, "UTF-8") != 0 &&
          g_ascii_strcasecmp (encoding, "UTF8") != 0)
        {
          g_autofree char *shown = syl_pack_input_dup_printable (encoding, 40, FALSE);

          return scan_fail (scan, SYL_PACK_ERROR_ENCODING, offset,
                            "the file declares encoding=\"%s\"; pack files must be UTF-8:"
                            " convert the file and declare encoding=\"UTF-8\"",
                            shown);
        }
      offset = decl_end + 2;
    }

  /* Up to the limit of comments: past it, check_markup() refuses the file. */
  for (guint n = 0; n <= SYL_PACK_MAX_COMMENTS; n++)
    {
      const char *terminator;
      gssize next;

      while (offset < scan->length && is_xml_space (scan->data[offset]))
        offset++;

      if (has_prefix_at (scan, offset, "<!--"))
        next = find_from (scan, offset + 4, terminator = "-->");
      else if (has_prefix_at (scan, offset, "<?"))
        next = find_from (scan, offset + 2, terminator = "?>");
      else if (has_prefix_at (scan, offset, "<!DOCTYPE") ||
               has_prefix_at (scan, offset, "<!ENTITY"))
        return scan_fail (scan, SYL_PACK_ERROR_FORBIDDEN, offset,
                          "a DOCTYPE is not allowed in a pack file (no DTD, no entity"
                          " declarations); remove it and write characters directly"
                          " (UTF-8) or as &#NNNN; references");
      else
        return TRUE;

      if (next < 0)
        return TRUE;    /* unterminated: the parser reports it */
      offset = next + strlen (terminator);
    }

  return TRUE;
}

/* Markup */

typedef struct
{
  gsize offset;                 /* of the '<' */
  gsize name_length;
} OpenElement;

static gboolean
is_name_end (char c)
{
  return is_xml_space (c) || c == '/' || c == '>' || c == '<';
}

/* The local name of an element (after its prefix, if any) is @name. */
static gboolean
local_name_is (const char *tag_name,
               gsize       length,
               const char *name)
{
  const char *colon = memchr (tag_name, ':', length);
  gsize n = strlen (name);

  if (colon != NULL)
    {
      length -= colon + 1 - tag_name;
      tag_name = colon + 1;
    }

  return length == n && memcmp (tag_name, name, n) == 0;
}

/* The file ends inside @what, which starts at @offset: it was truncated
 * (or something was not closed). Said only if the file was well-formed up
 * to there as far as the scan can tell: otherwise the parser's message
 * about the earlier mistake is the one to give. */
static gboolean
ends_inside (Scan       *scan,
             gboolean    well_formed,
             gsize       offset,
             const char *what,
             const char *closing)
{
  if (!well_formed)
    return TRUE;

  return scan_fail (scan, SYL_PACK_ERROR_MALFORMED, offset,
                    "the file ends inside %s that starts here; it is truncated (copy it"
                    " again), or %s", what, closing);
}

static gboolean
check_markup (Scan *scan)
{
  const char *data = scan->data;
  gsize length = scan->length;
  OpenElement open[SYL_PACK_MAX_DEPTH];
  guint depth = 0;
  gsize i = 0;
  gsize text_start = 0;
  gsize text_bytes = 0;         /* of the current run of text */
  guint n_elements = 0;
  guint n_notes = 0;            /* comments and processing instructions */
  gsize note_bytes = 0;
  guint part_depth = 0;         /* of the element read as a whole, 0: none */
  gsize part_offset = 0;
  guint part_elements = 0;
  gboolean well_formed = TRUE;  /* as far as the scan can tell */
  gboolean root_closed = FALSE;

  if (has_prefix_at (scan, 0, BOM))
    i = 3;

  while (i < length)
    {
      const char *lt = memchr (data + i, '<', length - i);
      gsize tag;

      /* Text up to the next tag. */
      if (text_bytes == 0)
        text_start = i;
      text_bytes += (lt != NULL ? (gsize)(lt - data) : length) - i;
      if (text_bytes > SYL_PACK_MAX_TEXT)
        return scan_fail (scan, SYL_PACK_ERROR_LIMIT, text_start,
                          "a text of more than %u bytes (%u MiB) starts here; no text of a pack"
                          " needs that much: is a closing tag missing?",
                          SYL_PACK_MAX_TEXT, SYL_PACK_MAX_TEXT / (1024 * 1024));
      if (lt == NULL)
        break;

      tag = lt - data;
      if (has_prefix_at (scan, tag, "<!--") || has_prefix_at (scan, tag, "<?"))
        {
          gboolean comment = data[tag + 1] == '!';
          gssize end = find_from (scan, tag + (comment ? 4 : 2), comment ? "-->" : "?>");

          if (end < 0)
            return ends_inside (scan, well_formed, tag,
                                comment ? "a comment" : "a processing instruction",
                                comment ? "the comment is not closed with -->"
                                        : "the processing instruction is not closed with ?>");
          i = end + (comment ? 3 : 2);
          text_bytes = 0;
          /* Each is a node of the reader's tree, whatever its size. */
          note_bytes += i - tag;
          if (++n_notes > SYL_PACK_MAX_COMMENTS)
            return scan_fail (scan, SYL_PACK_ERROR_LIMIT, tag,
                              "the file has more than %u comments and processing instructions;"
                              " a pack needs few, if any", SYL_PACK_MAX_COMMENTS);
          if (note_bytes > SYL_PACK_MAX_COMMENT_BYTES)
            return scan_fail (scan, SYL_PACK_ERROR_LIMIT, tag,
                              "the comments and processing instructions of the file take more"
                              " than %u bytes (%u MiB); a pack needs few, if any",
                              SYL_PACK_MAX_COMMENT_BYTES, SYL_PACK_MAX_COMMENT_BYTES / (1024 * 1024));
          continue;
        }
      if (has_prefix_at (scan, tag, "<![CDATA["))
        {
          gssize end = find_from (scan, tag + 9, "]]>");

          if (end < 0)
            return ends_inside (scan, well_formed, tag, "a CDATA section",
                                "the section is not closed with ]]>");
          /* The parser merges CDATA with the text around it. */
          text_bytes += end - (tag + 9);
          if (text_bytes > SYL_PACK_MAX_TEXT)
            return scan_fail (scan, SYL_PACK_ERROR_LIMIT, text_start,
                              "a text of more than %u bytes (%u MiB) starts here; no text of"
                              " a pack needs that much", SYL_PACK_MAX_TEXT,
                              SYL_PACK_MAX_TEXT / (1024 * 1024));
          i = end + 3;
          continue;
        }
      text_bytes = 0;
      if (has_prefix_at (scan, tag, "<!"))
        {
          /* Nothing a pack may have past its prolog: the parser says so. */
          well_formed = FALSE;
          i = tag + 2;
          continue;
        }

      if (has_prefix_at (scan, tag, "</"))
        {
          const char *gt = memchr (data + tag, '>', length - tag);
          gsize name_length = 0;

          if (gt == NULL)
            return ends_inside (scan, well_formed, tag, "an end tag", "it is not closed with >");
          while (tag + 2 + name_length < length && !is_name_end (data[tag + 2 + name_length]))
            name_length++;
          if (depth == 0 ||
              name_length != open[depth - 1].name_length ||
              memcmp (data + tag + 2, data + open[depth - 1].offset + 1, name_length) != 0)
            well_formed = FALSE;
          if (depth > 0)
            {
              depth--;
              if (depth + 1 == part_depth)
                part_depth = 0;
              root_closed = depth == 0;
            }
          i = gt - data + 1;
          continue;
        }

      /* A start tag: its name, then its attributes up to '>'. */
      {
        gsize name = tag + 1;
        gsize name_length = 0;
        gsize k;
        guint n_attributes = 0;
        gsize token = 0;
        gsize value = 0;
        char quote = 0;
        gboolean empty;

        while (name + name_length < length && !is_name_end (data[name + name_length]))
          {
            name_length++;
            if (name_length > SYL_PACK_MAX_NAME)
              return scan_fail (scan, SYL_PACK_ERROR_LIMIT, tag,
                                "an element name longer than %u bytes; the names of a pack"
                                " are short words such as <question>", SYL_PACK_MAX_NAME);
          }
        if (name_length == 0 && name == length)
          return ends_inside (scan, well_formed, tag, "a tag", "it is not closed with >");
        if (name_length == 0)
          return TRUE;      /* not a tag: the parser reports it */
        if (depth == 0 && root_closed)
          well_formed = FALSE;

        for (k = name + name_length; k < length; k++)
          {
            char c = data[k];

            if (quote != 0)
              {
                if (c == quote)
                  quote = 0;
                else if (c == '<')
                  return TRUE;
                else if (++value > SYL_PACK_MAX_ATTRIBUTE_VALUE)
                  return scan_fail (scan, SYL_PACK_ERROR_LIMIT, k,
                                    "an attribute value of <%.*s> is longer than %u bytes;"
                                    " ids have at most 64 characters and addresses 2,048",
                                    (int)MIN (name_length, 64), data + name,
                                    SYL_PACK_MAX_ATTRIBUTE_VALUE);
              }
            else if (c == '"' || c == '\'')
              {
                quote = c;
                value = 0;
              }
            else if (c == '=')
              {
                token = 0;
                if (++n_attributes > SYL_PACK_MAX_ATTRIBUTES)
                  return scan_fail (scan, SYL_PACK_ERROR_LIMIT, tag,
                                    "<%.*s> has more than %u attributes; an element of a pack"
                                    " has at most 8", (int)MIN (name_length, 64), data + name,
                                    SYL_PACK_MAX_ATTRIBUTES);
              }
            else if (c == '>')
              break;
            else if (c == '<')
              return TRUE;
            else if (is_xml_space (c) || c == '/')
              token = 0;
            else if (++token > SYL_PACK_MAX_NAME)
              return scan_fail (scan, SYL_PACK_ERROR_LIMIT, k,
                                "an attribute name of <%.*s> is longer than %u bytes",
                                (int)MIN (name_length, 64), data + name, SYL_PACK_MAX_NAME);
          }
        if (k == length)
          return ends_inside (scan, well_formed, tag, "a tag", "it is not closed with >");

        empty = data[k - 1] == '/';
        i = k + 1;

        if (++n_elements > SYL_PACK_MAX_ELEMENTS)
          return scan_fail (scan, SYL_PACK_ERROR_LIMIT, tag,
                            "the file has more than %u elements; split the questions over"
                            " several files of a folder pack (questions/*.xml)",
                            SYL_PACK_MAX_ELEMENTS);

        /* The loader reads a child of the root, or a question of
         * <pack><questions>, as a whole: its elements are counted. */
        if (part_depth == 0 &&
            (depth == 1 || (depth == 2 && local_name_is (data + open[1].offset + 1,
                                                         open[1].name_length, "questions"))) &&
            !(depth == 1 && local_name_is (data + name, name_length, "questions")))
          {
            part_depth = depth + 1;
            part_offset = tag;
            part_elements = 0;
          }
        if (part_depth != 0 && ++part_elements > SYL_PACK_MAX_ELEMENTS_PER_PART)
          return scan_fail (scan, SYL_PACK_ERROR_LIMIT, part_offset,
                            "this element holds more than %u elements; no part of a pack"
                            " (a domain, the appendix, a question) needs that many",
                            SYL_PACK_MAX_ELEMENTS_PER_PART);
        if (empty)
          {
            if (depth + 1 == part_depth)
              part_depth = 0;
            continue;
          }

        if (depth == SYL_PACK_MAX_DEPTH)
          return scan_fail (scan, SYL_PACK_ERROR_LIMIT, tag,
                            "elements are nested more than %u deep here; a pack needs 5",
                            SYL_PACK_MAX_DEPTH);
        open[depth].offset = tag;
        open[depth].name_length = name_length;
        depth++;
      }
    }

  if (depth > 0 && well_formed)
    {
      const OpenElement *last = &open[depth - 1];

      return scan_fail (scan, SYL_PACK_ERROR_MALFORMED, last->offset,
                        "the file ends before <%.*s>, which starts here, is closed; it is"
                        " truncated (copy it again), or its closing tag </%.*s> is missing",
                        (int)MIN (last->name_length, 64), data + last->offset + 1,
                        (int)MIN (last->name_length, 64), data + last->offset + 1);
    }

  return TRUE;
}

/**
 * syl_pack_scan_dup_normalized:
 * @data: a file
 * @length: its length
 * @normalized_length: (out): the length of the result
 *
 * Turns CR LF and a lone CR into LF, as an XML parser does (XML 1.0,
 * 2.11). libxml2 does it too, but counts lines by LF only: a file with
 * CR line ends had every error on line 1.
 *
 * Returns: (transfer full) (nullable): the normalised copy, or %NULL if
 *   @data has no CR and can be used as it is
 */
char *
syl_pack_scan_dup_normalized (const char *data,
                              gsize       length,
                              gsize      *normalized_length)
{
  const char *cr = memchr (data, '\r', length);
  char *out;
  gsize n;

  if (cr == NULL)
    return NULL;

  out = g_malloc (length + 1);
  n = cr - data;
  memcpy (out, data, n);
  for (gsize i = n; i < length; i++)
    {
      if (data[i] != '\r')
        out[n++] = data[i];
      else
        {
          out[n++] = '\n';
          if (i + 1 < length && data[i + 1] == '\n')
            i++;
        }
    }
  out[n] = '\0';
  *normalized_length = n;

  return out;
}

/**
 * syl_pack_scan:
 * @data: a file, its line ends normalised (syl_pack_scan_dup_normalized())
 * @length: its length, at most %SYL_PACK_MAX_FILE_SIZE
 * @line: (out): the line of the problem, when there is one
 * @error: return location for a #SYL_PACK_ERROR, whose message does not
 *   name the file
 *
 * Checks a pack file before it is parsed: not empty, UTF-8, no DOCTYPE,
 * and within the limits of syl-pack-scan.h.
 *
 * Returns: %TRUE if the file may be parsed
 */
gboolean
syl_pack_scan (const char  *data,
               gsize        length,
               guint       *line,
               GError     **error)
{
  Scan scan = { data, length, 0, NULL };

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (line != NULL, FALSE);

  if (check_bytes (&scan) && check_prolog (&scan) && check_markup (&scan))
    return TRUE;

  *line = scan.line;
  g_propagate_error (error, scan.error);
  return FALSE;
}
