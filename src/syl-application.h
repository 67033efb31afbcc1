/* syl-application.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-import.h"
#include "syl-pack-installer.h"
#include "syl-pack-library.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_APPLICATION (syl_application_get_type ())

G_DECLARE_FINAL_TYPE (SylApplication, syl_application, SYL, APPLICATION, AdwApplication)

SylApplication     *syl_application_new                (void);
const char         *syl_application_get_data_dir       (SylApplication *self);
const char * const *syl_application_get_extra_packs    (SylApplication *self);
SylStore           *syl_application_get_store          (SylApplication *self);
SylPackLibrary     *syl_application_get_pack_library   (SylApplication *self);
gboolean            syl_application_is_ready           (SylApplication *self);
SylPackInstallPlan *syl_application_plan_import        (SylApplication *self,
                                                        const char     *path,
                                                        GError        **error);
SylPackInstallPlan *syl_application_plan_converted     (SylApplication *self,
                                                        const SylImportResult *result,
                                                        GError        **error);
gboolean            syl_application_install_plan       (SylApplication *self,
                                                        const SylPackInstallPlan *plan,
                                                        GError        **error);
gboolean            syl_application_import_pack        (SylApplication *self,
                                                        const char     *path,
                                                        GError        **error);
char               *syl_application_reset_progress     (SylApplication *self,
                                                        GError        **error);

G_END_DECLS
