/* syl-window.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-application.h"
#include "syl-clock.h"
#include "syl-pack.h"
#include "syl-session.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_WINDOW (syl_window_get_type ())

G_DECLARE_FINAL_TYPE (SylWindow, syl_window, SYL, WINDOW, AdwApplicationWindow)

SylWindow  *syl_window_new                (SylApplication *application,
                                           GSettings      *settings);
const char *syl_window_get_visible_place  (SylWindow      *self);
void        syl_window_set_visible_place  (SylWindow      *self,
                                           const char     *place);
void        syl_window_add_toast          (SylWindow      *self,
                                           const char     *message);
SylPack    *syl_window_get_pack           (SylWindow      *self);
void        syl_window_set_pack           (SylWindow      *self,
                                           SylPack        *pack);
SylStore   *syl_window_get_store          (SylWindow      *self);
void        syl_window_set_store          (SylWindow      *self,
                                           SylStore       *store);
void        syl_window_set_progress_checked (SylWindow    *self);
gboolean    syl_window_get_progress_checked (SylWindow    *self);
void        syl_window_show_banner        (SylWindow      *self,
                                           const char     *message);
const char *syl_window_get_banner_text    (SylWindow      *self);
void        syl_window_update_actions     (SylWindow      *self);
gboolean    syl_window_offer_resume       (SylWindow      *self);
void        syl_window_set_loading        (SylWindow      *self,
                                           gboolean        loading);
SylSession *syl_window_get_session        (SylWindow      *self);
void        syl_window_set_clock          (SylWindow      *self,
                                           SylClock       *clock);
const char *syl_window_get_visible_view   (SylWindow      *self);
GtkWindow  *syl_window_get_shortcuts_window (SylWindow    *self);

G_END_DECLS
