/* syl-preferences-window.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-export.h"
#include "syl-pack-library.h"

G_BEGIN_DECLS

#define SYL_TYPE_PREFERENCES_WINDOW (syl_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SylPreferencesWindow, syl_preferences_window, SYL, PREFERENCES_WINDOW, AdwPreferencesWindow)

SylPreferencesWindow *syl_preferences_window_new             (GSettings             *settings,
                                                              SylPackLibrary        *library);
char                 *syl_preferences_window_dup_export_name (SylPack               *pack,
                                                              SylExportFormat        format);
gboolean              syl_preferences_window_export_pack     (SylPreferencesWindow  *self,
                                                              SylPack               *pack,
                                                              SylExportFormat        format,
                                                              const char            *path,
                                                              GError               **error);

G_END_DECLS
