/* syl-export.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"

G_BEGIN_DECLS

#define SYL_EXPORT_ERROR (syl_export_error_quark ())

/**
 * SylExportError:
 * @SYL_EXPORT_ERROR_FAILED: the export could not be made (the message
 *   says why)
 * @SYL_EXPORT_ERROR_WRITE: the file could not be written
 *
 * Errors of the exporters.
 */
typedef enum
{
  SYL_EXPORT_ERROR_FAILED,
  SYL_EXPORT_ERROR_WRITE,
} SylExportError;

/**
 * SylExportFormat:
 * @SYL_EXPORT_FORMAT_PACK: a single-file Syllabus pack
 * @SYL_EXPORT_FORMAT_GIFT: Moodle GIFT text
 * @SYL_EXPORT_FORMAT_CSV: the spreadsheet layout of docs/import.md
 * @SYL_EXPORT_FORMAT_QTI: an IMS QTI 2.1 content package (zip)
 * @SYL_EXPORT_FORMAT_ANKI: tab-separated notes with Anki's header lines
 */
typedef enum
{
  SYL_EXPORT_FORMAT_PACK,
  SYL_EXPORT_FORMAT_GIFT,
  SYL_EXPORT_FORMAT_CSV,
  SYL_EXPORT_FORMAT_QTI,
  SYL_EXPORT_FORMAT_ANKI,
} SylExportFormat;

GQuark      syl_export_error_quark         (void);
gboolean    syl_export_format_from_name    (const char       *name,
                                            SylExportFormat  *format);
const char *syl_export_format_to_name      (SylExportFormat   format);
const char *syl_export_format_get_extension (SylExportFormat  format);
GBytes     *syl_export                     (SylPack          *pack,
                                            SylExportFormat   format,
                                            GError          **error);
gboolean    syl_export_to_file             (SylPack          *pack,
                                            SylExportFormat   format,
                                            const char       *path,
                                            GError          **error);
void        syl_export_append_xml          (GString          *out,
                                            const char       *text);

G_END_DECLS
