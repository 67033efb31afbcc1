/* syl-export.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a pack in the formats of other tools: one module each
 * (syl-export-gift.c, -csv.c, -qti.c, -anki.c, and -pack.c for our own),
 * chosen here by name, and written to a file in one step.
 */

#define G_LOG_DOMAIN "syl-export"

#include "config.h"

#include <string.h>

#include "syl-export-anki.h"
#include "syl-export-csv.h"
#include "syl-export-gift.h"
#include "syl-export-pack.h"
#include "syl-export-qti.h"
#include "syl-export.h"

G_DEFINE_QUARK (syl-export-error-quark, syl_export_error)

static const struct
{
  SylExportFormat  format;
  const char      *name;
  const char      *extension;
} formats[] = {
  { SYL_EXPORT_FORMAT_PACK, "pack", "xml" },
  { SYL_EXPORT_FORMAT_GIFT, "gift", "gift" },
  { SYL_EXPORT_FORMAT_CSV, "csv", "csv" },
  { SYL_EXPORT_FORMAT_QTI, "qti", "zip" },
  { SYL_EXPORT_FORMAT_ANKI, "anki", "txt" },
};

gboolean
syl_export_format_from_name (const char      *name,
                             SylExportFormat *format)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }

  return FALSE;
}

const char *
syl_export_format_to_name (SylExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].name;

  g_return_val_if_reached (NULL);
}

/**
 * syl_export_format_get_extension:
 *
 * Returns: the usual file extension of @format, without the dot
 */
const char *
syl_export_format_get_extension (SylExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].extension;

  g_return_val_if_reached (NULL);
}

/**
 * syl_export_append_xml:
 * @out: where to append
 * @text: (nullable): text, UTF-8
 *
 * Appends @text escaped for XML text and attribute values.
 */
void
syl_export_append_xml (GString    *out,
                       const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

static GBytes *
take_string (char *text)
{
  gsize length = strlen (text);

  return g_bytes_new_take (text, length);
}

/**
 * syl_export:
 * @pack: a loaded pack
 * @format: the format to write
 * @error: return location for a #SYL_EXPORT_ERROR
 *
 * Returns: (transfer full): the file's bytes, or %NULL
 */
GBytes *
syl_export (SylPack          *pack,
            SylExportFormat   format,
            GError          **error)
{
  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  switch (format)
    {
    case SYL_EXPORT_FORMAT_PACK:
      return syl_export_pack (pack, NULL);
    case SYL_EXPORT_FORMAT_GIFT:
      return take_string (syl_export_gift (pack));
    case SYL_EXPORT_FORMAT_CSV:
      {
        char *csv = syl_export_csv (pack, error);

        return csv != NULL ? take_string (csv) : NULL;
      }
    case SYL_EXPORT_FORMAT_ANKI:
      return take_string (syl_export_anki (pack));
    case SYL_EXPORT_FORMAT_QTI:
      return syl_export_qti (pack, error);
    default:
      g_set_error (error, SYL_EXPORT_ERROR, SYL_EXPORT_ERROR_FAILED, "unknown export format");
      return NULL;
    }
}

/**
 * syl_export_to_file:
 * @pack: a loaded pack
 * @format: the format to write
 * @path: the file to write; replaced in one step, so an export that fails
 *   leaves an older file as it was
 * @error: return location for a #SYL_EXPORT_ERROR
 *
 * Returns: %TRUE when @path holds the export
 */
gboolean
syl_export_to_file (SylPack          *pack,
                    SylExportFormat   format,
                    const char       *path,
                    GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (SYL_IS_PACK (pack), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = syl_export (pack, format, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (!g_file_set_contents (path, data, length, &local_error))
    {
      g_set_error (error, SYL_EXPORT_ERROR, SYL_EXPORT_ERROR_WRITE, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}
