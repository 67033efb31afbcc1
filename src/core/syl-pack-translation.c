/* syl-pack-translation.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-translation"

#include "config.h"

#include <string.h>

#include "syl-pack-loader.h"
#include "syl-pack-private.h"
#include "syl-pack-translation.h"
#include "syl-safe-file.h"

/* Translated packs (docs/translating.md).
 *
 * The build turns po-packs/PACK_ID/LANG.po into a translated copy of the
 * pack with itstool, installed in the pack's folder as translations/LANG/
 * (pack.xml, questions/…) together with the catalog itself (pack.mo).
 * itstool leaves every string the catalog does not translate in English,
 * so the translated copy alone cannot tell an untranslated string from one
 * whose translation is the same text ("AWS CodeDeploy"). The catalog can:
 * a string counts as translated when pack.mo has a (non-fuzzy) translation
 * for its msgid and the translated pack holds that translation.
 *
 * A question is shown translated only when all of its strings are (stem,
 * every option, every why, explanation); otherwise the whole question stays
 * in English. Other strings (titles, syllabus lines, summaries, errata)
 * are taken one by one. Ids never change, so progress stays keyed the
 * same, and a question keeps the content digest of its English text. */

#define MO_MAGIC         0x950412de
#define MO_MAGIC_SWAPPED 0xde120495
#define MAX_CATALOG_SIZE ((gsize) 64 * 1024 * 1024)

typedef struct
{
  GHashTable *catalog;   /* borrowed: msgid → msgstr */
  SylPack *merged;       /* borrowed */
  SylPackTranslationStats stats;
} Merge;

G_DEFINE_QUARK (syl-pack-translation-error-quark, syl_pack_translation_error)

/* The catalog */

static gboolean
read_u32 (const guint8 *data,
          gsize         length,
          gsize         offset,
          gboolean      swapped,
          guint32      *value)
{
  guint32 v;

  if (offset > length || length - offset < 4)
    return FALSE;

  memcpy (&v, data + offset, 4);
  v = GUINT32_FROM_LE (v);
  *value = swapped ? GUINT32_SWAP_LE_BE (v) : v;

  return TRUE;
}

/* Entry @i of the table at @table: a NUL-terminated string inside @data. */
static const char *
read_string (const guint8 *data,
             gsize         length,
             guint32       table,
             guint32       i,
             gboolean      swapped)
{
  guint32 string_length, offset;
  gsize entry = (gsize) table + (gsize) i * 8;

  if (!read_u32 (data, length, entry, swapped, &string_length) ||
      !read_u32 (data, length, entry + 4, swapped, &offset))
    return NULL;
  if ((gsize) offset + string_length >= length || data[offset + string_length] != '\0')
    return NULL;

  return (const char *) data + offset;
}

/**
 * syl_pack_catalog_load_from_data:
 * @data: the bytes of a gettext catalog (`.mo`)
 * @length: length of @data
 * @error: return location for a #SYL_PACK_TRANSLATION_ERROR
 *
 * Reads a compiled catalog. msgfmt writes only translated, non-fuzzy
 * messages, so every key of the result has a translation. The header entry
 * is left out; for a plural message, the singular msgid maps to the first
 * form.
 *
 * Returns: (transfer full) (element-type utf8 utf8): msgid → msgstr, or
 *   %NULL with @error set
 */
GHashTable *
syl_pack_catalog_load_from_data (const char  *data,
                                 gsize        length,
                                 GError     **error)
{
  const guint8 *bytes = (const guint8 *) data;
  g_autoptr(GHashTable) catalog = NULL;
  guint32 magic, revision, n, originals, translations;
  gsize expanded = 0;
  gboolean swapped;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > MAX_CATALOG_SIZE)
    {
      g_set_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG,
                   "larger than %" G_GSIZE_FORMAT " MiB", MAX_CATALOG_SIZE >> 20);
      return NULL;
    }

  if (!read_u32 (bytes, length, 0, FALSE, &magic) ||
      (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED))
    {
      g_set_error_literal (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG,
                           "not a gettext catalog (.mo); build it with msgfmt");
      return NULL;
    }
  swapped = magic == MO_MAGIC_SWAPPED;

  if (!read_u32 (bytes, length, 4, swapped, &revision) ||
      !read_u32 (bytes, length, 8, swapped, &n) ||
      !read_u32 (bytes, length, 12, swapped, &originals) ||
      !read_u32 (bytes, length, 16, swapped, &translations) ||
      (revision >> 16) > 1)
    {
      g_set_error_literal (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG,
                           "the catalog's header is truncated or of an unknown revision");
      return NULL;
    }

  /* Both tables of n entries of 8 bytes must lie inside the file: this
   * bounds n by the file's size before anything is allocated. */
  if ((guint64) n * 8 > length ||
      (guint64) originals + (guint64) n * 8 > length ||
      (guint64) translations + (guint64) n * 8 > length)
    {
      g_set_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG,
                   "the catalog says it has %u messages, more than its size holds;"
                   " rebuild it with msgfmt", n);
      return NULL;
    }

  catalog = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid = read_string (bytes, length, originals, i, swapped);
      const char *msgstr = read_string (bytes, length, translations, i, swapped);
      gsize msgid_length, msgstr_length;

      if (msgid == NULL || msgstr == NULL)
        {
          g_set_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG,
                       "message %u of the catalog lies outside the file; rebuild it with msgfmt",
                       i);
          return NULL;
        }

      /* msgfmt writes every string once, so the strings of a real catalog
       * add up to less than its size. Entries that all point at one large
       * string would cost entries × length to copy and check. */
      msgid_length = strlen (msgid);
      msgstr_length = strlen (msgstr);
      expanded += msgid_length + msgstr_length;
      if (expanded > length)
        {
          g_set_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG,
                       "the catalog's messages overlap (message %u reuses the bytes of another);"
                       " rebuild it with msgfmt", i);
          return NULL;
        }

      if (!g_utf8_validate_len (msgid, msgid_length, NULL) ||
          !g_utf8_validate_len (msgstr, msgstr_length, NULL))
        {
          g_set_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG,
                       "message %u of the catalog is not UTF-8; set charset=UTF-8 in the"
                       " po file's header", i);
          return NULL;
        }
      if (msgid[0] == '\0' || msgstr[0] == '\0')
        continue;

      g_hash_table_replace (catalog, g_strndup (msgid, msgid_length), g_strndup (msgstr, msgstr_length));
    }

  return g_steal_pointer (&catalog);
}

/**
 * syl_pack_catalog_load:
 * @path: a `.mo` file
 * @error: return location for a #SYL_PACK_TRANSLATION_ERROR
 *
 * Like syl_pack_catalog_load_from_data() for a file, which must be a
 * regular file (a FIFO is refused without blocking) of at most 64 MiB. It
 * is read into memory, not mapped, so a file truncated while it is read
 * cannot crash the app.
 *
 * Returns: (transfer full) (element-type utf8 utf8): msgid → msgstr, or
 *   %NULL with @error set
 */
GHashTable *
syl_pack_catalog_load (const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  GHashTable *catalog;
  gsize length;
  const char *data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = syl_safe_file_read (path, MAX_CATALOG_SIZE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_CATALOG,
                   "%s", local_error->message);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  catalog = syl_pack_catalog_load_from_data (data != NULL ? data : "", length, &local_error);
  if (catalog == NULL)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", path);

  return catalog;
}

/**
 * syl_pack_catalog_dup_msgid:
 * @text: a string as the pack loader returns it
 * @has_why: whether @text is an option's text with a `<why>`
 *
 * The msgid that itstool gives @text: the characters that XML escapes
 * (`&`, `<`, `>`) escaped, and for an option, the placeholder of its
 * `<why>` appended. The loader already collapses white space as itstool
 * does.
 *
 * Returns: (transfer full): the msgid
 */
char *
syl_pack_catalog_dup_msgid (const char *text,
                            gboolean    has_why)
{
  GString *msgid;

  g_return_val_if_fail (text != NULL, NULL);

  msgid = g_string_sized_new (strlen (text) + 16);
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (msgid, "&amp;");
          break;
        case '<':
          g_string_append (msgid, "&lt;");
          break;
        case '>':
          g_string_append (msgid, "&gt;");
          break;
        default:
          g_string_append_c (msgid, *p);
        }
    }
  if (has_why)
    g_string_append (msgid, SYL_PACK_WHY_PLACEHOLDER);

  return g_string_free (msgid, FALSE);
}

/* Appends the character of the entity at @p (just after '&') and returns
 * the position after its ';', or %NULL if it is not a known entity. */
static const char *
append_entity (GString    *out,
               const char *p)
{
  static const struct { const char *name; char c; } named[] = {
    { "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' }, { "apos;", '\'' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (g_str_has_prefix (p, named[i].name))
      {
        g_string_append_c (out, named[i].c);
        return p + strlen (named[i].name);
      }

  if (p[0] == '#')
    {
      gboolean hex = p[1] == 'x' || p[1] == 'X';
      const char *digits = p + (hex ? 2 : 1);
      char *end = NULL;
      guint64 value = g_ascii_strtoull (digits, &end, hex ? 16 : 10);

      if (end != digits && *end == ';' && value > 0 && value <= 0x10FFFF &&
          g_unichar_validate ((gunichar) value))
        {
          g_string_append_unichar (out, (gunichar) value);
          return end + 1;
        }
    }

  return NULL;
}

/**
 * syl_pack_catalog_dup_text:
 * @msgstr: a translation from the catalog
 *
 * The text that itstool puts into the translated pack for @msgstr, as the
 * loader reads it back: placeholders (`<_:why-1/>`) removed, entities
 * replaced by their characters, white space collapsed.
 *
 * Returns: (transfer full): the text
 */
char *
syl_pack_catalog_dup_text (const char *msgstr)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (msgstr != NULL, NULL);

  out = g_string_sized_new (strlen (msgstr));
  for (const char *p = msgstr; *p != '\0';)
    {
      if (g_str_has_prefix (p, "<_:"))
        {
          const char *end = strstr (p, "/>");

          if (end != NULL)
            {
              p = end + 2;
              continue;
            }
        }
      else if (*p == '&')
        {
          const char *next = append_entity (out, p + 1);

          if (next != NULL)
            {
              p = next;
              continue;
            }
        }
      g_string_append_c (out, *p);
      p++;
    }

  return syl_pack_normalize_text (out->str);
}

/* Merging */

/* Whether @translated is the catalog's translation of @english. A string
 * the catalog translates but that the translated pack holds otherwise was
 * not merged by itstool: it is counted, and stays in English. */
static gboolean
is_translated (Merge      *m,
               const char *english,
               const char *translated,
               gboolean    has_why)
{
  g_autofree char *msgid = syl_pack_catalog_dup_msgid (english, has_why);
  g_autofree char *expected = NULL;
  const char *msgstr = g_hash_table_lookup (m->catalog, msgid);

  if (msgstr == NULL)
    return FALSE;

  expected = syl_pack_catalog_dup_text (msgstr);
  if (translated == NULL || strcmp (expected, translated) != 0)
    {
      g_debug ("not merged: \"%s\" is translated as \"%s\" but the translated pack has \"%s\"",
               msgid, expected, translated != NULL ? translated : "(nothing)");
      m->stats.n_mismatched++;
      return FALSE;
    }

  return TRUE;
}

/* One string outside the questions: the translation if there is one. */
static const char *
pick (Merge      *m,
      const char *english,
      const char *translated)
{
  if (english == NULL)
    return NULL;

  m->stats.n_strings++;
  if (!is_translated (m, english, translated, FALSE))
    return english;

  m->stats.n_strings_translated++;
  return translated;
}

static GStrv
pick_list (Merge              *m,
           const char * const *english,
           const char * const *translated)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = g_strv_length ((GStrv) english);
  gboolean aligned = translated != NULL && g_strv_length ((GStrv) translated) == n;

  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, pick (m, english[i], aligned ? translated[i] : NULL));

  return g_strv_builder_end (builder);
}

static void
merge_texts (Merge              *m,
             SylPackText         which,
             const char * const *english,
             const char * const *translated)
{
  g_auto(GStrv) texts = pick_list (m, english, translated);

  for (guint i = 0; texts[i] != NULL; i++)
    syl_pack_add_text (m->merged, which, texts[i]);
}

static void
merge_domains (Merge   *m,
               SylPack *english,
               SylPack *translated)
{
  GListModel *domains = syl_pack_get_domains (english);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(SylDomain) en = g_list_model_get_item (domains, i);
      SylDomain *tr = syl_pack_lookup_domain (translated, syl_domain_get_id (en));
      GListModel *tasks = syl_domain_get_tasks (en);
      g_autoptr(SylDomain) domain = NULL;

      domain = syl_domain_new (syl_domain_get_id (en),
                               pick (m, syl_domain_get_title (en),
                                     tr != NULL ? syl_domain_get_title (tr) : NULL),
                               syl_domain_get_weight (en));

      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(SylTask) en_task = g_list_model_get_item (tasks, j);
          SylTask *tr_task = syl_pack_lookup_task (translated, syl_task_get_id (en_task));
          const char *title = pick (m, syl_task_get_title (en_task),
                                    tr_task != NULL ? syl_task_get_title (tr_task) : NULL);
          GStrv knowledge = pick_list (m, syl_task_get_knowledge (en_task),
                                       tr_task != NULL ? syl_task_get_knowledge (tr_task) : NULL);
          GStrv skills = pick_list (m, syl_task_get_skills (en_task),
                                    tr_task != NULL ? syl_task_get_skills (tr_task) : NULL);
          g_autoptr(SylTask) task = NULL;

          /* The task takes the lists. */
          task = syl_task_new (syl_task_get_id (en_task), title, knowledge, skills);
          syl_domain_add_task (domain, task);
        }

      syl_pack_add_domain (m->merged, domain);
    }
}

static void
merge_categories (Merge   *m,
                  SylPack *english,
                  SylPack *translated)
{
  GListModel *categories = syl_pack_get_categories (english);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(SylCategory) en = g_list_model_get_item (categories, i);
      SylCategory *tr = syl_pack_lookup_category (translated, syl_category_get_id (en));
      GListModel *services = syl_category_get_services (en);
      g_autoptr(SylCategory) category = NULL;

      category = syl_category_new (syl_category_get_id (en),
                                   pick (m, syl_category_get_title (en),
                                         tr != NULL ? syl_category_get_title (tr) : NULL));

      for (guint j = 0; j < g_list_model_get_n_items (services); j++)
        {
          g_autoptr(SylService) en_service = g_list_model_get_item (services, j);
          SylService *tr_service = syl_pack_lookup_service (translated,
                                                            syl_service_get_id (en_service));
          g_autoptr(SylService) service = NULL;

          /* Names and aliases are never translated: always the English ones. */
          service = syl_service_new (syl_service_get_id (en_service),
                                     syl_service_get_name (en_service),
                                     pick (m, syl_service_get_summary (en_service),
                                           tr_service != NULL ? syl_service_get_summary (tr_service) : NULL),
                                     syl_service_get_status (en_service),
                                     g_strdupv ((GStrv) syl_service_get_aliases (en_service)));
          syl_category_add_service (category, service);
        }

      syl_pack_add_category (m->merged, category);
    }
}

/* Whether @tr is the same question as @en apart from its words. */
static gboolean
same_shape (SylQuestion *en,
            SylQuestion *tr)
{
  guint n = syl_question_get_n_options (en);
  SylTask *en_task = syl_question_get_task (en);
  SylTask *tr_task = syl_question_get_task (tr);

  if (syl_question_get_question_type (en) != syl_question_get_question_type (tr) ||
      syl_question_get_n_options (tr) != n ||
      (en_task == NULL) != (tr_task == NULL) ||
      (en_task != NULL && g_strcmp0 (syl_task_get_id (en_task), syl_task_get_id (tr_task)) != 0))
    return FALSE;

  if ((syl_question_get_explanation (en) == NULL) != (syl_question_get_explanation (tr) == NULL) ||
      syl_question_get_n_references (en) != syl_question_get_n_references (tr))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (syl_question_get_option_correct (en, i) != syl_question_get_option_correct (tr, i) ||
        (syl_question_get_option_why (en, i) == NULL) != (syl_question_get_option_why (tr, i) == NULL))
      return FALSE;

  return TRUE;
}

/* Counts @en's strings, and whether @tr translates every one of them. */
static gboolean
question_translated (Merge       *m,
                     SylQuestion *en,
                     SylQuestion *tr)
{
  guint n = syl_question_get_n_options (en);
  gboolean shape = tr != NULL && same_shape (en, tr);
  const char *explanation = syl_question_get_explanation (en);
  guint n_translated = 0;
  guint n_strings = 1;

  /* Every string is looked at, so that the counts are complete. */
  if (shape && is_translated (m, syl_question_get_stem (en), syl_question_get_stem (tr), FALSE))
    n_translated++;
  /* A question from another tool may have no explanation. */
  if (explanation != NULL)
    {
      n_strings++;
      if (shape && is_translated (m, explanation, syl_question_get_explanation (tr), FALSE))
        n_translated++;
    }

  for (guint i = 0; i < n; i++)
    {
      const char *why = syl_question_get_option_why (en, i);

      n_strings++;
      if (shape && is_translated (m, syl_question_get_option_text (en, i),
                                  syl_question_get_option_text (tr, i), why != NULL))
        n_translated++;
      if (why == NULL)
        continue;
      n_strings++;
      if (shape && is_translated (m, why, syl_question_get_option_why (tr, i), FALSE))
        n_translated++;
    }

  m->stats.n_strings += n_strings;
  m->stats.n_strings_translated += n_translated;

  return shape && n_translated == n_strings;
}

static void
merge_questions (Merge   *m,
                 SylPack *english,
                 SylPack *translated)
{
  GListModel *questions = syl_pack_get_questions (english);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) en = g_list_model_get_item (questions, i);
      SylQuestion *tr = syl_pack_lookup_question (translated, syl_question_get_id (en));
      SylTask *en_task = syl_question_get_task (en);
      GPtrArray *services = syl_question_get_services (en);
      g_autoptr(SylQuestion) question = NULL;
      SylQuestion *source;

      m->stats.n_questions++;
      if (question_translated (m, en, tr))
        {
          source = tr;
          m->stats.n_questions_translated++;
        }
      else
        source = en;

      question = syl_question_new (syl_question_get_id (en),
                                   syl_question_get_question_type (en),
                                   en_task != NULL ? syl_pack_lookup_task (m->merged, syl_task_get_id (en_task)) : NULL,
                                   syl_question_get_stem (source),
                                   syl_question_get_explanation (source));
      for (guint j = 0; j < syl_question_get_n_options (en); j++)
        syl_question_add_option (question,
                                 syl_question_get_option_text (source, j),
                                 syl_question_get_option_why (source, j),
                                 syl_question_get_option_correct (en, j));
      /* Reference titles do not count toward "all of the question's
       * strings are translated", and are taken one by one: they name
       * pages of documentation that are mostly in English only, so a
       * translator may keep a title as it is, and a question whose stem,
       * options and explanation are translated should not wait for them.
       * The address is always the English pack's. */
      for (guint j = 0; j < syl_question_get_n_references (en); j++)
        {
          gboolean aligned = tr != NULL &&
                             syl_question_get_n_references (tr) == syl_question_get_n_references (en);

          syl_question_add_reference (question,
                                      pick (m, syl_question_get_reference_title (en, j),
                                            aligned ? syl_question_get_reference_title (tr, j) : NULL),
                                      syl_question_get_reference_href (en, j));
        }
      /* The learner's schedule follows the English text: changing the
       * language changes nothing. */
      syl_question_set_digest (question, syl_question_get_digest (en));
      syl_question_set_source (question, syl_question_get_source_file (en),
                               syl_question_get_source_line (en));
      for (guint j = 0; j < services->len; j++)
        {
          SylService *service = g_ptr_array_index (services, j);

          syl_question_add_service (question,
                                    syl_pack_lookup_service (m->merged, syl_service_get_id (service)));
        }

      syl_pack_add_question (m->merged, question);
    }
}

/* Errata, one by one; which question and version always from @english.
 * The translated pack has the same <change> elements in the same order. */
static void
merge_changes (Merge   *m,
               SylPack *english,
               SylPack *translated)
{
  GListModel *en_changes = syl_pack_get_changes (english);
  GListModel *tr_changes = syl_pack_get_changes (translated);
  guint n = g_list_model_get_n_items (en_changes);
  gboolean aligned = g_list_model_get_n_items (tr_changes) == n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylPackChange) en = g_list_model_get_item (en_changes, i);
      g_autoptr(SylPackChange) tr = aligned ? g_list_model_get_item (tr_changes, i) : NULL;
      g_autoptr(SylPackChange) change = NULL;

      if (tr != NULL && (syl_pack_change_get_version (tr) != syl_pack_change_get_version (en) ||
                         g_strcmp0 (syl_pack_change_get_question_id (tr),
                                    syl_pack_change_get_question_id (en)) != 0))
        g_clear_object (&tr);
      change = syl_pack_change_new (syl_pack_change_get_version (en),
                                    syl_pack_change_get_question_id (en),
                                    pick (m, syl_pack_change_get_text (en),
                                          tr != NULL ? syl_pack_change_get_text (tr) : NULL));
      syl_pack_add_change (m->merged, change);
    }
}

/**
 * syl_pack_translation_merge:
 * @english: the pack as written
 * @translated: the same pack with its strings translated by itstool
 *   (same ids; anything missing or shaped differently stays in English)
 * @catalog: (element-type utf8 utf8): the translations, from
 *   syl_pack_catalog_load()
 * @language: the translation's language, such as "de"
 * @stats: (out caller-allocates) (optional): what was translated
 *
 * Builds the pack a learner of @language sees. A question is translated
 * only when its stem, every option, every why and its explanation are;
 * otherwise the whole question stays in English. Titles, syllabus lines,
 * concepts, summaries, reference titles and errata are taken one by one.
 * Service names, aliases, ids, reference addresses, the report address,
 * the exam's numbers, which options are right and each question's content
 * digest always come from @english.
 *
 * Returns: (transfer full): a new pack whose language is @language
 */
SylPack *
syl_pack_translation_merge (SylPack                 *english,
                            SylPack                 *translated,
                            GHashTable              *catalog,
                            const char              *language,
                            SylPackTranslationStats *stats)
{
  Merge m = { 0 };

  g_return_val_if_fail (SYL_IS_PACK (english), NULL);
  g_return_val_if_fail (SYL_IS_PACK (translated), NULL);
  g_return_val_if_fail (catalog != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  m.catalog = catalog;
  m.merged = syl_pack_new (syl_pack_get_id (english), syl_pack_get_version (english), language);

  syl_pack_set_title (m.merged, pick (&m, syl_pack_get_title (english), syl_pack_get_title (translated)));
  syl_pack_set_path (m.merged, syl_pack_get_path (english));
  syl_pack_set_report_address (m.merged, syl_pack_get_report_address (english));
  syl_pack_set_exam (m.merged,
                     syl_pack_get_exam_code (english),
                     syl_pack_get_scored (english),
                     syl_pack_get_unscored (english),
                     syl_pack_get_minutes (english),
                     syl_pack_get_score_min (english),
                     syl_pack_get_score_max (english),
                     syl_pack_get_pass_score (english),
                     syl_pack_get_scoring (english));
  for (SylQuestionType type = SYL_QUESTION_SINGLE; type <= SYL_QUESTION_MULTIPLE; type++)
    {
      const char *text = pick (&m, syl_pack_get_response_type_text (english, type),
                               syl_pack_get_response_type_text (translated, type));

      if (text != NULL)
        syl_pack_set_response_type_text (m.merged, type, text);
    }

  merge_texts (&m, SYL_PACK_TEXT_INTRO,
               syl_pack_get_intro (english), syl_pack_get_intro (translated));
  merge_texts (&m, SYL_PACK_TEXT_EXAM_NOTE,
               syl_pack_get_exam_notes (english), syl_pack_get_exam_notes (translated));
  merge_texts (&m, SYL_PACK_TEXT_CANDIDATE_SUMMARY,
               syl_pack_get_candidate_summary (english), syl_pack_get_candidate_summary (translated));
  merge_texts (&m, SYL_PACK_TEXT_CANDIDATE_EXPERIENCE,
               syl_pack_get_candidate_experience (english),
               syl_pack_get_candidate_experience (translated));
  merge_texts (&m, SYL_PACK_TEXT_OUT_OF_SCOPE,
               syl_pack_get_out_of_scope (english), syl_pack_get_out_of_scope (translated));
  merge_texts (&m, SYL_PACK_TEXT_CONCEPT,
               syl_pack_get_concepts (english), syl_pack_get_concepts (translated));

  merge_domains (&m, english, translated);
  merge_categories (&m, english, translated);
  merge_questions (&m, english, translated);
  merge_changes (&m, english, translated);
  syl_pack_set_n_questions_translated (m.merged, m.stats.n_questions_translated);

  if (stats != NULL)
    *stats = m.stats;

  return m.merged;
}

/**
 * syl_pack_load_translation:
 * @english: the pack as written
 * @translation_dir: a translation folder: `pack.xml`, the `questions/` files
 *   and `pack.mo`, as the build writes it
 * @language: the translation's language, such as "de"
 * @stats: (out caller-allocates) (optional): what was translated
 * @error: return location for a #SYL_PACK_ERROR or
 *   #SYL_PACK_TRANSLATION_ERROR
 *
 * Loads a translation of @english and merges it with
 * syl_pack_translation_merge().
 *
 * Returns: (transfer full): the translated pack, or %NULL with @error set
 */
SylPack *
syl_pack_load_translation (SylPack                  *english,
                           const char               *translation_dir,
                           const char               *language,
                           SylPackTranslationStats  *stats,
                           GError                  **error)
{
  g_autofree char *mo_path = NULL;
  g_autoptr(GHashTable) catalog = NULL;
  g_autoptr(SylPack) translated = NULL;

  g_return_val_if_fail (SYL_IS_PACK (english), NULL);
  g_return_val_if_fail (translation_dir != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mo_path = g_build_filename (translation_dir, "pack.mo", NULL);
  catalog = syl_pack_catalog_load (mo_path, error);
  if (catalog == NULL)
    return NULL;

  translated = syl_pack_load (translation_dir, error);
  if (translated == NULL)
    return NULL;

  if (g_strcmp0 (syl_pack_get_id (translated), syl_pack_get_id (english)) != 0)
    {
      g_set_error (error, SYL_PACK_TRANSLATION_ERROR, SYL_PACK_TRANSLATION_ERROR_MISMATCH,
                   "%s: the translation is of pack \"%s\", not of \"%s\"",
                   translation_dir, syl_pack_get_id (translated), syl_pack_get_id (english));
      return NULL;
    }

  return syl_pack_translation_merge (english, translated, catalog, language, stats);
}

/* Whether @name (an entry of g_get_language_names()) asks for the pack's
 * own language: "en", "en_GB", "en.UTF-8", or the C locale. */
static gboolean
is_pack_language (const char *name,
                  const char *pack_language)
{
  gsize n;

  if (strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0 ||
      g_str_has_prefix (name, "C.") || pack_language == NULL)
    return TRUE;

  n = strlen (pack_language);
  return g_ascii_strncasecmp (name, pack_language, n) == 0 &&
         (name[n] == '\0' || name[n] == '_' || name[n] == '-' || name[n] == '.' || name[n] == '@');
}

/* A translation folder of @pack_id for @language, if there is one. */
static char *
translation_dir_for (const char *pack_dir,
                     const char *pack_id,
                     const char *language)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  const char *env = g_getenv (SYL_PACK_TRANSLATIONS_DIR_ENV);

  /* A language name is one path component, never a way out of the folder. */
  if (language[0] == '\0' || language[0] == '.' || strchr (language, G_DIR_SEPARATOR) != NULL ||
      strchr (language, '/') != NULL)
    return NULL;

  if (pack_dir != NULL && g_file_test (pack_dir, G_FILE_TEST_IS_DIR))
    g_ptr_array_add (candidates, g_build_filename (pack_dir, "translations", language, NULL));
  if (env != NULL && env[0] != '\0')
    {
      g_auto(GStrv) dirs = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; dirs[i] != NULL; i++)
        if (dirs[i][0] != '\0')
          g_ptr_array_add (candidates,
                           g_build_filename (dirs[i], pack_id, "translations", language, NULL));
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      const char *dir = g_ptr_array_index (candidates, i);
      g_autofree char *pack_xml = g_build_filename (dir, "pack.xml", NULL);
      g_autofree char *pack_mo = g_build_filename (dir, "pack.mo", NULL);

      if (g_file_test (pack_xml, G_FILE_TEST_IS_REGULAR) &&
          g_file_test (pack_mo, G_FILE_TEST_IS_REGULAR))
        return g_strdup (dir);
    }

  return NULL;
}

/**
 * syl_pack_find_translation:
 * @pack_dir: (nullable): the folder of the English pack
 * @pack_id: the pack id
 * @pack_language: the pack's own language ("en")
 * @languages: the learner's languages, most wanted first, as
 *   g_get_language_names() gives them
 * @language: (out) (optional) (transfer full): the language found
 *
 * Looks for the first of @languages that has a translation, in
 * `@pack_dir/translations/LANG/` and then in
 * `DIR/@pack_id/translations/LANG/` for each DIR of the search path
 * `$SYLLABUS_PACK_TRANSLATIONS_DIR` (the build folder's `data/` for
 * uninstalled runs). Stops at the pack's own language or the C locale: a
 * learner who put English first gets English.
 *
 * Returns: (transfer full) (nullable): the translation folder, or %NULL
 */
char *
syl_pack_find_translation (const char         *pack_dir,
                           const char         *pack_id,
                           const char         *pack_language,
                           const char * const *languages,
                           char              **language)
{
  g_return_val_if_fail (pack_id != NULL, NULL);
  g_return_val_if_fail (languages != NULL, NULL);

  if (language != NULL)
    *language = NULL;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      char *dir;

      if (is_pack_language (languages[i], pack_language))
        return NULL;

      dir = translation_dir_for (pack_dir, pack_id, languages[i]);
      if (dir != NULL)
        {
          g_debug ("Using the %s translation of %s from %s", languages[i], pack_id, dir);
          if (language != NULL)
            *language = g_strdup (languages[i]);
          return dir;
        }
    }

  return NULL;
}

/**
 * syl_pack_load_localized:
 * @pack_dir: a pack folder (or file)
 * @languages: (nullable): the learner's languages, most wanted first;
 *   %NULL for g_get_language_names()
 * @error: return location for a #SYL_PACK_ERROR
 *
 * Loads the English pack at @pack_dir and, when the learner's languages
 * ask for a translation that exists (see syl_pack_find_translation()),
 * overlays it: translated questions, syllabus and appendix, same ids.
 * A translation that cannot be loaded is reported with g_warning() and
 * skipped for the next language; the English pack is the last resort.
 *
 * Returns: (transfer full): the pack, or %NULL with @error set when the
 *   English pack itself cannot be loaded
 */
SylPack *
syl_pack_load_localized (const char          *pack_dir,
                         const char * const  *languages,
                         GError             **error)
{
  g_autoptr(SylPack) english = NULL;
  const char *id;
  const char *pack_language;

  g_return_val_if_fail (pack_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  english = syl_pack_load (pack_dir, error);
  if (english == NULL)
    return NULL;

  if (languages == NULL)
    languages = g_get_language_names ();
  id = syl_pack_get_id (english);
  pack_language = syl_pack_get_language (english);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char * const one[] = { languages[i], NULL };
      g_autofree char *dir = NULL;
      g_autofree char *language = NULL;
      g_autoptr(GError) local_error = NULL;
      SylPackTranslationStats stats;
      SylPack *localized;

      if (is_pack_language (languages[i], pack_language))
        break;

      dir = syl_pack_find_translation (pack_dir, id, pack_language, one, &language);
      if (dir == NULL)
        continue;

      localized = syl_pack_load_translation (english, dir, language, &stats, &local_error);
      if (localized == NULL)
        {
          g_warning ("Pack %s: the %s translation is not used: %s",
                     id, language, local_error->message);
          continue;
        }
      if (stats.n_mismatched > 0)
        g_warning ("Pack %s: %u strings of the %s translation could not be merged and stay"
                   " in English; check %s.po with msgfmt --check and the build's itstool warnings",
                   id, stats.n_mismatched, language, language);
      g_debug ("Pack %s in %s: %u of %u questions and %u of %u strings translated",
               id, language, stats.n_questions_translated, stats.n_questions,
               stats.n_strings_translated, stats.n_strings);

      return localized;
    }

  return g_steal_pointer (&english);
}
