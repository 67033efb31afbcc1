/* syl-safe-file.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SYL_SAFE_FILE_ERROR (syl_safe_file_error_quark ())

/**
 * SylSafeFileError:
 * @SYL_SAFE_FILE_ERROR_NOT_REGULAR: a folder, FIFO, socket or device
 * @SYL_SAFE_FILE_ERROR_TOO_LARGE: larger than the cap
 *
 * Refusals of syl_safe_file_read(); failures of the system calls are
 * #G_FILE_ERROR.
 */
typedef enum
{
  SYL_SAFE_FILE_ERROR_NOT_REGULAR,
  SYL_SAFE_FILE_ERROR_TOO_LARGE,
} SylSafeFileError;

GQuark  syl_safe_file_error_quark (void);

GBytes *syl_safe_file_read (const char  *path,
                            gsize        max_size,
                            GError     **error);

G_END_DECLS
