/* syllabus-pack-tool.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"

G_BEGIN_DECLS

/* What the commands of syllabus-pack share: exit codes, option parsing,
 * loading with the errors on stderr. Each command beyond validate, stats
 * and lint lives in its own syllabus-pack-COMMAND.c. */

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

void     syl_pack_tool_usage_error   (GOptionContext  *context,
                                      const char      *message);
int      syl_pack_tool_parse_command (GOptionContext  *context,
                                      int             *argc,
                                      char          ***argv,
                                      int              min_paths,
                                      int              max_paths);
SylPack *syl_pack_tool_load          (const char      *path);

int      syl_pack_tool_run_install   (int              argc,
                                      char           **argv);
int      syl_pack_tool_run_uninstall (int              argc,
                                      char           **argv);
int      syl_pack_tool_run_import    (int              argc,
                                      char           **argv);
int      syl_pack_tool_run_export    (int              argc,
                                      char           **argv);

G_END_DECLS
