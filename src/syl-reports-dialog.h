/* syl-reports-dialog.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_REPORTS_DIALOG (syl_reports_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SylReportsDialog, syl_reports_dialog, SYL, REPORTS_DIALOG, AdwWindow)

GtkWidget *syl_reports_dialog_new          (GtkWindow        *parent,
                                            GPtrArray        *reports);
gboolean   syl_reports_dialog_show         (GtkWindow        *parent,
                                            SylStore         *store);
gboolean   syl_reports_dialog_is_empty     (SylReportsDialog *self);
guint      syl_reports_dialog_get_n_rows   (SylReportsDialog *self);
char      *syl_reports_format_row_title    (const SylStoreReport *report);
char      *syl_reports_format_row_subtitle (const SylStoreReport *report);

G_END_DECLS
