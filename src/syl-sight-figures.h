/* syl-sight-figures.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "syl-scoring.h"

G_BEGIN_DECLS

#define SYL_TYPE_SIGHT_FIGURES (syl_sight_figures_get_type ())

G_DECLARE_FINAL_TYPE (SylSightFigures, syl_sight_figures, SYL, SIGHT_FIGURES, GtkWidget)

GtkWidget  *syl_sight_figures_new        (void);
void        syl_sight_figures_set_report (SylSightFigures      *self,
                                          const SylScoreReport *report);
const char *syl_sight_figures_get_note   (SylSightFigures      *self);

G_END_DECLS
