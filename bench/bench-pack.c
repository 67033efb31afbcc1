/* bench-pack.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* bench-pack PACK.xml [RUNS]
 *
 * Loads and validates PACK.xml with syl_pack_load() in a fresh process,
 * RUNS times, alternating with `xmllint --noout PACK.xml` on the same file.
 * Both are measured the same way, from outside, so each side pays for
 * starting a process: the CPU time of the child (user + system, from
 * wait4()) and its wall time from fork to exit. pack_load_ratio is the
 * ratio of the median CPU times, which other work on a shared machine
 * does not inflate (both programs are single-threaded, so on an idle
 * machine CPU and wall time agree); pack_load_wall_ratio is the same for
 * wall time. The time syl_pack_load() itself takes (measured inside the
 * child) is pack_load_ms, and the peak RSS of the loading child
 * (ru_maxrss) is pack_peak_kb. One warm-up run of each is not counted: it
 * brings the file and the binaries into the page cache.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "bench-util.h"
#include "syl-pack-loader.h"

static int
run_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  double start = bench_now_ms ();
  double elapsed;

  pack = syl_pack_load (path, &error);
  elapsed = bench_now_ms () - start;
  if (pack == NULL)
    {
      fprintf (stderr, "bench-pack: %s\n", error->message);
      return 1;
    }

  printf ("%.3f %u\n", elapsed, g_list_model_get_n_items (syl_pack_get_questions (pack)));
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BenchReport) report = NULL;
  g_autoptr(GArray) load_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_wall_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) xmllint_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) xmllint_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *self_exe = NULL;
  glong peak_kb = 0, xmllint_peak_kb = 0;
  guint n_questions = 0;
  GStatBuf st;
  int runs;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  if (argc < 2 || argc > 3)
    {
      fprintf (stderr, "usage: bench-pack PACK.xml [RUNS]\n");
      return 2;
    }

  runs = argc == 3 ? atoi (argv[2]) : 7;
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  if (g_stat (argv[1], &st) != 0)
    {
      fprintf (stderr, "bench-pack: cannot read %s\n", argv[1]);
      return 1;
    }

  for (int i = -1; i < runs; i++)
    {
      const char *load_argv[] = { self_exe, "--child", argv[1], NULL };
      const char *xmllint_argv[] = { "xmllint", "--noout", argv[1], NULL };
      BenchChild load = { 0 }, lint = { 0 };
      double ms;

      if (!bench_run_child (load_argv, TRUE, &load) ||
          sscanf (load.output, "%lf %u", &ms, &n_questions) != 2)
        {
          fprintf (stderr, "bench-pack: syl_pack_load() failed on %s\n", argv[1]);
          return 1;
        }
      if (!bench_run_child (xmllint_argv, FALSE, &lint))
        {
          fprintf (stderr, "bench-pack: xmllint failed on %s\n", argv[1]);
          return 1;
        }

      if (i >= 0)
        {
          g_array_append_val (load_ms, ms);
          g_array_append_val (load_wall_ms, load.wall_ms);
          g_array_append_val (xmllint_ms, lint.wall_ms);
          g_array_append_val (load_cpu_ms, load.cpu_ms);
          g_array_append_val (xmllint_cpu_ms, lint.cpu_ms);
          peak_kb = MAX (peak_kb, load.maxrss_kb);
          xmllint_peak_kb = MAX (xmllint_peak_kb, lint.maxrss_kb);
        }
      bench_child_clear (&load);
      bench_child_clear (&lint);
    }

  report = bench_report_new ();
  bench_report_add_number (report, "pack_questions", n_questions);
  bench_report_add_number (report, "pack_bytes", st.st_size);
  bench_report_add_number (report, "pack_runs", runs);
  bench_report_add_number (report, "pack_load_ms", bench_median (load_ms));
  bench_report_add_number (report, "pack_load_process_ms", bench_median (load_wall_ms));
  bench_report_add_number (report, "xmllint_ms", bench_median (xmllint_ms));
  bench_report_add_number (report, "pack_load_cpu_ms", bench_median (load_cpu_ms));
  bench_report_add_number (report, "xmllint_cpu_ms", bench_median (xmllint_cpu_ms));
  bench_report_add_number (report, "pack_load_ratio",
                           bench_median (load_cpu_ms) / bench_median (xmllint_cpu_ms));
  bench_report_add_number (report, "pack_load_wall_ratio",
                           bench_median (load_wall_ms) / bench_median (xmllint_ms));
  bench_report_add_number (report, "pack_peak_kb", peak_kb);
  bench_report_add_number (report, "xmllint_peak_kb", xmllint_peak_kb);
  bench_report_print (report);

  return 0;
}
