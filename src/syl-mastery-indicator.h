/* syl-mastery-indicator.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A mastery that is not known, because the learner has not practised yet. */
#define SYL_MASTERY_UNKNOWN (-1.0)

#define SYL_TYPE_MASTERY_INDICATOR (syl_mastery_indicator_get_type ())

G_DECLARE_FINAL_TYPE (SylMasteryIndicator, syl_mastery_indicator, SYL, MASTERY_INDICATOR, GtkWidget)

GtkWidget *syl_mastery_indicator_new        (void);
double     syl_mastery_indicator_get_value  (SylMasteryIndicator *self);
void       syl_mastery_indicator_set_value  (SylMasteryIndicator *self,
                                             double               value);
gboolean   syl_mastery_indicator_get_compact (SylMasteryIndicator *self);
void       syl_mastery_indicator_set_compact (SylMasteryIndicator *self,
                                              gboolean             compact);
char      *syl_mastery_format_percent       (double               value);
char      *syl_mastery_describe             (double               value);

G_END_DECLS
