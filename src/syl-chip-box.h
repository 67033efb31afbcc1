/* syl-chip-box.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_CHIP_BOX (syl_chip_box_get_type ())

G_DECLARE_FINAL_TYPE (SylChipBox, syl_chip_box, SYL, CHIP_BOX, GtkWidget)

GtkWidget *syl_chip_box_new       (void);
void       syl_chip_box_append    (SylChipBox *self,
                                   GtkWidget  *child);
void       syl_chip_box_remove_all (SylChipBox *self);

G_END_DECLS
