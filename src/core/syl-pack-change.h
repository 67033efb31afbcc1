/* syl-pack-change.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-types.h"

G_BEGIN_DECLS

#define SYL_TYPE_PACK_CHANGE (syl_pack_change_get_type ())

G_DECLARE_FINAL_TYPE (SylPackChange, syl_pack_change, SYL, PACK_CHANGE, GObject)

guint       syl_pack_change_get_version      (SylPackChange *self);
const char *syl_pack_change_get_question_id  (SylPackChange *self);
const char *syl_pack_change_get_text         (SylPackChange *self);

G_END_DECLS
