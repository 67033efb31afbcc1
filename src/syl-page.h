/* syl-page.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-forecast.h"
#include "syl-pack.h"
#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TYPE_PAGE (syl_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (SylPage, syl_page, SYL, PAGE, AdwBin)

/**
 * SylPageClass:
 * @pack_changed: the pack was replaced
 * @store_changed: the progress store was replaced
 * @settings_changed: the settings were replaced; @old_settings, if any,
 *   is the object to stop listening to
 *
 * Each is called after the property changed and before it is notified,
 * and not when the same object is set again.
 */
struct _SylPageClass
{
  AdwBinClass parent_class;

  void (*pack_changed)     (SylPage   *self);
  void (*store_changed)    (SylPage   *self);
  void (*settings_changed) (SylPage   *self,
                            GSettings *old_settings);
};

SylPack   *syl_page_get_pack     (SylPage   *self);
void       syl_page_set_pack     (SylPage   *self,
                                  SylPack   *pack);
SylStore  *syl_page_get_store    (SylPage   *self);
void       syl_page_set_store    (SylPage   *self,
                                  SylStore  *store);
GSettings *syl_page_get_settings (SylPage   *self);
void       syl_page_set_settings (SylPage   *self,
                                  GSettings *settings);

GPtrArray   *syl_page_dup_question_states (SylPage   *self);
SylForecast *syl_page_new_forecast        (SylPage   *self,
                                           GPtrArray *states);

G_END_DECLS
