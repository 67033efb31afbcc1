/* syl-test-app.h: the application as the ui tests start it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "syl-application.h"
#include "syl-window.h"

G_BEGIN_DECLS

/* Starts Syllabus (non-unique) with its data in @data_dir, the window's
 * remembered size reset in @settings and, when @width and @height are
 * not 0, that default size; waits until the window is shown and the
 * pack and progress are loaded. Returns the application; @window, when
 * not NULL, is set to its window. */
SylApplication *syl_test_start_app (const char  *data_dir,
                                    GSettings   *settings,
                                    int          width,
                                    int          height,
                                    SylWindow  **window);

G_END_DECLS
