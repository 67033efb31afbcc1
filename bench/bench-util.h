/* bench-util.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One child process, timed from outside: fork to exit. */
typedef struct
{
  double  wall_ms;
  double  cpu_ms;           /* ru_utime + ru_stime from wait4() */
  glong   maxrss_kb;        /* ru_maxrss from wait4() */
  int     status;           /* as from waitpid() */
  char   *output;           /* its stdout, when captured */
} BenchChild;

double    bench_now_ms          (void);
double    bench_median          (GArray       *values);
double    bench_max             (GArray       *values);
gboolean  bench_run_child       (const char * const *argv,
                                 gboolean      capture,
                                 BenchChild   *out);
void      bench_child_clear     (BenchChild   *child);

/* The results: one JSON object on stdout, keys in the order added. */
typedef struct _BenchReport BenchReport;

BenchReport *bench_report_new        (void);
void         bench_report_add_number (BenchReport *report,
                                      const char  *key,
                                      double       value);
void         bench_report_add_string (BenchReport *report,
                                      const char  *key,
                                      const char  *value);
void         bench_report_print      (BenchReport *report);
void         bench_report_free       (BenchReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchReport, bench_report_free)

G_END_DECLS
