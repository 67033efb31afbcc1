/* syl-services-page.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"
#include "syl-page.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_SERVICES_PAGE (syl_services_page_get_type ())

G_DECLARE_FINAL_TYPE (SylServicesPage, syl_services_page, SYL, SERVICES_PAGE, SylPage)

gboolean    syl_services_page_show_service (SylServicesPage *self,
                                            const char      *service_id);
SylService *syl_services_page_get_shown_service (SylServicesPage *self);

G_END_DECLS
