/* syl-domain-card.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "syl-domain.h"
#include "syl-forecast.h"

G_BEGIN_DECLS

#define SYL_TYPE_DOMAIN_CARD (syl_domain_card_get_type ())

G_DECLARE_FINAL_TYPE (SylDomainCard, syl_domain_card, SYL, DOMAIN_CARD, AdwBin)

GtkWidget *syl_domain_card_new         (SylDomain     *domain,
                                        guint          number,
                                        guint          drill_count);
SylDomain *syl_domain_card_get_domain  (SylDomainCard *self);
void       syl_domain_card_update      (SylDomainCard *self,
                                        SylForecast   *forecast,
                                        GPtrArray     *tasks_by_mastery);
guint      syl_domain_card_get_n_tasks (SylDomainCard *self);

G_END_DECLS
