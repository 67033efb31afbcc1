/* syl-status-page.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void syl_stack_show_status_page (GtkStack      *stack,
                                 AdwStatusPage *page,
                                 const char    *icon_name);

G_END_DECLS
