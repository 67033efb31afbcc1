/* syl-paths.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-paths"

#include "config.h"

#include "syl-paths.h"

/* SYLLABUS_DATA_DIR lets tests and a second profile keep their progress
 * apart from the learner's without passing --data-dir every time. */
#define DATA_DIR_ENV "SYLLABUS_DATA_DIR"

/**
 * syl_paths_dup_default_data_dir:
 *
 * Returns: (transfer full): the folder where progress lives when no
 *   `--data-dir` is given: `$SYLLABUS_DATA_DIR` if set, otherwise
 *   `g_get_user_data_dir()/syllabus`.
 */
char *
syl_paths_dup_default_data_dir (void)
{
  const char *env = g_getenv (DATA_DIR_ENV);

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "syllabus", NULL);
}

/**
 * syl_paths_dup_progress_db:
 * @data_dir: the progress folder
 *
 * Returns: (transfer full): the path of the progress database in @data_dir.
 */
char *
syl_paths_dup_progress_db (const char *data_dir)
{
  g_return_val_if_fail (data_dir != NULL, NULL);

  return g_build_filename (data_dir, "progress.db", NULL);
}

/**
 * syl_paths_dup_user_pack_dir:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/syllabus/packs`, where packs the
 *   learner imports are installed.
 */
char *
syl_paths_dup_user_pack_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "syllabus", "packs", NULL);
}

/**
 * syl_paths_dup_pack_search_dirs:
 * @installed_pack_dir: (nullable): the packs folder installed with the app
 *
 * Returns: (transfer full): the folders searched for packs, in order: the
 *   installed packs, then the learner's own. A pack id found twice keeps
 *   the first, so an installed pack cannot be shadowed by accident.
 */
GStrv
syl_paths_dup_pack_search_dirs (const char *installed_pack_dir)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *user_dir = syl_paths_dup_user_pack_dir ();

  if (installed_pack_dir != NULL)
    g_strv_builder_add (builder, installed_pack_dir);
  g_strv_builder_add (builder, user_dir);

  return g_strv_builder_end (builder);
}
