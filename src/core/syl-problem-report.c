/* syl-problem-report.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Report a Problem…": the report a learner sends about a question, and
 * the URL that sends it. The report names the pack, its version and the
 * question, says what is wrong and carries the learner's sentence; its
 * field names stay in English, whatever the app's language, so that a
 * pack's authors can read every report they get.
 *
 * The pack's report address (checked by the loader, checked again here)
 * is an https:// issue form, which gets the report in its query as
 * "title" and "body" (the names GitHub, GitLab and Gitea issue forms
 * read), or a mailto: address, which gets "subject" and "body". Other
 * parameters of the address stay; its fragment stays at the end. The URL
 * is at most SYL_PROBLEM_REPORT_MAX_URL bytes: when it would be longer,
 * the learner's text is cut, never the ids. Without an address there is
 * no URL and the app copies the report's text instead.
 *
 * The learner's text is whatever was typed or pasted: it is made valid
 * UTF-8, control characters (but line breaks and tabs) and the invisible
 * characters that reorder text are dropped, so that what the authors
 * read is what the learner saw. */

#define G_LOG_DOMAIN "syl-problem-report"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "syl-problem-report.h"
#include "syl-reference.h"

struct _SylProblemReport
{
  char           *pack_id;
  guint           pack_version;
  char           *question_id;
  SylProblemKind  kind;
  char           *learner_text;   /* cleaned, at most SYL_PROBLEM_REPORT_MAX_TEXT bytes */
  char           *subject;
  char           *text;
};

G_DEFINE_QUARK (syl-problem-report-error-quark, syl_problem_report_error)

static const struct
{
  const char *id;       /* as the store keeps it */
  const char *english;  /* in the report, for the pack's authors */
} kinds[SYL_PROBLEM_N_KINDS] = {
  [SYL_PROBLEM_KIND_ANSWER_KEY] = { "answer-key", "Answer key is wrong" },
  [SYL_PROBLEM_KIND_UNCLEAR] = { "unclear", "Question is unclear" },
  [SYL_PROBLEM_KIND_OUTDATED] = { "outdated", "Outdated" },
  [SYL_PROBLEM_KIND_TYPO] = { "typo", "Typo" },
};

/* Bidirectional embeddings, overrides and isolates: invisible, and able
 * to make a report read differently from what was typed. */
static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200e || c == 0x200f || c == 0x061c;
}

/* Valid UTF-8 with line breaks as "\n", no control characters but "\n"
 * and "\t" (none at all when !@multiline), no bidi controls; trimmed. */
static char *
clean_text (const char *text,
            gboolean    multiline)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, multiline ? '\n' : ' ');
          continue;
        }
      if ((c == '\n' || c == '\t') && !multiline)
        c = ' ';
      else if (c == '\n' || c == '\t')
        ;
      else if (g_unichar_iscntrl (c) || is_bidi_control (c))
        continue;

      g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

/* The first @n_chars characters of @text, with "…" when that is not all. */
static char *
dup_prefix (const char *text,
            glong       n_chars,
            glong       total_chars)
{
  g_autofree char *prefix = NULL;

  if (n_chars >= total_chars)
    return g_strdup (text);

  prefix = g_utf8_substring (text, 0, n_chars);
  return g_strconcat (g_strchomp (prefix), "…", NULL);
}

static char *
build_text (const SylProblemReport *self,
            const char             *learner_text)
{
  return g_strdup_printf ("Problem: %s (%s)\n"
                          "Pack: %s, version %u\n"
                          "Question: %s\n"
                          "Sent from: Syllabus %s\n"
                          "\n"
                          "%s\n",
                          kinds[self->kind].english, kinds[self->kind].id,
                          self->pack_id, self->pack_version,
                          self->question_id,
                          PACKAGE_VERSION,
                          learner_text);
}

/**
 * syl_problem_kind_to_string:
 *
 * Returns: the kind as the store keeps it: "answer-key", "unclear",
 *   "outdated" or "typo"
 */
const char *
syl_problem_kind_to_string (SylProblemKind kind)
{
  g_return_val_if_fail (kind < SYL_PROBLEM_N_KINDS, NULL);

  return kinds[kind].id;
}

/**
 * syl_problem_kind_from_string:
 * @string: a kind as syl_problem_kind_to_string() writes it
 * @kind: (out): the kind
 *
 * Returns: %TRUE if @string names a kind
 */
gboolean
syl_problem_kind_from_string (const char     *string,
                              SylProblemKind *kind)
{
  for (guint i = 0; i < SYL_PROBLEM_N_KINDS; i++)
    if (g_strcmp0 (string, kinds[i].id) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * syl_problem_kind_get_label:
 *
 * Returns: the kind for the learner, translated ("Answer Key Is Wrong")
 */
const char *
syl_problem_kind_get_label (SylProblemKind kind)
{
  switch (kind)
    {
    case SYL_PROBLEM_KIND_ANSWER_KEY:
      return _("Answer Key Is Wrong");
    case SYL_PROBLEM_KIND_UNCLEAR:
      return _("Question Is Unclear");
    case SYL_PROBLEM_KIND_OUTDATED:
      return C_("problem with a question", "Outdated");
    case SYL_PROBLEM_KIND_TYPO:
      return C_("problem with a question", "Typo");
    case SYL_PROBLEM_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * syl_problem_report_new:
 * @pack_id: the pack
 * @pack_version: its version
 * @question_id: the question
 * @kind: what is wrong
 * @learner_text: (nullable): the learner's words, in any state (not even
 *   valid UTF-8 is assumed)
 *
 * Builds a report: its text (syl_problem_report_get_text()), a subject
 * line, and the learner's text cleaned and cut to
 * %SYL_PROBLEM_REPORT_MAX_TEXT bytes.
 *
 * Returns: (transfer full): the report
 */
SylProblemReport *
syl_problem_report_new (const char     *pack_id,
                        guint           pack_version,
                        const char     *question_id,
                        SylProblemKind  kind,
                        const char     *learner_text)
{
  SylProblemReport *self;
  g_autofree char *cleaned = NULL;

  g_return_val_if_fail (pack_id != NULL, NULL);
  g_return_val_if_fail (question_id != NULL, NULL);
  g_return_val_if_fail (kind < SYL_PROBLEM_N_KINDS, NULL);

  self = g_new0 (SylProblemReport, 1);
  self->pack_id = clean_text (pack_id, FALSE);
  self->pack_version = pack_version;
  self->question_id = clean_text (question_id, FALSE);
  self->kind = kind;

  cleaned = clean_text (learner_text, TRUE);
  if (strlen (cleaned) > SYL_PROBLEM_REPORT_MAX_TEXT)
    {
      /* Room for "…" (3 bytes), cut where a character starts. */
      const char *end = g_utf8_find_prev_char (cleaned, cleaned + SYL_PROBLEM_REPORT_MAX_TEXT - 2);
      g_autofree char *cut = g_strndup (cleaned, end - cleaned);

      self->learner_text = g_strconcat (g_strchomp (cut), "…", NULL);
    }
  else
    self->learner_text = g_steal_pointer (&cleaned);

  self->subject = g_strdup_printf ("%s in %s: %s", self->question_id, self->pack_id,
                                   kinds[kind].english);
  self->text = build_text (self, self->learner_text);

  return self;
}

void
syl_problem_report_free (SylProblemReport *self)
{
  if (self == NULL)
    return;

  g_free (self->pack_id);
  g_free (self->question_id);
  g_free (self->learner_text);
  g_free (self->subject);
  g_free (self->text);
  g_free (self);
}

/**
 * syl_problem_report_get_text:
 *
 * Returns: the whole report, as copied to the clipboard and sent in a
 *   URL's body
 */
const char *
syl_problem_report_get_text (const SylProblemReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

/**
 * syl_problem_report_get_subject:
 *
 * Returns: a one-line subject: "q0042 in aws-dop-c02: Typo"
 */
const char *
syl_problem_report_get_subject (const SylProblemReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->subject;
}

/**
 * syl_problem_report_get_learner_text:
 *
 * Returns: the learner's text, cleaned and cut as the report holds it
 */
const char *
syl_problem_report_get_learner_text (const SylProblemReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->learner_text;
}

/* The parameters of @query (still encoded) other than those the report
 * sets, "&"-separated, or "" */
static char *
dup_other_params (const char         *query,
                  const char * const *ours)
{
  g_auto(GStrv) params = NULL;
  g_autoptr(GString) kept = g_string_new (NULL);

  if (query == NULL)
    return g_strdup ("");

  params = g_strsplit (query, "&", -1);
  for (guint i = 0; params[i] != NULL; i++)
    {
      g_autofree char *key = g_strndup (params[i], strcspn (params[i], "="));
      g_autofree char *decoded = g_uri_unescape_string (key, NULL);
      gboolean is_ours = FALSE;

      if (params[i][0] == '\0')
        continue;
      for (guint j = 0; ours[j] != NULL; j++)
        is_ours |= decoded != NULL && g_ascii_strcasecmp (decoded, ours[j]) == 0;
      if (is_ours)
        continue;

      if (kept->len > 0)
        g_string_append_c (kept, '&');
      g_string_append (kept, params[i]);
    }

  return g_strdup (kept->str);
}

static char *
join_url (GUri       *uri,
          const char *other_params,
          const char *subject_key,
          const char *subject,
          const char *body,
          gboolean    crlf)
{
  g_autofree char *escaped_subject = g_uri_escape_string (subject, NULL, FALSE);
  g_autofree char *escaped_body = NULL;
  g_autofree char *query = NULL;

  if (crlf)
    {
      /* RFC 6068: line breaks in a mailto: body are CRLF. */
      g_auto(GStrv) lines = g_strsplit (body, "\n", -1);
      g_autofree char *joined = g_strjoinv ("\r\n", lines);

      escaped_body = g_uri_escape_string (joined, NULL, FALSE);
    }
  else
    escaped_body = g_uri_escape_string (body, NULL, FALSE);

  query = g_strdup_printf ("%s%s%s=%s&body=%s", other_params, other_params[0] != '\0' ? "&" : "",
                           subject_key, escaped_subject, escaped_body);

  return g_uri_join (G_URI_FLAGS_ENCODED, g_uri_get_scheme (uri), g_uri_get_userinfo (uri),
                     g_uri_get_host (uri), g_uri_get_port (uri), g_uri_get_path (uri),
                     query, g_uri_get_fragment (uri));
}

/**
 * syl_problem_report_dup_url:
 * @self: a report
 * @address: (nullable): the pack's report address
 * @error: return location for an error
 *
 * The URL that sends the report: @address with the report in its query
 * (https: "title" and "body"; mailto: "subject" and "body"), at most
 * %SYL_PROBLEM_REPORT_MAX_URL bytes, the learner's text cut to fit.
 *
 * Returns: (transfer full) (nullable): the URL; %NULL without an error
 *   when @address is %NULL (the report is then copied), %NULL with
 *   @error set when @address is not one the app opens or leaves no room
 */
char *
syl_problem_report_dup_url (const SylProblemReport  *self,
                            const char              *address,
                            GError                 **error)
{
  static const char * const https_keys[] = { "title", "body", NULL };
  static const char * const mailto_keys[] = { "subject", "body", NULL };
  g_autofree char *problem = NULL;
  g_autofree char *others = NULL;
  g_autofree char *best = NULL;
  g_autoptr(GUri) uri = NULL;
  gboolean mailto;
  const char *subject_key;
  glong total_chars, lo, hi;

  g_return_val_if_fail (self != NULL, NULL);

  if (address == NULL)
    return NULL;

  if (!syl_reference_check_report (address, &problem) ||
      (uri = g_uri_parse (address, G_URI_FLAGS_ENCODED, NULL)) == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (address, MIN (strlen (address), 200));

      g_set_error (error, SYL_PROBLEM_REPORT_ERROR, SYL_PROBLEM_REPORT_ERROR_ADDRESS,
                   /* Translators: %s is an address, then what is wrong with it */
                   _("The pack’s report address “%s” cannot be opened: it %s"),
                   shown, problem != NULL ? problem : "cannot be read");
      return NULL;
    }

  mailto = g_ascii_strcasecmp (g_uri_get_scheme (uri), "mailto") == 0;
  subject_key = mailto ? "subject" : "title";
  others = dup_other_params (g_uri_get_query (uri), mailto ? mailto_keys : https_keys);

  /* The longest prefix of the learner's text that fits: the URL grows
   * with each character kept, so a binary search finds it. */
  total_chars = g_utf8_strlen (self->learner_text, -1);
  lo = -1;
  hi = total_chars;
  while (lo < hi)
    {
      glong mid = lo + (hi - lo + 1) / 2;
      g_autofree char *prefix = dup_prefix (self->learner_text, MAX (mid, 0), total_chars);
      g_autofree char *body = build_text (self, prefix);
      g_autofree char *url = join_url (uri, others, subject_key, self->subject, body, mailto);

      if (strlen (url) <= SYL_PROBLEM_REPORT_MAX_URL)
        {
          lo = mid;
          g_free (best);
          best = g_steal_pointer (&url);
        }
      else
        hi = mid - 1;
    }

  if (best == NULL)
    {
      /* Even without the learner's text: try the empty text once. */
      g_autofree char *body = build_text (self, "");
      g_autofree char *url = join_url (uri, others, subject_key, self->subject, body, mailto);

      if (strlen (url) <= SYL_PROBLEM_REPORT_MAX_URL)
        return g_steal_pointer (&url);

      g_set_error (error, SYL_PROBLEM_REPORT_ERROR, SYL_PROBLEM_REPORT_ERROR_TOO_LONG,
                   _("A report on question “%.80s” does not fit in a link of %u bytes to the"
                     " pack’s report address; copy it instead"),
                   self->question_id, SYL_PROBLEM_REPORT_MAX_URL);
      return NULL;
    }

  return g_steal_pointer (&best);
}
