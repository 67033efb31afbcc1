/* syllabus-pack-export.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* syllabus-pack export gift|csv|qti|anki|pack PACK -o OUT: a pack in the
 * format of another tool (docs/import.md). */

#define G_LOG_DOMAIN "syllabus-pack"

#include "config.h"

#include "syl-export.h"
#include "syllabus-pack-tool.h"

int
syl_pack_tool_run_export (int    argc,
                          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FORMAT PACK");
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  SylExportFormat format;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the export to OUT", "OUT" },
    { NULL }
  };
  int ret;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
                                "Write a pack's questions for another tool. FORMAT is\n"
                                "  gift   Moodle GIFT text\n"
                                "  csv    a spreadsheet (the layout syllabus-pack import reads)\n"
                                "  qti    an IMS QTI 2.1 content package (zip)\n"
                                "  anki   flashcards: tab-separated text for Anki's import\n"
                                "  pack   the pack as one Syllabus pack file\n"
                                "Exit status: 0 written, 1 problems, 2 usage error.");
  ret = syl_pack_tool_parse_command (context, &argc, &argv, 2, 2);
  if (ret >= 0)
    return ret;

  if (!syl_export_format_from_name (argv[1], &format))
    {
      syl_pack_tool_usage_error (context, "FORMAT must be gift, csv, qti, anki or pack");
      return EXIT_USAGE;
    }
  if (output == NULL)
    {
      syl_pack_tool_usage_error (context, "missing -o OUT");
      return EXIT_USAGE;
    }

  pack = syl_pack_tool_load (argv[2]);
  if (pack == NULL)
    return EXIT_PROBLEMS;

  if (!syl_export_to_file (pack, format, output, &error))
    {
      g_printerr ("%s: %s\n", output, error->message);
      return EXIT_PROBLEMS;
    }

  g_print ("%s: %u questions as %s → %s\n", syl_pack_get_id (pack),
           g_list_model_get_n_items (syl_pack_get_questions (pack)),
           syl_export_format_to_name (format), output);
  return EXIT_OK;
}
