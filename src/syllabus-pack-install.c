/* syllabus-pack-install.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* syllabus-pack install PATH and uninstall ID: the installer Import Pack
 * uses, into the learner's pack folder, for scripted set-ups and tests. */

#define G_LOG_DOMAIN "syllabus-pack"

#include "config.h"

#include "syl-pack-installer.h"
#include "syl-pack-library.h"
#include "syl-paths.h"
#include "syllabus-pack-tool.h"

/* The ids an install may not take: packs that come with the app. */
static GStrv
dup_reserved_ids (const char *user_dir)
{
  g_autoptr(SylPackLibrary) library = syl_pack_library_new_default (NULL);

  syl_pack_library_load (library);
  return syl_pack_library_dup_reserved_ids (library, user_dir);
}

int
syl_pack_tool_run_install (int    argc,
                           char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("PATH");
  g_autoptr(SylPackInstallPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user_dir = syl_paths_dup_user_pack_dir ();
  g_autofree char *installed = NULL;
  g_auto(GStrv) reserved = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, "Say what would happen, change nothing", NULL },
    { NULL }
  };
  int ret;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
                                "Validate a pack and install it into the learner's pack folder\n"
                                "($XDG_DATA_HOME/syllabus/packs), as Import Pack does: a new pack is\n"
                                "added, an installed pack with the same id is replaced. A pack whose id\n"
                                "comes with Syllabus, or that another pack in the folder already uses,\n"
                                "is refused. Exit status: 0 installed, 1 refused or invalid, 2 usage error.");
  ret = syl_pack_tool_parse_command (context, &argc, &argv, 1, 1);
  if (ret >= 0)
    return ret;

  reserved = dup_reserved_ids (user_dir);
  plan = syl_pack_install_plan (argv[1], user_dir, (const char * const *)reserved, &error);
  if (plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_PROBLEMS;
    }

  if (plan->action == SYL_PACK_INSTALL_REPLACE)
    g_print ("%s “%s” version %u replaces version %u in %s\n",
             dry_run ? "Would install:" : "Installing:",
             syl_pack_get_id (plan->pack), syl_pack_get_version (plan->pack),
             plan->replaced_version, plan->replaced_path);
  else
    g_print ("%s “%s” version %u as %s\n",
             dry_run ? "Would install:" : "Installing:",
             syl_pack_get_id (plan->pack), syl_pack_get_version (plan->pack), plan->target);

  if (dry_run)
    return EXIT_OK;

  installed = syl_pack_install_run (plan, user_dir, NULL, &error);
  if (installed == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_PROBLEMS;
    }

  g_print ("Installed %s\n", installed);
  return EXIT_OK;
}

int
syl_pack_tool_run_uninstall (int    argc,
                             char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("ID");
  g_autoptr(GError) error = NULL;
  g_autofree char *user_dir = syl_paths_dup_user_pack_dir ();
  int ret;

  g_option_context_set_summary (context,
                                "Remove the pack with this id from the learner's pack folder\n"
                                "($XDG_DATA_HOME/syllabus/packs). Packs that come with Syllabus and\n"
                                "links placed there by hand are not removed; progress is kept.\n"
                                "Exit status: 0 removed, 1 not installed or not removable, 2 usage error.");
  ret = syl_pack_tool_parse_command (context, &argc, &argv, 1, 1);
  if (ret >= 0)
    return ret;

  if (!syl_pack_uninstall (argv[1], user_dir, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_PROBLEMS;
    }

  g_print ("Removed “%s” from %s\n", argv[1], user_dir);
  return EXIT_OK;
}
