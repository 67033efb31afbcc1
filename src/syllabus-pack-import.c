/* syllabus-pack-import.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* syllabus-pack import FORMAT FILE -o OUT: a GIFT, Aiken, CSV or QTI file
 * made into a pack file, validated like any pack (docs/import.md). */

#define G_LOG_DOMAIN "syllabus-pack"

#include "config.h"

#include "syl-import.h"
#include "syllabus-pack-tool.h"

int
syl_pack_tool_run_import (int    argc,
                          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FORMAT FILE");
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *language = NULL;
  SylImportOptions options = { 0, };
  SylImportFormat format;
  const char *data;
  gsize length;
  int exam_questions = 0, minutes = 0, pass_percent = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the pack to OUT", "OUT" },
    { "exam-questions", 0, 0, G_OPTION_ARG_INT, &exam_questions,
      "Questions per exam (default: every question, up to 65)", "N" },
    { "minutes", 0, 0, G_OPTION_ARG_INT, &minutes,
      "Minutes per exam (default: 2 per question)", "N" },
    { "pass-percent", 0, 0, G_OPTION_ARG_INT, &pass_percent,
      "Share of right answers that passes, 1–100 (default: 72)", "N" },
    { "id", 0, 0, G_OPTION_ARG_STRING, &id, "The pack's id (default: from the file name)", "ID" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "The pack's title (default: the file name)", "TITLE" },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, "The language of the questions (default: en)", "LANG" },
    { NULL }
  };
  int ret;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
                                "Convert questions of another tool into a Syllabus pack file.\n"
                                "FORMAT is gift, aiken, csv, qti (an item file or a content package\n"
                                "zip) or auto. Kinds of question Syllabus cannot show are left out,\n"
                                "each with a warning naming its line; any other problem stops the\n"
                                "import and nothing is written. See docs/import.md.\n"
                                "Exit status: 0 written, 1 problems, 2 usage error.");
  ret = syl_pack_tool_parse_command (context, &argc, &argv, 2, 2);
  if (ret >= 0)
    return ret;

  if (g_ascii_strcasecmp (argv[1], "auto") == 0)
    format = SYL_IMPORT_FORMAT_UNKNOWN;
  else
    {
      format = syl_import_format_from_name (argv[1]);
      if (format == SYL_IMPORT_FORMAT_UNKNOWN || format == SYL_IMPORT_FORMAT_PACK)
        {
          syl_pack_tool_usage_error (context, "FORMAT must be gift, aiken, csv, qti or auto");
          return EXIT_USAGE;
        }
    }
  if (output == NULL)
    {
      syl_pack_tool_usage_error (context, "missing -o OUT");
      return EXIT_USAGE;
    }
  if (exam_questions < 0 || minutes < 0 || pass_percent < 0)
    {
      syl_pack_tool_usage_error (context, "--exam-questions, --minutes and --pass-percent take"
                                 " positive numbers");
      return EXIT_USAGE;
    }

  options.id = id;
  options.title = title;
  options.language = language;
  options.exam_questions = exam_questions;
  options.minutes = minutes;
  options.pass_percent = pass_percent;

  result = syl_import_file (format, argv[2], &options, &error);
  if (result == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_PROBLEMS;
    }

  for (guint i = 0; result->warnings[i] != NULL; i++)
    g_printerr ("warning: %s\n", result->warnings[i]);

  data = g_bytes_get_data (result->xml, &length);
  if (!g_file_set_contents (output, data, length, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_PROBLEMS;
    }

  g_print ("%s: %u questions from %s (%s)%s → %s\n",
           syl_pack_get_id (result->pack),
           g_list_model_get_n_items (syl_pack_get_questions (result->pack)),
           argv[2], syl_import_format_to_name (result->format),
           result->n_skipped > 0 ? ", some left out (see the warnings)" : "", output);
  return EXIT_OK;
}
