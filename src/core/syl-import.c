/* syl-import.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turning a file of another tool into a pack: recognise the format, read
 * the questions (syl-import-gift.c, -aiken.c, -csv.c, -qti.c), build a
 * pack model (syl-import-bank.c), write it as a pack file
 * (syl-export-pack.c) and load that like any pack, so that an imported
 * pack is checked by the same validator as every other. Nothing is
 * written to disk here: installing is the installer's job, and only a
 * pack that loaded gets that far.
 */

#define G_LOG_DOMAIN "syl-import"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "syl-export-pack.h"
#include "syl-import-aiken.h"
#include "syl-import-archive.h"
#include "syl-import-bank.h"
#include "syl-import-csv.h"
#include "syl-import-gift.h"
#include "syl-import-qti.h"
#include "syl-import.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-safe-file.h"

/* Bytes of a file looked at to recognise its format. */
#define SNIFF_SIZE 4096

static const struct
{
  SylImportFormat  format;
  const char      *name;
} format_names[] = {
  { SYL_IMPORT_FORMAT_PACK, "pack" },
  { SYL_IMPORT_FORMAT_GIFT, "gift" },
  { SYL_IMPORT_FORMAT_AIKEN, "aiken" },
  { SYL_IMPORT_FORMAT_CSV, "csv" },
  { SYL_IMPORT_FORMAT_QTI, "qti" },
};

/**
 * syl_import_format_from_name:
 * @name: "gift", "aiken", "csv", "qti" or "pack" (any case)
 *
 * Returns: the format, or %SYL_IMPORT_FORMAT_UNKNOWN
 */
SylImportFormat
syl_import_format_from_name (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i].name) == 0)
      return format_names[i].format;

  return SYL_IMPORT_FORMAT_UNKNOWN;
}

const char *
syl_import_format_to_name (SylImportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (format_names[i].format == format)
      return format_names[i].name;

  return "unknown";
}

/**
 * syl_import_format_has_outline:
 *
 * Returns: whether files of @format carry their own exam outline (only
 *   packs do); the others get the defaults or the learner's settings
 */
gboolean
syl_import_format_has_outline (SylImportFormat format)
{
  return format == SYL_IMPORT_FORMAT_PACK;
}

static gboolean
has_suffix (const char *name,
            const char *suffix)
{
  gsize name_length = strlen (name);
  gsize suffix_length = strlen (suffix);

  return name_length >= suffix_length &&
         g_ascii_strcasecmp (name + name_length - suffix_length, suffix) == 0;
}

/* The start of an XML file's root element, after the prolog. */
static const char *
find_root (const char *data,
           const char *end)
{
  const char *p = data;

  while (p < end)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (p + 1 >= end || *p != '<')
        return NULL;
      if (p[1] == '?' || p[1] == '!')
        {
          const char *close = memchr (p, '>', end - p);

          if (close == NULL)
            return NULL;
          p = close + 1;
          continue;
        }
      return p + 1;
    }

  return NULL;
}

static gboolean
starts_with_word (const char *p,
                  const char *end,
                  const char *word)
{
  gsize length = strlen (word);

  if ((gsize)(end - p) < length || memcmp (p, word, length) != 0)
    return FALSE;

  return p + length == end || !(g_ascii_isalnum (p[length]) || p[length] == '-' || p[length] == '_');
}

static SylImportFormat
detect_xml (const char *data,
            gsize       length)
{
  const char *end = data + length;
  const char *root = find_root (data, end);
  const char *colon;

  if (root == NULL)
    return SYL_IMPORT_FORMAT_UNKNOWN;

  /* A prefix (qti:assessmentItem) does not change what the root is. */
  colon = root;
  while (colon < end && colon - root < 64 && (g_ascii_isalnum (*colon) || *colon == '-' || *colon == '_'))
    colon++;
  if (colon < end && *colon == ':')
    root = colon + 1;

  if (starts_with_word (root, end, "pack") || starts_with_word (root, end, "questions"))
    return SYL_IMPORT_FORMAT_PACK;
  if (starts_with_word (root, end, "assessmentItem") || starts_with_word (root, end, "qti-assessment-item") ||
      starts_with_word (root, end, "assessmentTest") || starts_with_word (root, end, "qti-assessment-test") ||
      starts_with_word (root, end, "manifest") || starts_with_word (root, end, "questestinterop"))
    return SYL_IMPORT_FORMAT_QTI;

  return SYL_IMPORT_FORMAT_UNKNOWN;
}

/* Text that is GIFT (answers in braces, titles, categories) or Aiken
 * (A. lines and ANSWER:), judged on its first lines. */
static SylImportFormat
detect_text (const char *data,
             gsize       length)
{
  g_autofree char *head = g_strndup (data, MIN (length, SNIFF_SIZE));
  g_auto(GStrv) lines = g_strsplit_set (head, "\r\n", -1);
  guint n_answer = 0, n_option = 0, n_gift = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      while (g_ascii_isspace (*line))
        line++;
      if (g_ascii_strncasecmp (line, "ANSWER:", 7) == 0)
        n_answer++;
      else if (g_ascii_isupper (line[0]) && (line[1] == '.' || line[1] == ')') && line[2] == ' ')
        n_option++;
      if (g_str_has_prefix (line, "::") || g_str_has_prefix (line, "$CATEGORY:") ||
          (strchr (line, '{') != NULL && strpbrk (line, "=~}") != NULL) ||
          line[0] == '=' || line[0] == '~' || line[0] == '}')
        n_gift++;
    }

  if (n_answer > 0 && n_option >= 2)
    return SYL_IMPORT_FORMAT_AIKEN;
  if (n_gift > 0)
    return SYL_IMPORT_FORMAT_GIFT;

  return SYL_IMPORT_FORMAT_UNKNOWN;
}

static gboolean
looks_like_csv_header (const char *data,
                       gsize       length)
{
  g_autofree char *first = NULL;
  const char *end = data;

  while ((gsize)(end - data) < MIN (length, SNIFF_SIZE) && *end != '\n' && *end != '\r')
    end++;
  first = g_ascii_strdown (data, end - data);

  return strstr (first, "stem") != NULL && strstr (first, "option") != NULL &&
         strstr (first, "correct") != NULL;
}

/**
 * syl_import_detect_format:
 * @file_name: (nullable): the file's name, for its extension
 * @data: the file's first bytes (or all of them)
 * @length: how many
 *
 * Recognises a file to import, from its content first and its name
 * second: a zip is a QTI package; XML is a pack or QTI by its root
 * element; `.csv` (or a first row naming stem, option and correct
 * columns) is CSV; `.gift` is GIFT; other text is Aiken or GIFT by what
 * its first lines look like.
 *
 * Returns: the format, or %SYL_IMPORT_FORMAT_UNKNOWN
 */
SylImportFormat
syl_import_detect_format (const char *file_name,
                          const char *data,
                          gsize       length)
{
  gsize start = 0;
  SylImportFormat format;

  g_return_val_if_fail (data != NULL || length == 0, SYL_IMPORT_FORMAT_UNKNOWN);

  if (syl_import_archive_looks_like_zip (data, length))
    return SYL_IMPORT_FORMAT_QTI;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    start = 3;

  format = detect_xml (data + start, length - start);
  if (format != SYL_IMPORT_FORMAT_UNKNOWN)
    return format;

  if (file_name != NULL)
    {
      if (has_suffix (file_name, ".zip"))
        return SYL_IMPORT_FORMAT_QTI;
      if (has_suffix (file_name, ".csv"))
        return SYL_IMPORT_FORMAT_CSV;
      if (has_suffix (file_name, ".gift"))
        return SYL_IMPORT_FORMAT_GIFT;
      if (has_suffix (file_name, ".aiken"))
        return SYL_IMPORT_FORMAT_AIKEN;
      if (has_suffix (file_name, ".xml"))
        return SYL_IMPORT_FORMAT_PACK;
    }

  if (looks_like_csv_header (data + start, length - start))
    return SYL_IMPORT_FORMAT_CSV;

  return detect_text (data + start, length - start);
}

/**
 * syl_import_detect_file:
 * @path: a file or a folder
 *
 * Like syl_import_detect_format() on the start of @path; a folder is a
 * folder pack. Reads only a regular file, and only its first bytes.
 *
 * Returns: the format, or %SYL_IMPORT_FORMAT_UNKNOWN when it cannot be
 *   told (or read: the import that follows says why)
 */
SylImportFormat
syl_import_detect_file (const char *path)
{
  g_autoptr(GBytes) head = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, SYL_IMPORT_FORMAT_UNKNOWN);

  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    return SYL_IMPORT_FORMAT_PACK;

  name = g_path_get_basename (path);
  head = syl_safe_file_read (path, SYL_IMPORT_MAX_FILE_SIZE, &error);
  if (head == NULL)
    return syl_import_detect_format (name, "", 0);

  return syl_import_detect_format (name, g_bytes_get_data (head, NULL),
                                   MIN (g_bytes_get_size (head), SNIFF_SIZE));
}

/**
 * syl_import_dup_id_for_name:
 * @file_name: a file's name or path
 *
 * Returns: (transfer full): a pack id made of the file's name without its
 *   extension: lower-case ASCII letters, digits and hyphens
 */
char *
syl_import_dup_id_for_name (const char *file_name)
{
  g_autofree char *title = syl_import_dup_title_for_name (file_name);
  g_autofree char *ascii = g_str_to_ascii (title, "C");
  GString *id = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && id->len < 48; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "imported");

  return g_string_free (id, FALSE);
}

/**
 * syl_import_dup_title_for_name:
 * @file_name: a file's name or path
 *
 * Returns: (transfer full): the file's name without its folder and
 *   extension, as UTF-8 on one line
 */
char *
syl_import_dup_title_for_name (const char *file_name)
{
  g_autofree char *base = g_path_get_basename (file_name != NULL ? file_name : "imported");
  g_autofree char *valid = g_utf8_make_valid (base, -1);
  char *dot = strrchr (valid, '.');
  GString *title = g_string_new (NULL);

  if (dot != NULL && dot != valid)
    *dot = '\0';
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (title, g_unichar_iscntrl (c) || c == '_' ? ' ' : c);
    }
  g_strstrip (title->str);
  if (title->str[0] == '\0')
    g_string_assign (title, "Imported questions");

  return g_string_free (title, FALSE);
}

void
syl_import_result_free (SylImportResult *result)
{
  if (result == NULL)
    return;

  g_clear_object (&result->pack);
  g_clear_pointer (&result->xml, g_bytes_unref);
  g_strfreev (result->warnings);
  g_free (result);
}

/* The loader's messages name lines of the converted pack, which the
 * learner never saw: each becomes the file and line of the question it
 * is about. */
static char *
dup_mapped_message (SylImportBank *bank,
                    SylPack       *model,
                    GArray        *question_lines,
                    const char    *display,
                    const char    *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);
  GListModel *questions = syl_pack_get_questions (model);
  GString *out = g_string_new (NULL);
  gsize prefix_length = strlen (display);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *location = NULL;

      if (i > 0)
        g_string_append_c (out, '\n');

      if (g_str_has_prefix (line, display) && line[prefix_length] == ':')
        {
          char *rest = NULL;
          guint64 number = g_ascii_strtoull (line + prefix_length + 1, &rest, 10);
          int question = -1;

          for (guint q = 0; q < question_lines->len; q++)
            if (g_array_index (question_lines, guint, q) <= number)
              question = q;
          if (question >= 0 && rest != NULL && *rest == ':')
            {
              g_autoptr(SylQuestion) item = g_list_model_get_item (questions, question);

              location = g_hash_table_lookup (bank->lines, syl_question_get_id (item));
              line = rest + 1;
            }
          else if (rest != NULL && *rest == ':')
            line = rest + 1;
        }

      g_string_append_printf (out, "%s:%s%s", location != NULL ? location : bank->source,
                              g_ascii_isspace (*line) ? "" : " ", line);
    }

  return g_string_free (out, FALSE);
}

/**
 * syl_import_data:
 * @format: how to read @data; not %SYL_IMPORT_FORMAT_PACK (packs are
 *   installed as they are) nor %SYL_IMPORT_FORMAT_UNKNOWN
 * @data: the file's bytes
 * @length: their number
 * @display_name: the file's name in messages
 * @options: (nullable): id, title and exam settings; the id and title
 *   default to ones made of @display_name
 * @error: return location for a #SYL_IMPORT_ERROR
 *
 * Converts a file of another tool into a pack and validates it. Questions
 * of kinds Syllabus cannot show are left out and listed in the result's
 * warnings; any other problem fails the whole import, with every problem
 * listed as `FILE:LINE: …`.
 *
 * Returns: (transfer full): the converted pack, or %NULL
 */
SylImportResult *
syl_import_data (SylImportFormat          format,
                 const char              *data,
                 gsize                    length,
                 const char              *display_name,
                 const SylImportOptions  *options,
                 GError                 **error)
{
  g_autoptr(SylImportBank) bank = NULL;
  g_autoptr(SylPack) model = NULL;
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GArray) question_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *default_id = NULL;
  g_autofree char *default_title = NULL;
  g_autofree char *converted_name = NULL;
  SylImportOptions resolved = { 0, };
  SylImportResult *result;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = "<memory>";
  bank = syl_import_bank_new (display_name);

  if (length > SYL_IMPORT_MAX_FILE_SIZE)
    {
      g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_TOO_LARGE,
                   "%s: larger than %zu MiB; split it into several files", bank->source,
                   SYL_IMPORT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  switch (format)
    {
    case SYL_IMPORT_FORMAT_GIFT:
      syl_import_gift_read (bank, data != NULL ? data : "", length);
      break;

    case SYL_IMPORT_FORMAT_AIKEN:
      syl_import_aiken_read (bank, data != NULL ? data : "", length);
      break;

    case SYL_IMPORT_FORMAT_CSV:
      syl_import_csv_read (bank, data != NULL ? data : "", length);
      break;

    case SYL_IMPORT_FORMAT_QTI:
      syl_import_qti_read (bank, data != NULL ? data : "", length);
      break;

    case SYL_IMPORT_FORMAT_PACK:
    case SYL_IMPORT_FORMAT_UNKNOWN:
    default:
      g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_UNKNOWN_FORMAT,
                   "%s: not a GIFT, Aiken, CSV or QTI file", bank->source);
      return NULL;
    }

  if (options != NULL)
    resolved = *options;
  if (resolved.id == NULL)
    resolved.id = default_id = syl_import_dup_id_for_name (display_name);
  if (resolved.title == NULL || resolved.title[0] == '\0')
    resolved.title = default_title = syl_import_dup_title_for_name (display_name);

  model = syl_import_bank_build (bank, &resolved, error);
  if (model == NULL)
    return NULL;

  xml = syl_export_pack (model, question_lines);
  converted_name = g_strdup_printf ("%s (converted)", bank->source);
  pack = syl_pack_load_from_data (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml),
                                  converted_name, &local_error);
  if (pack == NULL)
    {
      g_autofree char *message = dup_mapped_message (bank, model, question_lines, converted_name,
                                                     local_error->message);

      g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_INVALID,
                   "%s", message);
      return NULL;
    }

  result = g_new0 (SylImportResult, 1);
  result->format = format;
  result->pack = g_steal_pointer (&pack);
  result->xml = g_steal_pointer (&xml);
  result->n_skipped = bank->n_skipped;
  g_ptr_array_add (bank->warnings, NULL);
  result->warnings = (GStrv)g_ptr_array_steal (bank->warnings, NULL);

  return result;
}

/**
 * syl_import_file:
 * @format: how to read @path, or %SYL_IMPORT_FORMAT_UNKNOWN to recognise it
 * @path: the file
 * @options: (nullable): as for syl_import_data()
 * @error: return location for a #SYL_IMPORT_ERROR
 *
 * Reads @path (a regular file of at most %SYL_IMPORT_MAX_FILE_SIZE bytes;
 * a FIFO or a device is refused without blocking) and converts it as
 * syl_import_data() does. Messages name the file by its base name.
 *
 * Returns: (transfer full): the converted pack, or %NULL
 */
SylImportResult *
syl_import_file (SylImportFormat          format,
                 const char              *path,
                 const SylImportOptions  *options,
                 GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_path_get_basename (path);
  bytes = syl_safe_file_read (path, SYL_IMPORT_MAX_FILE_SIZE, &local_error);
  if (bytes == NULL)
    {
      gboolean too_large = g_error_matches (local_error, SYL_SAFE_FILE_ERROR, SYL_SAFE_FILE_ERROR_TOO_LARGE);
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      /* The message names the path; a line break in it would look like
       * a second message. */
      for (char *p = message; *p != '\0'; p++)
        if ((guchar)*p < 0x20)
          *p = '?';
      g_set_error_literal (error, SYL_IMPORT_ERROR,
                           too_large ? SYL_IMPORT_ERROR_TOO_LARGE : SYL_IMPORT_ERROR_IO, message);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  if (format == SYL_IMPORT_FORMAT_UNKNOWN)
    format = syl_import_detect_format (name, data, length);
  if (format == SYL_IMPORT_FORMAT_UNKNOWN || format == SYL_IMPORT_FORMAT_PACK)
    {
      g_autoptr(SylImportBank) bank = syl_import_bank_new (name);

      g_set_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_UNKNOWN_FORMAT,
                   format == SYL_IMPORT_FORMAT_PACK ?
                   "%s: a Syllabus pack; install it as it is instead of converting it" :
                   "%s: not a GIFT, Aiken, CSV or QTI file that Syllabus recognises; name"
                   " the format (or give the file the extension .gift, .csv or .zip)",
                   bank->source);
      return NULL;
    }

  return syl_import_data (format, data, length, name, options, error);
}
