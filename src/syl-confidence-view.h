/* syl-confidence-view.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-confidence.h"

G_BEGIN_DECLS

#define SYL_TYPE_CONFIDENCE_VIEW (syl_confidence_view_get_type ())

G_DECLARE_FINAL_TYPE (SylConfidenceView, syl_confidence_view, SYL, CONFIDENCE_VIEW, AdwBin)

GtkWidget *syl_confidence_view_new             (void);
void       syl_confidence_view_set_counts      (SylConfidenceView   *self,
                                                const SylConfidence *confidence,
                                                const char * const  *misconceptions);
void       syl_confidence_view_set_description (SylConfidenceView   *self,
                                                const char          *description);

G_END_DECLS
