/* syl-a11y.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void   syl_a11y_init                 (void);

char  *syl_a11y_strip_mnemonic       (const char      *text);

void   syl_a11y_set_name             (GtkWidget       *widget,
                                      const char      *name);
void   syl_a11y_set_description      (GtkWidget       *widget,
                                      const char      *description);

void   syl_a11y_name_button          (GtkWidget       *button);

void   syl_a11y_make_readable        (GtkLabel        *label);
void   syl_a11y_focus_when_shown     (GtkWidget       *widget);

void   syl_a11y_describe_selection   (AdwComboRow     *row);

void   syl_a11y_toggle_as_check      (GtkToggleButton *button,
                                      GtkAccessibleRole role);

G_END_DECLS
