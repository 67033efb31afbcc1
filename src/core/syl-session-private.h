/* syl-session-private.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "syl-session.h"

G_BEGIN_DECLS

/* For tests only: whether question @i is unscored, even while
 * the session runs. Everything else asks syl_session_is_unscored(), which
 * does not tell scored and unscored questions apart before the end. */
gboolean syl_session_is_unscored_internal (SylSession *self,
                                           guint       i);

G_END_DECLS
