/* syl-pack-changes-dialog.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-pack.h"

G_BEGIN_DECLS

#define SYL_TYPE_PACK_CHANGES_DIALOG (syl_pack_changes_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SylPackChangesDialog, syl_pack_changes_dialog, SYL, PACK_CHANGES_DIALOG, AdwWindow)

GtkWidget *syl_pack_changes_dialog_new           (GtkWindow            *parent,
                                                  SylPack              *pack,
                                                  GPtrArray            *changes,
                                                  const char * const   *changed_ids);
guint      syl_pack_changes_dialog_get_n_changes (SylPackChangesDialog *self);

G_END_DECLS
