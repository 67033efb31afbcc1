/* syl-import-text.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* What the text importers (GIFT, Aiken, CSV) share: the encoding check,
 * lines that end in LF, CR LF or a lone CR, and HTML made plain text. */

#include <glib.h>

#include "syl-import-bank.h"

G_BEGIN_DECLS

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
} SylImportLines;

gboolean  syl_import_text_check      (SylImportBank   *bank,
                                      const char      *data,
                                      gsize            length,
                                      gsize           *start);
void      syl_import_lines_init      (SylImportLines  *lines,
                                      const char      *data,
                                      gsize            length);
gboolean  syl_import_lines_next      (SylImportLines  *lines,
                                      const char     **line,
                                      gsize           *line_length,
                                      guint           *line_number);
gboolean  syl_import_text_is_blank   (const char      *text,
                                      gsize            length);
char     *syl_import_text_from_html  (const char      *html);
gboolean  syl_import_text_has_markup (const char      *text);
char     *syl_import_text_dup_clean  (const char      *text,
                                      gssize           length);

G_END_DECLS
