/* syl-export-pack.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pack model written as a single-file pack (docs/pack-format.md). The
 * importers build a model and write it here, and the loader reads the
 * result like any pack: there is one validator, not one per format.
 */

#define G_LOG_DOMAIN "syl-export"

#include "config.h"

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-export-pack.h"
#include "syl-export.h"
#include "syl-pack-change.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"

static void
append_element (GString    *out,
                const char *indent,
                const char *name,
                const char *text)
{
  g_string_append_printf (out, "%s<%s>", indent, name);
  syl_export_append_xml (out, text);
  g_string_append_printf (out, "</%s>\n", name);
}

static void
append_elements (GString            *out,
                 const char         *indent,
                 const char         *name,
                 const char * const *texts)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    append_element (out, indent, name, texts[i]);
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  syl_export_append_xml (out, value);
  g_string_append_c (out, '"');
}

/* One <changes> per version, in the order the pack lists them. */
static void
append_changes (GString *out,
                SylPack *pack)
{
  GListModel *changes = syl_pack_get_changes (pack);
  guint open_version = 0;

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(SylPackChange) change = g_list_model_get_item (changes, i);
      guint version = syl_pack_change_get_version (change);

      if (version != open_version)
        {
          if (open_version != 0)
            g_string_append (out, "  </changes>\n");
          g_string_append_printf (out, "  <changes version=\"%u\">\n", version);
          open_version = version;
        }
      g_string_append (out, "    <change");
      append_attribute (out, "question", syl_pack_change_get_question_id (change));
      g_string_append_c (out, '>');
      syl_export_append_xml (out, syl_pack_change_get_text (change));
      g_string_append (out, "</change>\n");
    }
  if (open_version != 0)
    g_string_append (out, "  </changes>\n");
}

static void
append_exam (GString *out,
             SylPack *pack)
{
  const char *single = syl_pack_get_response_type_text (pack, SYL_QUESTION_SINGLE);
  const char *multiple = syl_pack_get_response_type_text (pack, SYL_QUESTION_MULTIPLE);
  const char * const *notes = syl_pack_get_exam_notes (pack);

  g_string_append (out, "  <exam");
  append_attribute (out, "code", syl_pack_get_exam_code (pack));
  g_string_append_printf (out, " scored=\"%u\" unscored=\"%u\" minutes=\"%u\""
                          " score-min=\"%u\" score-max=\"%u\" pass=\"%u\"",
                          syl_pack_get_scored (pack), syl_pack_get_unscored (pack),
                          syl_pack_get_minutes (pack), syl_pack_get_score_min (pack),
                          syl_pack_get_score_max (pack), syl_pack_get_pass_score (pack));
  if (syl_pack_get_scoring (pack) != NULL)
    append_attribute (out, "scoring", syl_pack_get_scoring (pack));

  if (single == NULL && multiple == NULL && notes[0] == NULL)
    {
      g_string_append (out, "/>\n");
      return;
    }

  g_string_append (out, ">\n");
  if (single != NULL)
    {
      g_string_append (out, "    <response-type type=\"single\">");
      syl_export_append_xml (out, single);
      g_string_append (out, "</response-type>\n");
    }
  if (multiple != NULL)
    {
      g_string_append (out, "    <response-type type=\"multiple\">");
      syl_export_append_xml (out, multiple);
      g_string_append (out, "</response-type>\n");
    }
  append_elements (out, "    ", "note", notes);
  g_string_append (out, "  </exam>\n");
}

static void
append_domains (GString *out,
                SylPack *pack)
{
  GListModel *domains = syl_pack_get_domains (pack);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      GListModel *tasks = syl_domain_get_tasks (domain);

      g_string_append (out, "  <domain");
      append_attribute (out, "id", syl_domain_get_id (domain));
      g_string_append_printf (out, " weight=\"%u\">\n", syl_domain_get_weight (domain));
      append_element (out, "    ", "title", syl_domain_get_title (domain));

      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, t);

          g_string_append (out, "    <task");
          append_attribute (out, "id", syl_task_get_id (task));
          g_string_append (out, ">\n");
          append_element (out, "      ", "title", syl_task_get_title (task));
          append_elements (out, "      ", "knowledge", syl_task_get_knowledge (task));
          append_elements (out, "      ", "skill", syl_task_get_skills (task));
          g_string_append (out, "    </task>\n");
        }
      g_string_append (out, "  </domain>\n");
    }
}

static void
append_appendix (GString *out,
                 SylPack *pack)
{
  const char * const *concepts = syl_pack_get_concepts (pack);
  GListModel *categories = syl_pack_get_categories (pack);
  static const char * const status_names[] = { NULL, "closed", "retired" };

  if (concepts[0] == NULL && g_list_model_get_n_items (categories) == 0)
    return;

  g_string_append (out, "  <appendix>\n");
  append_elements (out, "    ", "concept", concepts);
  for (guint c = 0; c < g_list_model_get_n_items (categories); c++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, c);
      GListModel *services = syl_category_get_services (category);

      g_string_append (out, "    <category");
      append_attribute (out, "id", syl_category_get_id (category));
      g_string_append (out, ">\n");
      append_element (out, "      ", "title", syl_category_get_title (category));
      for (guint s = 0; s < g_list_model_get_n_items (services); s++)
        {
          g_autoptr(SylService) service = g_list_model_get_item (services, s);
          SylServiceStatus status = syl_service_get_status (service);

          g_string_append (out, "      <service");
          append_attribute (out, "id", syl_service_get_id (service));
          if (status < G_N_ELEMENTS (status_names) && status_names[status] != NULL)
            append_attribute (out, "status", status_names[status]);
          g_string_append (out, ">\n");
          append_element (out, "        ", "name", syl_service_get_name (service));
          append_elements (out, "        ", "alias", syl_service_get_aliases (service));
          append_element (out, "        ", "summary", syl_service_get_summary (service));
          g_string_append (out, "      </service>\n");
        }
      g_string_append (out, "    </category>\n");
    }
  g_string_append (out, "  </appendix>\n");
}

static guint
count_lines (GString *out)
{
  guint lines = 1;

  for (gsize i = 0; i < out->len; i++)
    if (out->str[i] == '\n')
      lines++;

  return lines;
}

static void
append_question (GString     *out,
                 SylQuestion *question)
{
  SylTask *task = syl_question_get_task (question);
  GPtrArray *services = syl_question_get_services (question);
  const char *explanation = syl_question_get_explanation (question);

  g_string_append (out, "    <question");
  append_attribute (out, "id", syl_question_get_id (question));
  append_attribute (out, "type", syl_question_get_question_type (question) == SYL_QUESTION_MULTIPLE ?
                                 "multiple" : "single");
  append_attribute (out, "task", task != NULL ? syl_task_get_id (task) : "");
  g_string_append (out, ">\n");
  append_element (out, "      ", "stem", syl_question_get_stem (question));

  for (guint i = 0; i < syl_question_get_n_options (question); i++)
    {
      const char *why = syl_question_get_option_why (question, i);

      g_string_append (out, syl_question_get_option_correct (question, i) ?
                       "      <option correct=\"true\">" : "      <option>");
      syl_export_append_xml (out, syl_question_get_option_text (question, i));
      if (why != NULL)
        {
          g_string_append (out, "<why>");
          syl_export_append_xml (out, why);
          g_string_append (out, "</why>");
        }
      g_string_append (out, "</option>\n");
    }

  if (explanation != NULL)
    append_element (out, "      ", "explanation", explanation);

  for (guint i = 0; i < syl_question_get_n_references (question); i++)
    {
      g_string_append (out, "      <reference");
      append_attribute (out, "href", syl_question_get_reference_href (question, i));
      g_string_append (out, ">");
      syl_export_append_xml (out, syl_question_get_reference_title (question, i));
      g_string_append (out, "</reference>\n");
    }

  for (guint i = 0; services != NULL && i < services->len; i++)
    {
      g_string_append (out, "      <service");
      append_attribute (out, "ref", syl_service_get_id (g_ptr_array_index (services, i)));
      g_string_append (out, "/>\n");
    }

  g_string_append (out, "    </question>\n");
}

/**
 * syl_export_pack:
 * @pack: a pack, loaded or built by an importer
 * @question_lines: (nullable) (element-type guint): filled with the line
 *   each question starts on, in the pack's order, so that a problem the
 *   loader finds can be traced back to the question
 *
 * Writes @pack as one pack file: every element the model holds, in the
 * order of the schema, texts escaped, white space as the loader leaves it.
 *
 * Returns: (transfer full): the file's bytes, UTF-8
 */
GBytes *
syl_export_pack (SylPack *pack,
                 GArray  *question_lines)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  GListModel *questions = syl_pack_get_questions (pack);
  const char * const *out_of_scope = syl_pack_get_out_of_scope (pack);
  const char * const *summary = syl_pack_get_candidate_summary (pack);
  const char * const *experience = syl_pack_get_candidate_experience (pack);
  g_autofree char *version = g_strdup_printf ("%u", syl_pack_get_version (pack));
  guint line;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  g_string_append (out, "<pack xmlns=\"" SYL_PACK_NAMESPACE "\"");
  append_attribute (out, "id", syl_pack_get_id (pack));
  append_attribute (out, "version", version);
  append_attribute (out, "xml:lang", syl_pack_get_language (pack) != NULL ?
                                     syl_pack_get_language (pack) : "en");
  if (syl_pack_get_report_address (pack) != NULL)
    append_attribute (out, "report", syl_pack_get_report_address (pack));
  g_string_append (out, ">\n");
  append_element (out, "  ", "title", syl_pack_get_title (pack) != NULL ? syl_pack_get_title (pack) : "");
  append_elements (out, "  ", "intro", syl_pack_get_intro (pack));
  append_exam (out, pack);

  if (summary[0] != NULL || experience[0] != NULL)
    {
      g_string_append (out, "  <candidate>\n");
      append_elements (out, "    ", "summary", summary);
      append_elements (out, "    ", "experience", experience);
      g_string_append (out, "  </candidate>\n");
    }
  if (out_of_scope[0] != NULL)
    {
      g_string_append (out, "  <out-of-scope>\n");
      append_elements (out, "    ", "item", out_of_scope);
      g_string_append (out, "  </out-of-scope>\n");
    }

  append_domains (out, pack);
  append_appendix (out, pack);
  append_changes (out, pack);

  g_string_append (out, "  <questions>\n");
  line = count_lines (out);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      gsize before = out->len;

      if (question_lines != NULL)
        g_array_append_val (question_lines, line);
      append_question (out, question);
      for (gsize j = before; j < out->len; j++)
        if (out->str[j] == '\n')
          line++;
    }
  g_string_append (out, "  </questions>\n</pack>\n");

  return g_string_free_to_bytes (out);
}
