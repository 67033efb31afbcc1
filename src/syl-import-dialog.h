/* syl-import-dialog.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-import.h"

G_BEGIN_DECLS

#define SYL_TYPE_IMPORT_DIALOG (syl_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SylImportDialog, syl_import_dialog, SYL, IMPORT_DIALOG, AdwWindow)

SylImportDialog *syl_import_dialog_new                (const char             *file_name,
                                                       const SylImportResult  *preview);
guint            syl_import_dialog_get_n_questions    (SylImportDialog        *self);
guint            syl_import_dialog_get_exam_questions (SylImportDialog        *self);
guint            syl_import_dialog_get_minutes        (SylImportDialog        *self);
guint            syl_import_dialog_get_pass_percent   (SylImportDialog        *self);
const char      *syl_import_dialog_get_pack_title     (SylImportDialog        *self);
char            *syl_import_dialog_dup_summary        (guint                   n_questions,
                                                       guint                   n_skipped,
                                                       const char             *file_name,
                                                       SylImportFormat         format);

G_END_DECLS
