/* test-pack-limits.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Resource limits for hostile packs (issue 15): each pathological shape
 * is loaded and must finish in under 2 s and take under 200 MB.
 *
 * How it is measured: the test writes the shape into a temporary folder
 * (so that the loader reads it as it would read a learner's file), frees
 * everything it built, then loads it in a subprocess
 * (g_test_trap_subprocess()). The subprocess reads its own peak resident
 * size (getrusage(), ru_maxrss) before and after the load and the
 * monotonic clock around it, and fails if the growth of the peak is 200 MB
 * or more or the load took 2 s or more. A subprocess starts from a small
 * process, so one shape's memory does not hide another's.
 *
 * This is the one place where tests bound seconds and megabytes (the
 * issue asks for it); under AddressSanitizer, whose shadow memory and
 * quarantine change what RSS means, only the time is bounded, and with a
 * wider margin. build-aux/test skips these under valgrind, where both
 * figures are meaningless.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "syl-pack-loader.h"
#include "syl-pack.h"

#if defined(__SANITIZE_ADDRESS__)
# define UNDER_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define UNDER_ASAN 1
# endif
#endif
#ifndef UNDER_ASAN
# define UNDER_ASAN 0
#endif

#define MAX_SECONDS 2.0
#define MAX_MEGABYTES 200
#define SIZE_MB (30 * 1000 * 1000)

typedef void (*WriteShape) (FILE *out);

typedef struct
{
  const char *name;
  WriteShape write;
  gboolean loads;               /* the shape is a valid pack */
  const char *says;             /* else what the error says */
} Shape;

static char *tmp_dir;

static const char *
minimal_contents (void)
{
  static char *contents;

  if (contents == NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    }

  return contents;
}

/* minimal.xml up to @marker, then @middle, then the rest. */
static void
write_around (FILE                *out,
              const char          *marker,
              void               (*middle) (FILE *out, gpointer data),
              gpointer             data)
{
  const char *contents = minimal_contents ();
  const char *at = strstr (contents, marker);

  g_assert_nonnull (at);
  fwrite (contents, 1, at - contents, out);
  middle (out, data);
  fputs (at, out);
}

static void
repeat_until (FILE       *out,
              const char *text,
              gsize       bytes)
{
  gsize n = strlen (text);

  for (gsize written = 0; written < bytes; written += n)
    fwrite (text, 1, n, out);
}

static void
middle_repeat (FILE     *out,
               gpointer  data)
{
  repeat_until (out, data, SIZE_MB);
}

static void
write_deep_nesting (FILE *out)
{
  const char *contents = minimal_contents ();
  const char *title = strstr (contents, "Minimal");

  fwrite (contents, 1, title - contents, out);
  for (guint i = 0; i < 100000; i++)
    fputs ("<b>", out);
  for (guint i = 0; i < 100000; i++)
    fputs ("</b>", out);
  fputs (title, out);
}

static void
middle_attributes (FILE     *out,
                   gpointer  data)
{
  fputs ("<title", out);
  for (guint i = 0; i < 50000; i++)
    fprintf (out, " a%u=\"1\"", i);
  fputs (">T</title>\n  ", out);
}

static void
write_many_attributes (FILE *out)
{
  write_around (out, "<intro>", middle_attributes, NULL);
}

static void
write_many_comments (FILE *out)
{
  write_around (out, "<intro>", middle_repeat, "<!---->");
}

static void
write_many_instructions (FILE *out)
{
  write_around (out, "<intro>", middle_repeat, "<?a?>");
}

static void
write_comments_in_prolog (FILE *out)
{
  const char *contents = minimal_contents ();
  const char *root = strstr (contents, "<pack");

  fwrite (contents, 1, root - contents, out);
  repeat_until (out, "<!---->", SIZE_MB);
  fputs (root, out);
}

static void
write_many_elements (FILE *out)
{
  write_around (out, "<intro>", middle_repeat, "<x/>");
}

static void
write_big_part (FILE *out)
{
  write_around (out, "<knowledge>Compilers", middle_repeat, "<knowledge/>");
}

static void
write_huge_text (FILE *out)
{
  write_around (out, "Make compares modification times.", middle_repeat, "word ");
}

static void
middle_long_id (FILE     *out,
                gpointer  data)
{
  fputs ("<domain id=\"", out);
  repeat_until (out, "d", SIZE_MB / 3);
  fputs ("\" weight=\"0\"><title>Long</title><task id=\"9.9\"><title>T</title></task></domain>\n  ",
         out);
}

static void
write_long_id (FILE *out)
{
  write_around (out, "<appendix>", middle_long_id, NULL);
}

static void
middle_long_href (FILE     *out,
                  gpointer  data)
{
  fputs ("<reference href=\"https://docs.aws.amazon.com/", out);
  repeat_until (out, "a/", SIZE_MB / 3);
  fputs ("\">Long</reference>\n      ", out);
}

static void
write_long_attribute (FILE *out)
{
  write_around (out, "<service ref=\"make\"/>", middle_long_href, NULL);
}

/* A big file that breaks the schema at its start: a failing file used to
 * be read to its end, then parsed again, whole, into a tree (422 MB for
 * this one). */
static void
middle_questions (FILE     *out,
                  gpointer  data)
{
  fputs ("    <question id=\"bad\" type=\"single\" task=\"1.2\"><unknown/></question>\n", out);
  for (guint n = 0, written = 0; written < SIZE_MB; n++)
    written += fprintf (out,
                        "    <question id=\"b%u\" type=\"single\" task=\"1.2\">\n"
                        "      <stem>Question number %u, which is long enough to be a stem of a"
                        " real question about building and running software?</stem>\n"
                        "      <option correct=\"true\">The right one, number %u<why>Yes.</why></option>\n"
                        "      <option>A wrong one<why>No.</why></option>\n"
                        "      <option>Another wrong one<why>No.</why></option>\n"
                        "      <option>The last wrong one<why>No.</why></option>\n"
                        "      <explanation>An explanation that teaches the concept.</explanation>\n"
                        "    </question>\n", n, n, n);
}

static void
write_failing_early (FILE *out)
{
  write_around (out, "  </questions>", middle_questions, NULL);
}

static const Shape shapes[] = {
  { "deep-nesting", write_deep_nesting, FALSE, ".xml:3: elements are nested" },
  { "many-attributes", write_many_attributes, FALSE, ".xml:5: <title> has more than 64 attributes" },
  { "many-comments", write_many_comments, FALSE, ".xml:5: the file has more than 100000 comments" },
  { "many-processing-instructions", write_many_instructions, FALSE,
    ".xml:5: the file has more than 100000 comments and processing instructions" },
  { "comments-in-prolog", write_comments_in_prolog, FALSE, ".xml:2: the file has more than 100000 comments" },
  { "many-elements", write_many_elements, FALSE, ".xml:5: the file has more than 1000000 elements" },
  { "big-part", write_big_part, FALSE, ".xml:19: this element holds more than 100000 elements" },
  { "huge-text", write_huge_text, FALSE, ".xml:70: a text of more than 1048576 bytes" },
  { "long-id", write_long_id, FALSE, ".xml:38: an attribute value of <domain> is longer" },
  { "long-attribute", write_long_attribute, FALSE, ".xml:74: an attribute value of <reference> is longer" },
  { "failing-early", write_failing_early, FALSE, ".xml:97: Did not expect element unknown there" },
};

static char *
shape_path (const Shape *shape)
{
  g_autofree char *name = g_strconcat (shape->name, ".xml", NULL);

  return g_build_filename (tmp_dir, name, NULL);
}

static glong
peak_kilobytes (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

static void
load_and_measure (const Shape *shape)
{
  g_autofree char *path = shape_path (shape);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylPack) pack = NULL;
  glong before = peak_kilobytes ();
  gint64 start = g_get_monotonic_time ();
  double seconds;
  double megabytes;

  pack = syl_pack_load (path, &error);
  seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
  megabytes = (peak_kilobytes () - before) / 1024.0;

  /* For the parent to show in the test log. */
  {
    g_autofree char *report_path = g_strconcat (path, ".txt", NULL);
    g_autofree char *report = g_strdup_printf ("%.2f s, %.1f MB more at the peak; %s",
                                               seconds, megabytes,
                                               error != NULL ? error->message : "loaded");

    g_file_set_contents (report_path, report, -1, NULL);
  }
  if (shape->loads)
    g_assert_no_error (error);
  else
    {
      g_assert_null (pack);
      g_assert_true (error->domain == SYL_PACK_ERROR);
      g_assert_nonnull (strstr (error->message, shape->says));
    }

  if (UNDER_ASAN)
    g_assert_cmpfloat (seconds, <, 5 * MAX_SECONDS);
  else
    {
      g_assert_cmpfloat (seconds, <, MAX_SECONDS);
      g_assert_cmpfloat (megabytes, <, MAX_MEGABYTES);
    }
}

static void
test_shape (gconstpointer data)
{
  const Shape *shape = data;
  g_autofree char *path = shape_path (shape);
  FILE *out;

  if (g_test_subprocess ())
    {
      load_and_measure (shape);
      return;
    }

  out = fopen (path, "w");
  g_assert_nonnull (out);
  shape->write (out);
  g_assert_cmpint (fclose (out), ==, 0);

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_remove (path);
  {
    g_autofree char *report_path = g_strconcat (path, ".txt", NULL);
    g_autofree char *report = NULL;

    if (g_file_get_contents (report_path, &report, NULL, NULL))
      g_test_message ("%s: %.300s", shape->name, report);
    g_remove (report_path);
  }
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* The subprocess finds its shape where the parent wrote it. */
  if (g_getenv ("SYL_PACK_LIMITS_DIR") == NULL)
    {
      tmp_dir = g_dir_make_tmp ("syl-pack-limits-XXXXXX", &error);
      g_assert_no_error (error);
      g_setenv ("SYL_PACK_LIMITS_DIR", tmp_dir, TRUE);
    }
  else
    tmp_dir = g_strdup (g_getenv ("SYL_PACK_LIMITS_DIR"));

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/syl/pack-limits/%s", shapes[i].name);

      g_test_add_data_func (test_path, &shapes[i], test_shape);
    }

  status = g_test_run ();
  if (!g_test_subprocess ())
    g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
