/* syl-error-dialog.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwMessageDialog *syl_error_dialog_show (GtkWidget  *parent,
                                         const char *heading,
                                         const char *message);

G_END_DECLS
