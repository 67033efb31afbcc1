/* syllabus-pack.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* syllabus-pack: check a content pack with no display.
 *
 *   syllabus-pack validate PATH…     exit 0 if every pack is valid
 *   syllabus-pack stats [--json] PATH
 *   syllabus-pack lint PATH          exit 0 if there is nothing to say
 *   syllabus-pack install PATH       into the learner's pack folder
 *   syllabus-pack uninstall ID
 *   syllabus-pack import FORMAT FILE -o OUT
 *   syllabus-pack export FORMAT PACK -o OUT
 *
 * Exit status 2 is a usage error. */

#define G_LOG_DOMAIN "syllabus-pack"

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>

#include <glib/gi18n.h>

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-pack-lint.h"
#include "syl-pack-loader.h"
#include "syl-pack.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"
#include "syllabus-pack-tool.h"

static const char *commands_summary =
  "Commands:\n"
  "  validate PATH…   check packs; prints \"PATH: valid (N questions)\" or the errors\n"
  "  stats PATH       questions per domain, task statement, type and service\n"
  "  lint PATH        quality errors and warnings that validation cannot catch\n"
  "  install PATH     validate and install into the learner's pack folder\n"
  "  uninstall ID     remove an installed pack from the learner's pack folder\n"
  "  import FORMAT FILE -o OUT   convert GIFT, Aiken, CSV or QTI into a pack\n"
  "  export FORMAT PACK -o OUT   write a pack as GIFT, CSV, QTI or Anki cards\n"
  "\n"
  "PATH is a pack file (*.xml) or a folder with pack.xml and questions/*.xml.\n"
  "Run \"syllabus-pack COMMAND --help\" for a command's options.\n"
  "Exit status: 0 success, 1 invalid pack or warnings, 2 usage error.";

void
syl_pack_tool_usage_error (GOptionContext *context,
                           const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("syllabus-pack: %s\n\n%s", message, help);
}

/* Parses a command's options; returns -1 to go on, else an exit status. */
int
syl_pack_tool_parse_command (GOptionContext  *context,
                             int             *argc,
                             char          ***argv,
                             int              min_paths,
                             int              max_paths)
{
  g_autoptr(GError) error = NULL;
  int n_paths;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      syl_pack_tool_usage_error (context, error->message);
      return EXIT_USAGE;
    }

  n_paths = *argc - 1;
  if (n_paths < min_paths)
    {
      syl_pack_tool_usage_error (context, "missing PATH");
      return EXIT_USAGE;
    }
  if (max_paths > 0 && n_paths > max_paths)
    {
      syl_pack_tool_usage_error (context, "too many arguments");
      return EXIT_USAGE;
    }

  return -1;
}

SylPack *
syl_pack_tool_load (const char *path)
{
  g_autoptr(GError) error = NULL;
  SylPack *pack = syl_pack_load (path, &error);

  if (pack == NULL)
    g_printerr ("%s\n", error->message);

  return pack;
}

/* validate */

static int
run_validate (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("PATH…");
  int status = EXIT_OK;
  int ret;

  g_option_context_set_summary (context,
                                "Check that each pack follows the schema and the rules of the format.\n"
                                "Errors go to stderr as FILE:LINE: message, one per line.\n"
                                "Exit status: 0 all valid, 1 some invalid, 2 usage error.");
  ret = syl_pack_tool_parse_command (context, &argc, &argv, 1, 0);
  if (ret >= 0)
    return ret;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(SylPack) pack = syl_pack_tool_load (argv[i]);

      if (pack == NULL)
        {
          status = EXIT_PROBLEMS;
          continue;
        }
      g_print ("%s: valid (%u questions)\n", argv[i],
               g_list_model_get_n_items (syl_pack_get_questions (pack)));
    }

  return status;
}

/* stats */

static guint
count_for_task (SylPack *pack,
                SylTask *task)
{
  g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_task (pack, task);

  return questions->len;
}

static guint
count_for_domain (SylPack   *pack,
                  SylDomain *domain)
{
  g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_domain (pack, domain);

  return questions->len;
}

static guint
count_for_service (SylPack    *pack,
                   SylService *service)
{
  g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_service (pack, service);

  return questions->len;
}

static void
count_types (SylPack *pack,
             guint   *n_single,
             guint   *n_multiple)
{
  GListModel *questions = syl_pack_get_questions (pack);

  *n_single = *n_multiple = 0;
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);

      if (syl_question_get_question_type (question) == SYL_QUESTION_SINGLE)
        (*n_single)++;
      else
        (*n_multiple)++;
    }
}

/* Every service of the appendix, in file order. */
static GPtrArray *
dup_all_services (SylPack *pack)
{
  GListModel *categories = syl_pack_get_categories (pack);
  GPtrArray *services = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, i);
      GListModel *list = syl_category_get_services (category);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        g_ptr_array_add (services, g_list_model_get_item (list, j));
    }

  return services;
}

static void
json_append_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char)c);
        }
    }
  g_string_append_c (out, '"');
}

static void
json_append_key (GString    *out,
                 const char *key)
{
  json_append_string (out, key);
  g_string_append_c (out, ':');
}

static char *
stats_json (SylPack *pack)
{
  g_autoptr(GPtrArray) services = dup_all_services (pack);
  GListModel *domains = syl_pack_get_domains (pack);
  GString *out = g_string_new ("{");
  gboolean first;
  guint n_single, n_multiple;

  count_types (pack, &n_single, &n_multiple);

  json_append_key (out, "pack");
  json_append_string (out, syl_pack_get_id (pack));
  g_string_append_printf (out, ",\"version\":%u,", syl_pack_get_version (pack));
  json_append_key (out, "title");
  json_append_string (out, syl_pack_get_title (pack));
  g_string_append_printf (out, ",\"questions\":%u,\"types\":{\"single\":%u,\"multiple\":%u},",
                          g_list_model_get_n_items (syl_pack_get_questions (pack)),
                          n_single, n_multiple);

  json_append_key (out, "domains");
  g_string_append_c (out, '[');
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);
      GListModel *tasks = syl_domain_get_tasks (domain);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"id\":");
      json_append_string (out, syl_domain_get_id (domain));
      g_string_append (out, ",\"title\":");
      json_append_string (out, syl_domain_get_title (domain));
      g_string_append_printf (out, ",\"weight\":%u,\"questions\":%u,\"tasks\":[",
                              syl_domain_get_weight (domain), count_for_domain (pack, domain));
      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, j);

          if (j > 0)
            g_string_append_c (out, ',');
          g_string_append (out, "{\"id\":");
          json_append_string (out, syl_task_get_id (task));
          g_string_append (out, ",\"title\":");
          json_append_string (out, syl_task_get_title (task));
          g_string_append_printf (out, ",\"questions\":%u}", count_for_task (pack, task));
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "],");

  json_append_key (out, "services");
  g_string_append_c (out, '[');
  for (guint i = 0; i < services->len; i++)
    {
      SylService *service = g_ptr_array_index (services, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"id\":");
      json_append_string (out, syl_service_get_id (service));
      g_string_append (out, ",\"name\":");
      json_append_string (out, syl_service_get_name (service));
      g_string_append_printf (out, ",\"questions\":%u}", count_for_service (pack, service));
    }
  g_string_append (out, "],");

  json_append_key (out, "unreferenced_services");
  g_string_append_c (out, '[');
  first = TRUE;
  for (guint i = 0; i < services->len; i++)
    {
      SylService *service = g_ptr_array_index (services, i);

      if (count_for_service (pack, service) > 0)
        continue;
      if (!first)
        g_string_append_c (out, ',');
      json_append_string (out, syl_service_get_id (service));
      first = FALSE;
    }
  g_string_append (out, "]}");

  return g_string_free (out, FALSE);
}

static void
stats_text (SylPack *pack)
{
  g_autoptr(GPtrArray) services = dup_all_services (pack);
  GListModel *domains = syl_pack_get_domains (pack);
  guint n_single, n_multiple, n_unreferenced = 0;

  count_types (pack, &n_single, &n_multiple);

  g_print ("%s (version %u): %s\n", syl_pack_get_id (pack), syl_pack_get_version (pack),
           syl_pack_get_title (pack));
  g_print ("%u questions: %u single, %u multiple\n\n",
           g_list_model_get_n_items (syl_pack_get_questions (pack)), n_single, n_multiple);

  g_print ("Questions per domain and task statement:\n");
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);
      GListModel *tasks = syl_domain_get_tasks (domain);

      g_print ("  %-6s %5u  %s (%u %%)\n", syl_domain_get_id (domain),
               count_for_domain (pack, domain), syl_domain_get_title (domain),
               syl_domain_get_weight (domain));
      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, j);

          g_print ("    %-6s %3u  %s\n", syl_task_get_id (task), count_for_task (pack, task),
                   syl_task_get_title (task));
        }
    }

  g_print ("\nQuestions per service:\n");
  for (guint i = 0; i < services->len; i++)
    {
      SylService *service = g_ptr_array_index (services, i);
      guint n = count_for_service (pack, service);

      if (n == 0)
        n_unreferenced++;
      else
        g_print ("  %-32s %4u  %s\n", syl_service_get_id (service), n, syl_service_get_name (service));
    }

  g_print ("\nServices of the appendix that no question references (%u):\n", n_unreferenced);
  for (guint i = 0; i < services->len; i++)
    {
      SylService *service = g_ptr_array_index (services, i);

      if (count_for_service (pack, service) == 0)
        g_print ("  %-32s %s\n", syl_service_get_id (service), syl_service_get_name (service));
    }
}

static int
run_stats (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("PATH");
  g_autoptr(SylPack) pack = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print one JSON object", NULL },
    { NULL }
  };
  int ret;

  g_option_context_set_summary (context,
                                "Count questions per domain, task statement, type and service, and list\n"
                                "the services of the appendix that no question references.");
  g_option_context_add_main_entries (context, entries, NULL);
  ret = syl_pack_tool_parse_command (context, &argc, &argv, 1, 1);
  if (ret >= 0)
    return ret;

  pack = syl_pack_tool_load (argv[1]);
  if (pack == NULL)
    return EXIT_PROBLEMS;

  if (json)
    {
      g_autofree char *text = stats_json (pack);

      g_print ("%s\n", text);
    }
  else
    stats_text (pack);

  return EXIT_OK;
}

/* lint */

static int
run_lint (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("PATH");
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  guint n_errors = 0;
  int ret;

  g_option_context_set_summary (context,
                                "Check what a validator cannot: every question cites a page of\n"
                                "documentation, no \"all/none of the above\" (errors); short stems, an\n"
                                "option much longer than the others, the right option the longest too\n"
                                "often, keys piled on one position, services named but not referenced,\n"
                                "a multiple-response stem without \"(Choose two.)\", duplicate stems,\n"
                                "task statements with few questions, and questions not shaped like an\n"
                                "exam's (options, whys, explanation) (warnings). docs/pack-format.md\n"
                                "lists the rules. One finding per line: FILE:LINE: warning|error: … [rule]\n"
                                "Exit status: 0 nothing found, 1 findings or an invalid pack, 2 usage error.");
  ret = syl_pack_tool_parse_command (context, &argc, &argv, 1, 1);
  if (ret >= 0)
    return ret;

  pack = syl_pack_tool_load (argv[1]);
  if (pack == NULL)
    return EXIT_PROBLEMS;

  findings = syl_pack_lint (pack);
  for (guint i = 0; i < findings->len; i++)
    {
      SylLintFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *line = syl_lint_finding_format (finding);

      g_print ("%s\n", line);
      if (finding->severity == SYL_LINT_ERROR)
        n_errors++;
    }

  if (findings->len > 0)
    {
      g_printerr ("%s: %u errors, %u warnings\n", argv[1], n_errors, findings->len - n_errors);
      return EXIT_PROBLEMS;
    }

  g_print ("%s: no warnings\n", argv[1]);
  return EXIT_OK;
}

int
main (int   argc,
      char *argv[])
{
  const char *command;

  /* Past a file size limit (ulimit -f), a write fails with EFBIG and is
   * reported like a full disk, rather than the signal ending the program
   * in the middle of an import or an answer. */
  signal (SIGXFSZ, SIG_IGN);
  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      g_printerr ("Usage: syllabus-pack COMMAND [OPTION…] PATH…\n\n%s\n", commands_summary);
      return EXIT_USAGE;
    }

  command = argv[1];
  if (g_str_equal (command, "--help") || g_str_equal (command, "-h") || g_str_equal (command, "help"))
    {
      g_print ("Usage: syllabus-pack COMMAND [OPTION…] PATH…\n\n"
               "Check Syllabus content packs.\n\n%s\n", commands_summary);
      return EXIT_OK;
    }
  if (g_str_equal (command, "--version"))
    {
      g_print ("syllabus-pack %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  /* The command takes the place of the program name for option parsing. */
  if (g_str_equal (command, "validate"))
    {
      g_set_prgname ("syllabus-pack validate");
      return run_validate (argc - 1, argv + 1);
    }
  if (g_str_equal (command, "stats"))
    {
      g_set_prgname ("syllabus-pack stats");
      return run_stats (argc - 1, argv + 1);
    }
  if (g_str_equal (command, "lint"))
    {
      g_set_prgname ("syllabus-pack lint");
      return run_lint (argc - 1, argv + 1);
    }
  if (g_str_equal (command, "install"))
    {
      g_set_prgname ("syllabus-pack install");
      return syl_pack_tool_run_install (argc - 1, argv + 1);
    }
  if (g_str_equal (command, "uninstall"))
    {
      g_set_prgname ("syllabus-pack uninstall");
      return syl_pack_tool_run_uninstall (argc - 1, argv + 1);
    }
  if (g_str_equal (command, "import"))
    {
      g_set_prgname ("syllabus-pack import");
      return syl_pack_tool_run_import (argc - 1, argv + 1);
    }
  if (g_str_equal (command, "export"))
    {
      g_set_prgname ("syllabus-pack export");
      return syl_pack_tool_run_export (argc - 1, argv + 1);
    }

  g_printerr ("syllabus-pack: unknown command \"%s\"\n\nUsage: syllabus-pack COMMAND [OPTION…] PATH…\n\n%s\n",
              command, commands_summary);
  return EXIT_USAGE;
}
