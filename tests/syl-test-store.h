/* syl-test-store.h: helpers for the tests of the progress store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-store.h"

G_BEGIN_DECLS

#define SYL_TEST_PACK "aws-dop-c02"
#define SYL_TEST_DAY_US ((gint64) 86400 * G_USEC_PER_SEC)
/* 2026-01-05 10:00 UTC */
#define SYL_TEST_T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)

/* Runs SQL on a connection of its own, as another program would. */
void     syl_test_store_exec           (const char  *path,
                                        const char  *sql);
/* The first column of the first row of @sql. */
gint64   syl_test_store_int            (const char  *path,
                                        const char  *sql);
/* The whole file, as bytes. */
GBytes  *syl_test_store_read_bytes     (const char  *path);

/* A session of SYL_TEST_PACK in @mode over the space-separated @order. */
gint64   syl_test_store_add_session    (SylStore    *store,
                                        const char  *mode,
                                        const char  *order,
                                        gint64       started_at_us);
/* Records an answer; asserts that it was recorded. */
gint64   syl_test_store_answer         (SylStore    *store,
                                        gint64       session_id,
                                        const char  *question_id,
                                        const char  *chosen,
                                        gboolean     correct,
                                        gboolean     unsure,
                                        gint64       time_ms,
                                        gint64       at_us);

/* Builds @path from the SQL script tests/data/@script (a database as an
 * older version of Syllabus wrote it). */
void     syl_test_store_build_from_sql (const char  *path,
                                        const char  *script);

/* Overwrites a page in the middle of the closed database @path with
 * garbage (the file must span at least 20 pages). */
void     syl_test_store_damage_middle_page (const char *path);

G_END_DECLS
