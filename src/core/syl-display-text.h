/* syl-display-text.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Banners and dialogs show at most this much of an error message. */
#define SYL_DISPLAY_TEXT_MAX_LINE_CHARS 240

char *syl_display_text_shorten (const char *text,
                                guint       max_lines,
                                guint       max_line_chars,
                                guint      *n_more_lines);

G_END_DECLS
