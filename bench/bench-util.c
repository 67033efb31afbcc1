/* bench-util.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench-util.h"

double
bench_now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @values in place. */
double
bench_median (GArray *values)
{
  guint n = values->len;

  if (n == 0)
    return NAN;

  g_array_sort (values, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (values, double, n / 2);

  return (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
}

double
bench_max (GArray *values)
{
  double max = -INFINITY;

  for (guint i = 0; i < values->len; i++)
    max = MAX (max, g_array_index (values, double, i));

  return max;
}

/* Runs @argv (a path, not searched in PATH unless it has no slash) to the
 * end, timing it from just before fork() to the return of wait4(). */
gboolean
bench_run_child (const char * const *argv,
                 gboolean            capture,
                 BenchChild         *out)
{
  int fds[2] = { -1, -1 };
  struct rusage usage;
  GString *output = NULL;
  double start;
  pid_t pid;

  memset (out, 0, sizeof *out);
  if (capture && pipe (fds) != 0)
    return FALSE;

  start = bench_now_ms ();
  pid = fork ();
  if (pid < 0)
    return FALSE;

  if (pid == 0)
    {
      if (capture)
        {
          dup2 (fds[1], STDOUT_FILENO);
          close (fds[0]);
          close (fds[1]);
        }
      execvp (argv[0], (char * const *) argv);
      fprintf (stderr, "cannot run %s: %s\n", argv[0], strerror (errno));
      _exit (127);
    }

  if (capture)
    {
      char buf[4096];
      ssize_t n;

      close (fds[1]);
      output = g_string_new (NULL);
      while ((n = read (fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
          g_string_append_len (output, buf, n);
      close (fds[0]);
    }

  while (wait4 (pid, &out->status, 0, &usage) < 0)
    if (errno != EINTR)
      return FALSE;

  out->wall_ms = bench_now_ms () - start;
  out->cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  out->maxrss_kb = usage.ru_maxrss;
  if (output != NULL)
    out->output = g_string_free (output, FALSE);

  return WIFEXITED (out->status) && WEXITSTATUS (out->status) == 0;
}

void
bench_child_clear (BenchChild *child)
{
  g_clear_pointer (&child->output, g_free);
}

struct _BenchReport
{
  GString *json;
};

BenchReport *
bench_report_new (void)
{
  BenchReport *report = g_new0 (BenchReport, 1);

  report->json = g_string_new (NULL);
  return report;
}

static void
add_key (BenchReport *report,
         const char  *key)
{
  g_string_append (report->json, report->json->len == 0 ? "{" : ", ");
  g_string_append_printf (report->json, "\"%s\": ", key);
}

void
bench_report_add_number (BenchReport *report,
                         const char  *key,
                         double       value)
{
  add_key (report, key);
  if (isfinite (value) && value == (double) (gint64) value)
    g_string_append_printf (report->json, "%" G_GINT64_FORMAT, (gint64) value);
  else if (isfinite (value))
    g_string_append_printf (report->json, "%.3f", value);
  else
    g_string_append (report->json, "null");
}

void
bench_report_add_string (BenchReport *report,
                         const char  *key,
                         const char  *value)
{
  add_key (report, key);
  g_string_append_c (report->json, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (report->json, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (report->json, "\\u%04x", (guchar) *p);
      else
        g_string_append_c (report->json, *p);
    }
  g_string_append_c (report->json, '"');
}

void
bench_report_print (BenchReport *report)
{
  printf ("%s}\n", report->json->len == 0 ? "{" : report->json->str);
  fflush (stdout);
}

void
bench_report_free (BenchReport *report)
{
  g_string_free (report->json, TRUE);
  g_free (report);
}
