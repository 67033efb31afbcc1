/* syl-service-row.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-service.h"

G_BEGIN_DECLS

#define SYL_TYPE_SERVICE_ROW (syl_service_row_get_type ())

G_DECLARE_FINAL_TYPE (SylServiceRow, syl_service_row, SYL, SERVICE_ROW, AdwActionRow)

GtkWidget  *syl_service_row_new          (SylService    *service);
SylService *syl_service_row_get_service  (SylServiceRow *self);
void        syl_service_row_set_mastery  (SylServiceRow *self,
                                          double         mastery);
const char *syl_service_status_describe  (SylServiceStatus status);
const char *syl_service_status_short     (SylServiceStatus status);

G_END_DECLS
