/* syl-service.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-types.h"

G_BEGIN_DECLS

#define SYL_TYPE_SERVICE (syl_service_get_type ())

G_DECLARE_FINAL_TYPE (SylService, syl_service, SYL, SERVICE, GObject)

const char         *syl_service_get_id       (SylService *self);
const char         *syl_service_get_name     (SylService *self);
const char         *syl_service_get_summary  (SylService *self);
SylServiceStatus    syl_service_get_status   (SylService *self);
const char * const *syl_service_get_aliases  (SylService *self);
SylCategory        *syl_service_get_category (SylService *self);
gboolean            syl_service_matches      (SylService *self,
                                              const char *needle);

G_END_DECLS
