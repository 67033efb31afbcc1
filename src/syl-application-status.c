/* syl-application-status.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `syllabus --status [--json]`: the dashboard's figures on standard
 * output, without a window or a display. Runs from the application's
 * local option handling, before GTK starts; reads the same settings,
 * packs and progress as the app, and writes nothing. */

#define G_LOG_DOMAIN "syl-application-status"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "syl-application-status.h"
#include "syl-pack-library.h"
#include "syl-paths.h"
#include "syl-status.h"

/**
 * syl_application_print_status:
 * @data_dir: (nullable): the progress folder (--data-dir), %NULL for the
 *   default
 * @extra_packs: (nullable): packs given with --pack
 * @json: print one JSON object instead of lines for people
 *
 * Returns: the exit status: 0, or 1 with a message on standard error
 */
int
syl_application_print_status (const char         *data_dir,
                              const char * const *extra_packs,
                              gboolean            json)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(SylPackLibrary) library = syl_pack_library_new_default (extra_packs);
  g_autofree char *active_id = g_settings_get_string (settings, "active-pack");
  g_autofree char *exam_date = g_settings_get_string (settings, "exam-date");
  g_autofree char *default_dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *out = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SylStatus status;
  SylPack *pack;

  syl_pack_library_load (library);
  problems = syl_pack_library_dup_failures_text (library);
  if (problems != NULL)
    g_printerr ("%s\n", problems);

  pack = syl_pack_library_lookup (library, active_id);
  if (pack == NULL && g_list_model_get_n_items (syl_pack_library_get_packs (library)) > 0)
    {
      g_autoptr(SylPack) first = g_list_model_get_item (syl_pack_library_get_packs (library), 0);
      pack = first;
    }
  if (pack == NULL)
    {
      g_printerr (_("syllabus: no content pack could be loaded\n"));
      return 1;
    }

  if (data_dir == NULL)
    data_dir = default_dir = syl_paths_dup_default_data_dir ();
  db_path = syl_paths_dup_progress_db (data_dir);

  /* No progress yet is a status too; a status never creates the file. */
  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      store = syl_store_open (db_path, &error);
      if (store == NULL)
        {
          g_printerr ("syllabus: %s\n", error->message);
          return 1;
        }
    }

  if (!syl_status_compute (pack, store, exam_date, g_get_real_time (), &status, &error))
    {
      g_printerr ("syllabus: %s\n", error->message);
      return 1;
    }

  out = json ? syl_status_to_json (&status) : syl_status_to_text (&status, pack);
  g_print ("%s", out);

  return 0;
}
