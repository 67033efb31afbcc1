/* syl-category.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "syl-types.h"

G_BEGIN_DECLS

#define SYL_TYPE_CATEGORY (syl_category_get_type ())

G_DECLARE_FINAL_TYPE (SylCategory, syl_category, SYL, CATEGORY, GObject)

const char *syl_category_get_id       (SylCategory *self);
const char *syl_category_get_title    (SylCategory *self);
GListModel *syl_category_get_services (SylCategory *self);

G_END_DECLS
