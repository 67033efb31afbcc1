/* syl-pack-update.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "syl-pack.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_PACK_UPDATE (syl_pack_update_get_type ())

G_DECLARE_FINAL_TYPE (SylPackUpdate, syl_pack_update, SYL, PACK_UPDATE, GObject)

SylPackUpdate      *syl_pack_update_sync                     (SylStore       *store,
                                                              SylPack        *pack,
                                                              gint64          now_us,
                                                              GError        **error);

SylPack            *syl_pack_update_get_pack                 (SylPackUpdate  *self);
gboolean            syl_pack_update_get_first_sync           (SylPackUpdate  *self);
const char * const *syl_pack_update_get_changed_question_ids (SylPackUpdate  *self);
GPtrArray          *syl_pack_update_get_unseen_changes       (SylPackUpdate  *self);
gboolean            syl_pack_update_mark_seen                (SylPackUpdate  *self,
                                                              GError        **error);

G_END_DECLS
