/* syl-forecast-record-dialog.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"

G_BEGIN_DECLS

#define SYL_TYPE_FORECAST_RECORD_DIALOG (syl_forecast_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SylForecastRecordDialog, syl_forecast_record_dialog, SYL, FORECAST_RECORD_DIALOG, AdwWindow)

GtkWidget *syl_forecast_record_dialog_new         (GtkWindow               *parent,
                                                   SylPack                 *pack,
                                                   GArray                  *entries);
gboolean   syl_forecast_record_dialog_is_empty    (SylForecastRecordDialog *self);
const char *syl_forecast_record_dialog_get_summary (SylForecastRecordDialog *self);

G_END_DECLS
