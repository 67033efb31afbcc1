/* syl-domain.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "syl-types.h"

G_BEGIN_DECLS

#define SYL_TYPE_DOMAIN (syl_domain_get_type ())

G_DECLARE_FINAL_TYPE (SylDomain, syl_domain, SYL, DOMAIN, GObject)

const char *syl_domain_get_id     (SylDomain *self);
const char *syl_domain_get_title  (SylDomain *self);
guint       syl_domain_get_weight (SylDomain *self);
GListModel *syl_domain_get_tasks  (SylDomain *self);
SylPack    *syl_domain_get_pack   (SylDomain *self);

G_END_DECLS
