/* test-problem-report.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "syl-problem-report.h"

#define ISSUE_FORM "https://github.com/syllabus/packs/issues/new?template=report.yml"

static SylProblemReport *
make_report (SylProblemKind  kind,
             const char     *text)
{
  return syl_problem_report_new ("aws-dop-c02", 3, "q0042", kind, text);
}

/* The value of @key in @url's query, decoded. */
static char *
dup_param (const char *url,
           const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, &error);
  g_autoptr(GHashTable) params = NULL;

  g_assert_no_error (error);
  params = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, &error);
  g_assert_no_error (error);
  return g_strdup (g_hash_table_lookup (params, key));
}

static void
test_kinds (void)
{
  static const char *ids[] = { "answer-key", "unclear", "outdated", "typo" };

  for (SylProblemKind k = 0; k < SYL_PROBLEM_N_KINDS; k++)
    {
      SylProblemKind back = SYL_PROBLEM_N_KINDS;

      g_assert_cmpstr (syl_problem_kind_to_string (k), ==, ids[k]);
      g_assert_true (syl_problem_kind_from_string (ids[k], &back));
      g_assert_cmpint (back, ==, k);
      g_assert_nonnull (syl_problem_kind_get_label (k));
    }
  g_assert_cmpstr (syl_problem_kind_get_label (SYL_PROBLEM_KIND_ANSWER_KEY), ==, "Answer Key Is Wrong");
  g_assert_false (syl_problem_kind_from_string ("rude", &(SylProblemKind) { 0 }));
  g_assert_false (syl_problem_kind_from_string (NULL, &(SylProblemKind) { 0 }));
}

static void
test_text (void)
{
  g_autoptr(SylProblemReport) report =
    make_report (SYL_PROBLEM_KIND_ANSWER_KEY, "  B is right too: drift detection works.\r\nSee the docs.  ");
  const char *text = syl_problem_report_get_text (report);

  g_assert_cmpstr (text, ==,
                   "Problem: Answer key is wrong (answer-key)\n"
                   "Pack: aws-dop-c02, version 3\n"
                   "Question: q0042\n"
                   "Sent from: Syllabus " PACKAGE_VERSION "\n"
                   "\n"
                   "B is right too: drift detection works.\nSee the docs.\n");
  g_assert_cmpstr (syl_problem_report_get_subject (report), ==, "q0042 in aws-dop-c02: Answer key is wrong");
}

/* An issue form: the report in "title" and "body", the form's own
 * parameters kept, percent-encoded so that "&", "=", "#" and "+" in the
 * learner's text stay text. */
static void
test_https (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylProblemReport) report = make_report (SYL_PROBLEM_KIND_TYPO, "“Recieve” & 50% = 1+1 #typo é");
  g_autofree char *url = syl_problem_report_dup_url (report, ISSUE_FORM, &error);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *template = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (url, ISSUE_FORM "&title="));
  g_assert_null (strchr (url, ' '));
  g_assert_null (strchr (url, '\n'));
  g_assert_null (strchr (url, '#'));
  for (const char *p = url; *p != '\0'; p++)
    g_assert_true ((guchar) *p > ' ' && (guchar) *p < 0x7f);

  title = dup_param (url, "title");
  body = dup_param (url, "body");
  template = dup_param (url, "template");
  g_assert_cmpstr (title, ==, "q0042 in aws-dop-c02: Typo");
  g_assert_cmpstr (body, ==, syl_problem_report_get_text (report));
  g_assert_nonnull (strstr (body, "“Recieve” & 50% = 1+1 #typo é"));
  g_assert_cmpstr (template, ==, "report.yml");
}

/* An address without a query gets one; a fragment stays at the end; the
 * address's own title and body give way to the report's. */
static void
test_https_shapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylProblemReport) report = make_report (SYL_PROBLEM_KIND_OUTDATED, "Gone");
  g_autofree char *plain = syl_problem_report_dup_url (report, "https://example.org/report", &error);
  g_autofree char *fragment = NULL;
  g_autofree char *replaced = NULL;
  g_autofree char *title = NULL;
  g_autofree char *labels = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (plain, "https://example.org/report?title=q0042%20in%20aws-dop-c02%3A%20Outdated&body="));

  fragment = syl_problem_report_dup_url (report, "https://example.org/form?a=1#section-2", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (fragment, "https://example.org/form?a=1&title="));
  g_assert_true (g_str_has_suffix (fragment, "#section-2"));
  g_assert_cmpuint (strlen (strchr (fragment, '#')), ==, strlen ("#section-2"));

  replaced = syl_problem_report_dup_url (report,
                                         "https://example.org/new?title=Preset&labels=pack%20report&Body=x&",
                                         &error);
  g_assert_no_error (error);
  title = dup_param (replaced, "title");
  labels = dup_param (replaced, "labels");
  g_assert_cmpstr (title, ==, "q0042 in aws-dop-c02: Outdated");
  g_assert_cmpstr (labels, ==, "pack report");
  g_assert_null (strstr (replaced, "Preset"));
  g_assert_null (strstr (replaced, "Body=x"));
  g_assert_null (strstr (replaced, "&&"));
}

/* mailto: subject and body, CRLF line breaks (RFC 6068), the address's
 * other fields (cc) kept. */
static void
test_mailto (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylProblemReport) report = make_report (SYL_PROBLEM_KIND_UNCLEAR, "Two readings:\nA or C?");
  g_autofree char *url = syl_problem_report_dup_url (report, "mailto:packs@example.org?cc=team@example.org&subject=Old", &error);
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autofree char *cc = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (url, "mailto:packs@example.org?cc=team@example.org&subject="));
  g_assert_nonnull (strstr (url, "%0D%0A"));
  g_assert_null (strstr (url, "Old"));
  subject = dup_param (url, "subject");
  body = dup_param (url, "body");
  cc = dup_param (url, "cc");
  g_assert_cmpstr (subject, ==, "q0042 in aws-dop-c02: Question is unclear");
  g_assert_nonnull (strstr (body, "Question: q0042\r\n"));
  g_assert_true (g_str_has_suffix (body, "Two readings:\r\nA or C?\r\n"));
  g_assert_cmpstr (cc, ==, "team@example.org");
}

/* No address: no URL and no error; the UI copies the text. */
static void
test_no_address (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylProblemReport) report = make_report (SYL_PROBLEM_KIND_TYPO, "x");

  g_assert_null (syl_problem_report_dup_url (report, NULL, &error));
  g_assert_no_error (error);
}

static void
test_refused_addresses (void)
{
  static const char *addresses[] = {
    "http://example.org/report",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "ftp://example.org/",
    "https://user:secret@example.org/form",
    "https:///no-host",
    "mailto:",
    "mailto:a@example.org,b@example.org",
    "https://example.org/a b",
    "https://example.org/\n",
    "https://exämple.org/",
    "data:text/html,<script>",
    "",
  };
  g_autoptr(SylProblemReport) report = make_report (SYL_PROBLEM_KIND_TYPO, "x");

  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *url = syl_problem_report_dup_url (report, addresses[i], &error);

      g_test_message ("%s", addresses[i]);
      g_assert_null (url);
      g_assert_error (error, SYL_PROBLEM_REPORT_ERROR, SYL_PROBLEM_REPORT_ERROR_ADDRESS);
    }

  {
    /* Not UTF-8, not even text. */
    g_autoptr(GError) error = NULL;
    g_autofree char *url = syl_problem_report_dup_url (report, "https://example.org/\xff\xfe", &error);

    g_assert_null (url);
    g_assert_error (error, SYL_PROBLEM_REPORT_ERROR, SYL_PROBLEM_REPORT_ERROR_ADDRESS);
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
  }
}

/* Whatever was pasted: control characters and bidi overrides go, broken
 * UTF-8 becomes U+FFFD, line breaks and tabs stay. */
static void
test_hostile_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylProblemReport) report =
    make_report (SYL_PROBLEM_KIND_TYPO, "a\x01""b\x1b[31mc\x7f""d\u202Eevil\u2066e\tf\r\ng\rh\xff\xfei\0hidden");
  g_autoptr(SylProblemReport) ids =
    syl_problem_report_new ("pack\nInjected: yes", 1, "q\x1b""1\r\nQuestion: q9", SYL_PROBLEM_KIND_TYPO, NULL);
  g_autofree char *url = NULL;

  g_assert_cmpstr (syl_problem_report_get_learner_text (report), ==, "ab[31mcdevile\tf\ng\nh\xef\xbf\xbd\xef\xbf\xbdi");
  g_assert_true (g_utf8_validate (syl_problem_report_get_text (report), -1, NULL));

  /* Ids cannot add lines to the report. */
  g_assert_nonnull (strstr (syl_problem_report_get_text (ids), "Pack: pack Injected: yes, version 1\n"));
  g_assert_nonnull (strstr (syl_problem_report_get_text (ids), "Question: q1 Question: q9\n"));
  g_assert_cmpstr (syl_problem_report_get_learner_text (ids), ==, "");

  url = syl_problem_report_dup_url (report, ISSUE_FORM, &error);
  g_assert_no_error (error);
  for (const char *p = url; *p != '\0'; p++)
    g_assert_true ((guchar) *p > ' ' && (guchar) *p < 0x7f);
}

/* A huge text: the report holds the first SYL_PROBLEM_REPORT_MAX_TEXT
 * bytes, the URL at most SYL_PROBLEM_REPORT_MAX_URL, cut in the learner's
 * text (never in the middle of a character), the ids whole. */
static void
test_huge_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(SylProblemReport) report = NULL;
  g_autofree char *url = NULL;
  g_autofree char *mail = NULL;
  g_autofree char *body = NULL;
  const char *learner;

  for (guint i = 0; i < 200000; i++)
    g_string_append (huge, i % 3 == 0 ? "é" : i % 3 == 1 ? "😀" : "a ");

  report = make_report (SYL_PROBLEM_KIND_ANSWER_KEY, huge->str);
  learner = syl_problem_report_get_learner_text (report);
  g_assert_cmpuint (strlen (learner), <=, SYL_PROBLEM_REPORT_MAX_TEXT);
  g_assert_cmpuint (strlen (learner), >, SYL_PROBLEM_REPORT_MAX_TEXT - 8);
  g_assert_true (g_str_has_suffix (learner, "…"));
  g_assert_true (g_utf8_validate (learner, -1, NULL));

  url = syl_problem_report_dup_url (report, ISSUE_FORM, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (url), <=, SYL_PROBLEM_REPORT_MAX_URL);
  /* Cut near the bound, not far below it. */
  g_assert_cmpuint (strlen (url), >, SYL_PROBLEM_REPORT_MAX_URL - 40);
  body = dup_param (url, "body");
  g_assert_true (g_utf8_validate (body, -1, NULL));
  g_assert_nonnull (strstr (body, "Pack: aws-dop-c02, version 3\nQuestion: q0042\n"));
  g_assert_true (g_str_has_suffix (body, "…\n"));

  mail = syl_problem_report_dup_url (report, "mailto:packs@example.org", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (mail), <=, SYL_PROBLEM_REPORT_MAX_URL);
}

/* Ids longer than any URL: refused, not cut. */
static void
test_ids_too_long (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_id = g_strnfill (7000, 'q');
  g_autoptr(SylProblemReport) report =
    syl_problem_report_new ("p", 1, long_id, SYL_PROBLEM_KIND_TYPO, "short");
  g_autofree char *url = syl_problem_report_dup_url (report, ISSUE_FORM, &error);

  g_assert_null (url);
  g_assert_error (error, SYL_PROBLEM_REPORT_ERROR, SYL_PROBLEM_REPORT_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (syl_problem_report_get_text (report), long_id));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/problem-report/kinds", test_kinds);
  g_test_add_func ("/syl/problem-report/text", test_text);
  g_test_add_func ("/syl/problem-report/https", test_https);
  g_test_add_func ("/syl/problem-report/https-shapes", test_https_shapes);
  g_test_add_func ("/syl/problem-report/mailto", test_mailto);
  g_test_add_func ("/syl/problem-report/no-address", test_no_address);
  g_test_add_func ("/syl/problem-report/refused-addresses", test_refused_addresses);
  g_test_add_func ("/syl/problem-report/hostile-text", test_hostile_text);
  g_test_add_func ("/syl/problem-report/huge-text", test_huge_text);
  g_test_add_func ("/syl/problem-report/ids-too-long", test_ids_too_long);

  return g_test_run ();
}
