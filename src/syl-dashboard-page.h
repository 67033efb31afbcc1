/* syl-dashboard-page.h
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

#define SYL_TYPE_DASHBOARD_PAGE (syl_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (SylDashboardPage, syl_dashboard_page, SYL, DASHBOARD_PAGE, SylPage)

void syl_dashboard_page_refresh (SylDashboardPage *self);

G_END_DECLS
