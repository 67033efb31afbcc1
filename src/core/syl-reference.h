/* syl-reference.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest href a <reference> may have. */
#define SYL_REFERENCE_MAX_HREF 2048

/* How many <reference> elements a question may carry. */
#define SYL_REFERENCE_MAX_PER_QUESTION 3

const char * const *syl_reference_get_allowed_hosts (void);
gboolean            syl_reference_check_href        (const char  *href,
                                                     char       **problem);
gboolean            syl_reference_check_report      (const char  *address,
                                                     char       **problem);

G_END_DECLS
