/* syl-reference-list.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "syl-question.h"

G_BEGIN_DECLS

#define SYL_TYPE_REFERENCE_LIST (syl_reference_list_get_type ())

G_DECLARE_FINAL_TYPE (SylReferenceList, syl_reference_list, SYL, REFERENCE_LIST, GtkWidget)

GtkWidget   *syl_reference_list_new          (void);
void         syl_reference_list_set_question (SylReferenceList *self,
                                              SylQuestion      *question);
SylQuestion *syl_reference_list_get_question (SylReferenceList *self);
guint        syl_reference_list_get_n_links  (SylReferenceList *self);
GtkWidget   *syl_reference_list_get_link     (SylReferenceList *self,
                                              guint             i);

G_END_DECLS
