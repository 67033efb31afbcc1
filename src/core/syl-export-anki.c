/* syl-export-anki.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Flashcards for Anki (and AnkiDroid, AnkiMobile): a tab-separated text
 * file whose header lines tell Anki's importer the separator, that fields
 * are HTML, the note type, the deck, and which columns hold the note's
 * identity and tags, so importing it again updates the cards instead of
 * adding copies. One card per service (name → summary) and one per
 * question (stem → the right options and the explanation).
 */

#define G_LOG_DOMAIN "syl-export"

#include "config.h"

#include <string.h>

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-export-anki.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"

/* A field as HTML on one line: no tab, no line break, and no double
 * quote at the start, which Anki would read as a quoted field. */
static void
append_html (GString    *out,
             const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\t':
        case '\r':
        case '\n':
          g_string_append_c (out, ' ');
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

/* Tags are words: a space would split one in two. */
static void
append_tag (GString    *out,
            const char *prefix,
            const char *id)
{
  g_string_append_printf (out, " %s", prefix);
  for (const char *p = id; *p != '\0'; p++)
    g_string_append_c (out, g_ascii_isspace (*p) ? '_' : *p);
}

static void
append_guid (GString    *out,
             SylPack    *pack,
             const char *kind,
             const char *id)
{
  g_string_append (out, "syllabus:");
  append_html (out, syl_pack_get_id (pack));
  g_string_append_printf (out, ":%s:", kind);
  append_html (out, id);
}

static void
append_services (GString *out,
                 SylPack *pack)
{
  GListModel *categories = syl_pack_get_categories (pack);

  for (guint c = 0; c < g_list_model_get_n_items (categories); c++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, c);
      GListModel *services = syl_category_get_services (category);

      for (guint s = 0; s < g_list_model_get_n_items (services); s++)
        {
          g_autoptr(SylService) service = g_list_model_get_item (services, s);

          append_guid (out, pack, "service", syl_service_get_id (service));
          g_string_append_c (out, '\t');
          append_html (out, syl_service_get_name (service));
          g_string_append_c (out, '\t');
          append_html (out, syl_service_get_summary (service));
          g_string_append (out, "\tsyllabus::service");
          append_tag (out, "syllabus::category::", syl_category_get_id (category));
          g_string_append (out, "\n");
        }
    }
}

static void
append_question (GString     *out,
                 SylPack     *pack,
                 SylQuestion *question)
{
  const char *explanation = syl_question_get_explanation (question);
  SylDomain *domain = syl_question_get_domain (question);
  SylTask *task = syl_question_get_task (question);
  gboolean first = TRUE;

  append_guid (out, pack, "question", syl_question_get_id (question));
  g_string_append_c (out, '\t');
  append_html (out, syl_question_get_stem (question));
  g_string_append_c (out, '\t');

  for (guint i = 0; i < syl_question_get_n_options (question); i++)
    {
      if (!syl_question_get_option_correct (question, i))
        continue;
      g_string_append (out, first ? "<b>" : "<br><b>");
      append_html (out, syl_question_get_option_text (question, i));
      g_string_append (out, "</b>");
      first = FALSE;
    }
  if (explanation != NULL)
    {
      g_string_append (out, "<br><br>");
      append_html (out, explanation);
    }

  g_string_append (out, "\tsyllabus::question");
  if (domain != NULL)
    append_tag (out, "syllabus::domain::", syl_domain_get_id (domain));
  if (task != NULL)
    append_tag (out, "syllabus::task::", syl_task_get_id (task));
  g_string_append (out, "\n");
}

/**
 * syl_export_anki:
 * @pack: a loaded pack
 *
 * Returns: (transfer full): the cards as Anki's tab-separated import
 *   format, with its header lines
 */
char *
syl_export_anki (SylPack *pack)
{
  GString *out = g_string_new (NULL);
  GListModel *questions = syl_pack_get_questions (pack);

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  g_string_append (out,
                   "#separator:tab\n"
                   "#html:true\n"
                   "#notetype:Basic\n");
  g_string_append (out, "#deck:Syllabus::");
  append_html (out, syl_pack_get_title (pack));
  g_string_append (out,
                   "\n"
                   "#guid column:1\n"
                   "#tags column:4\n"
                   "#columns:GUID\tFront\tBack\tTags\n");

  append_services (out, pack);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);

      append_question (out, pack, question);
    }

  return g_string_free (out, FALSE);
}
