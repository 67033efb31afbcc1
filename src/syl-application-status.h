/* syl-application-status.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int syl_application_print_status (const char         *data_dir,
                                  const char * const *extra_packs,
                                  gboolean            json);

G_END_DECLS
