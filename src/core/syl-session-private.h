/* syl-session-private.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "syl-session.h"

G_BEGIN_DECLS

/* For scoring and tests only: the public view must not tell scored and
 * unscored questions apart. */
gboolean syl_session_is_unscored (SylSession *self,
                                  guint       i);

G_END_DECLS
