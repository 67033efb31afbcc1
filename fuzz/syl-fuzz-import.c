/* syl-fuzz-import.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every importer's fuzz target checks, and what tests/
 * test-import-fuzz-inputs.c checks on the seeds and on every crash input
 * kept: an import gives a pack or an error, never both or neither; every
 * line of an error and every warning names the file; a pack it gives has
 * questions, loads again from the bytes it was written as, and can be
 * exported in every format. Anything else aborts, which libFuzzer counts
 * as a crash.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "syl-export.h"
#include "syl-fuzz-import.h"
#include "syl-pack-loader.h"

static void
check_names_file (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], SYL_FUZZ_IMPORT_NAME))
      {
        /* abort(), not g_error(): libFuzzer keeps the input of an abort. */
        g_printerr ("a message line does not name the file: \"%s\" in:\n%s\n", lines[i], text);
        abort ();
      }
}

void
syl_fuzz_import_check (SylImportFormat  format,
                       const guint8    *data,
                       gsize            size)
{
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) again = NULL;
  const char *xml;
  gsize xml_length;

  result = syl_import_data (format, (const char *)data, size, SYL_FUZZ_IMPORT_NAME, NULL, &error);
  g_assert_true ((result == NULL) != (error == NULL));

  if (result == NULL)
    {
      g_assert_true (error->domain == SYL_IMPORT_ERROR);
      g_assert_cmpuint (strlen (error->message), >, 0);
      check_names_file (error->message);
      return;
    }

  g_assert_nonnull (result->pack);
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (result->pack)), >, 0);
  g_assert_cmpuint (syl_pack_get_scored (result->pack), >, 0);
  for (guint i = 0; result->warnings[i] != NULL; i++)
    check_names_file (result->warnings[i]);

  xml = g_bytes_get_data (result->xml, &xml_length);
  again = syl_pack_load_from_data (xml, xml_length, "again", &error);
  g_assert_no_error (error);

  for (SylExportFormat f = SYL_EXPORT_FORMAT_PACK; f <= SYL_EXPORT_FORMAT_ANKI; f++)
    {
      g_autoptr(GBytes) exported = syl_export (again, f, &error);

      g_assert_no_error (error);
      g_assert_nonnull (exported);
    }
}
