/* syl-pacing-view.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pacing.h"

G_BEGIN_DECLS

#define SYL_TYPE_PACING_VIEW (syl_pacing_view_get_type ())

G_DECLARE_FINAL_TYPE (SylPacingView, syl_pacing_view, SYL, PACING_VIEW, AdwBin)

GtkWidget *syl_pacing_view_new        (void);
void       syl_pacing_view_set_report (SylPacingView         *self,
                                       const SylPacingReport *report);

G_END_DECLS
