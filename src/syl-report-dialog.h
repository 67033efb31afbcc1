/* syl-report-dialog.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"
#include "syl-question.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_REPORT_DIALOG (syl_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SylReportDialog, syl_report_dialog, SYL, REPORT_DIALOG, AdwWindow)

/**
 * SylReportOpener:
 * @parent: (nullable): the window to open it for
 * @uri: the URL that sends the report
 * @user_data: data given with the opener
 *
 * Opens a report's URL; the default calls gtk_show_uri().
 */
typedef void (*SylReportOpener) (GtkWindow  *parent,
                                 const char *uri,
                                 gpointer    user_data);

GtkWidget   *syl_report_dialog_new             (GtkWindow       *parent,
                                                SylStore        *store,
                                                SylPack         *pack,
                                                SylQuestion     *question);
void         syl_report_dialog_set_opener      (SylReportDialog *self,
                                                SylReportOpener  opener,
                                                gpointer         user_data);
AdwComboRow *syl_report_dialog_get_kind_row    (SylReportDialog *self);
GtkTextView *syl_report_dialog_get_text_view   (SylReportDialog *self);
GtkButton   *syl_report_dialog_get_open_button (SylReportDialog *self);
GtkButton   *syl_report_dialog_get_copy_button (SylReportDialog *self);
const char  *syl_report_dialog_get_destination (SylReportDialog *self);
gboolean     syl_report_dialog_is_copied       (SylReportDialog *self);

G_END_DECLS
