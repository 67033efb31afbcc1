/* syl-export-qti.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pack as an IMS QTI 2.1 content package, a zip that learning
 * platforms import: imsmanifest.xml, one assessmentItem file per question
 * (items/ID.xml) and an assessmentTest (test.xml) with a section per
 * domain and, inside, one per task statement. Each option's why is its
 * feedbackInline, shown when the option was chosen; the explanation is a
 * modalFeedback shown after every attempt. syl-import-qti.c reads all of
 * it back, the sections as domains and tasks.
 */

#define G_LOG_DOMAIN "syl-export"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "syl-domain.h"
#include "syl-export-qti.h"
#include "syl-export.h"
#include "syl-question.h"
#include "syl-task.h"

#define QTI_NAMESPACE "http://www.imsglobal.org/xsd/imsqti_v2p1"
#define QTI_SCHEMA "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
#define CP_NAMESPACE "http://www.imsglobal.org/xsd/imscp_v1p1"

typedef struct archive Archive;

static void
free_archive (Archive *archive)
{
  archive_write_free (archive);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Archive, free_archive)

static la_ssize_t
on_write_cb (struct archive *archive,
             void           *user_data,
             const void     *buffer,
             size_t          length)
{
  g_byte_array_append (user_data, buffer, length);
  return length;
}

/* QTI identifiers are XML names, which may not start with a digit or a
 * dot; a pack id may. */
static char *
dup_identifier (const char *prefix,
                const char *id)
{
  if (g_ascii_isalpha (id[0]) && prefix == NULL)
    return g_strdup (id);

  return g_strconcat (prefix != NULL ? prefix : "item-", id, NULL);
}

static char *
dup_choice_id (guint i)
{
  if (i < 26)
    return g_strdup_printf ("%c", 'A' + i);

  return g_strdup_printf ("C%u", i + 1);
}

static char *
dup_item (SylQuestion *question)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  gboolean multiple = syl_question_get_question_type (question) == SYL_QUESTION_MULTIPLE;
  const char *cardinality = multiple ? "multiple" : "single";
  const char *explanation = syl_question_get_explanation (question);
  g_autofree char *identifier = dup_identifier (NULL, syl_question_get_id (question));
  guint n_options = syl_question_get_n_options (question);

  g_string_append (out, "<assessmentItem xmlns=\"" QTI_NAMESPACE "\""
                   " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                   " xsi:schemaLocation=\"" QTI_SCHEMA "\" identifier=\"");
  syl_export_append_xml (out, identifier);
  g_string_append (out, "\" title=\"");
  syl_export_append_xml (out, syl_question_get_id (question));
  g_string_append (out, "\" adaptive=\"false\" timeDependent=\"false\">\n");

  g_string_append_printf (out, "  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"%s\""
                          " baseType=\"identifier\">\n    <correctResponse>\n", cardinality);
  for (guint i = 0; i < n_options; i++)
    if (syl_question_get_option_correct (question, i))
      {
        g_autofree char *choice = dup_choice_id (i);

        g_string_append_printf (out, "      <value>%s</value>\n", choice);
      }
  g_string_append (out, "    </correctResponse>\n  </responseDeclaration>\n");
  g_string_append (out, "  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\">\n"
                        "    <defaultValue><value>0</value></defaultValue>\n  </outcomeDeclaration>\n");
  g_string_append_printf (out, "  <outcomeDeclaration identifier=\"FEEDBACK\" cardinality=\"%s\""
                          " baseType=\"identifier\"/>\n", cardinality);

  g_string_append_printf (out, "  <itemBody>\n    <choiceInteraction responseIdentifier=\"RESPONSE\""
                          " shuffle=\"false\" maxChoices=\"%u\">\n      <prompt>",
                          multiple ? 0 : 1);
  syl_export_append_xml (out, syl_question_get_stem (question));
  g_string_append (out, "</prompt>\n");
  for (guint i = 0; i < n_options; i++)
    {
      g_autofree char *choice = dup_choice_id (i);
      const char *why = syl_question_get_option_why (question, i);

      g_string_append_printf (out, "      <simpleChoice identifier=\"%s\">", choice);
      syl_export_append_xml (out, syl_question_get_option_text (question, i));
      if (why != NULL)
        {
          g_string_append_printf (out, "<feedbackInline outcomeIdentifier=\"FEEDBACK\""
                                  " identifier=\"%s\" showHide=\"show\">", choice);
          syl_export_append_xml (out, why);
          g_string_append (out, "</feedbackInline>");
        }
      g_string_append (out, "</simpleChoice>\n");
    }
  g_string_append (out, "    </choiceInteraction>\n  </itemBody>\n");

  /* match_correct, and FEEDBACK set to what was chosen so that each
   * chosen option's feedbackInline shows. */
  g_string_append (out,
                   "  <responseProcessing>\n"
                   "    <responseCondition>\n"
                   "      <responseIf>\n"
                   "        <match><variable identifier=\"RESPONSE\"/><correct identifier=\"RESPONSE\"/></match>\n"
                   "        <setOutcomeValue identifier=\"SCORE\"><baseValue baseType=\"float\">1</baseValue></setOutcomeValue>\n"
                   "      </responseIf>\n"
                   "      <responseElse>\n"
                   "        <setOutcomeValue identifier=\"SCORE\"><baseValue baseType=\"float\">0</baseValue></setOutcomeValue>\n"
                   "      </responseElse>\n"
                   "    </responseCondition>\n"
                   "    <setOutcomeValue identifier=\"FEEDBACK\"><variable identifier=\"RESPONSE\"/></setOutcomeValue>\n"
                   "  </responseProcessing>\n");

  /* showHide="hide" with an identifier FEEDBACK never takes: always shown. */
  if (explanation != NULL)
    {
      g_string_append (out, "  <modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"EXPLANATION\""
                            " showHide=\"hide\">");
      syl_export_append_xml (out, explanation);
      g_string_append (out, "</modalFeedback>\n");
    }
  g_string_append (out, "</assessmentItem>\n");

  return g_string_free (out, FALSE);
}

static char *
dup_item_path (SylQuestion *question)
{
  return g_strdup_printf ("items/%s.xml", syl_question_get_id (question));
}

static char *
dup_test (SylPack *pack)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  GListModel *domains = syl_pack_get_domains (pack);
  g_autofree char *identifier = dup_identifier ("test-", syl_pack_get_id (pack));

  g_string_append (out, "<assessmentTest xmlns=\"" QTI_NAMESPACE "\" identifier=\"");
  syl_export_append_xml (out, identifier);
  g_string_append (out, "\" title=\"");
  syl_export_append_xml (out, syl_pack_get_title (pack));
  g_string_append (out, "\">\n  <testPart identifier=\"part\" navigationMode=\"nonlinear\""
                        " submissionMode=\"simultaneous\">\n");

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      GListModel *tasks = syl_domain_get_tasks (domain);
      g_autofree char *domain_id = dup_identifier ("section-", syl_domain_get_id (domain));

      g_string_append (out, "    <assessmentSection identifier=\"");
      syl_export_append_xml (out, domain_id);
      g_string_append (out, "\" title=\"");
      syl_export_append_xml (out, syl_domain_get_title (domain));
      g_string_append (out, "\" visible=\"true\">\n");

      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, t);
          g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_task (pack, task);
          g_autofree char *task_id = dup_identifier ("section-", syl_task_get_id (task));

          if (questions->len == 0)
            continue;

          g_string_append (out, "      <assessmentSection identifier=\"");
          syl_export_append_xml (out, task_id);
          g_string_append (out, "\" title=\"");
          syl_export_append_xml (out, syl_task_get_title (task));
          g_string_append (out, "\" visible=\"true\">\n");
          for (guint i = 0; i < questions->len; i++)
            {
              SylQuestion *question = g_ptr_array_index (questions, i);
              g_autofree char *item_id = dup_identifier (NULL, syl_question_get_id (question));
              g_autofree char *path = dup_item_path (question);

              g_string_append (out, "        <assessmentItemRef identifier=\"");
              syl_export_append_xml (out, item_id);
              g_string_append (out, "\" href=\"");
              syl_export_append_xml (out, path);
              g_string_append (out, "\"/>\n");
            }
          g_string_append (out, "      </assessmentSection>\n");
        }
      g_string_append (out, "    </assessmentSection>\n");
    }

  g_string_append (out, "  </testPart>\n</assessmentTest>\n");
  return g_string_free (out, FALSE);
}

static char *
dup_manifest (SylPack *pack)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  GListModel *questions = syl_pack_get_questions (pack);
  g_autofree char *identifier = dup_identifier ("manifest-", syl_pack_get_id (pack));

  g_string_append (out, "<manifest xmlns=\"" CP_NAMESPACE "\" identifier=\"");
  syl_export_append_xml (out, identifier);
  g_string_append (out, "\">\n  <metadata>\n    <schema>QTIv2.1 Package</schema>\n"
                        "    <schemaversion>1.0.0</schemaversion>\n  </metadata>\n"
                        "  <organizations/>\n  <resources>\n"
                        "    <resource identifier=\"test\" type=\"imsqti_test_xmlv2p1\" href=\"test.xml\">\n"
                        "      <file href=\"test.xml\"/>\n    </resource>\n");

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      g_autofree char *resource_id = dup_identifier ("resource-", syl_question_get_id (question));
      g_autofree char *path = dup_item_path (question);

      g_string_append (out, "    <resource identifier=\"");
      syl_export_append_xml (out, resource_id);
      g_string_append (out, "\" type=\"imsqti_item_xmlv2p1\" href=\"");
      syl_export_append_xml (out, path);
      g_string_append (out, "\">\n      <file href=\"");
      syl_export_append_xml (out, path);
      g_string_append (out, "\"/>\n    </resource>\n");
    }

  g_string_append (out, "  </resources>\n</manifest>\n");
  return g_string_free (out, FALSE);
}

static gboolean
add_entry (Archive     *archive,
           const char  *name,
           const char  *text,
           GError     **error)
{
  struct archive_entry *entry = archive_entry_new ();
  gsize length = strlen (text);
  gboolean ok;

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, length);
  archive_entry_set_mtime (entry, 0, 0);

  ok = archive_write_header (archive, entry) == ARCHIVE_OK &&
       archive_write_data (archive, text, length) == (la_ssize_t)length;
  archive_entry_free (entry);

  if (!ok)
    g_set_error (error, SYL_EXPORT_ERROR, SYL_EXPORT_ERROR_FAILED,
                 "cannot add %s to the package: %s", name, archive_error_string (archive));
  return ok;
}

/**
 * syl_export_qti:
 * @pack: a loaded pack
 * @error: return location for a %SYL_EXPORT_ERROR_FAILED
 *
 * Returns: (transfer full): the QTI 2.1 content package (zip), or %NULL
 */
GBytes *
syl_export_qti (SylPack  *pack,
                GError  **error)
{
  g_autoptr(Archive) archive = archive_write_new ();
  g_autoptr(GByteArray) zip = g_byte_array_new ();
  GListModel *questions = syl_pack_get_questions (pack);
  g_autofree char *manifest = NULL;
  g_autofree char *test = NULL;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  /* No padding after the zip's end: some readers refuse it. */
  archive_write_set_bytes_in_last_block (archive, 1);
  if (archive_write_set_format_zip (archive) != ARCHIVE_OK ||
      archive_write_open (archive, zip, NULL, on_write_cb, NULL) != ARCHIVE_OK)
    {
      g_set_error (error, SYL_EXPORT_ERROR, SYL_EXPORT_ERROR_FAILED,
                   "cannot write a zip package: %s", archive_error_string (archive));
      return NULL;
    }

  manifest = dup_manifest (pack);
  test = dup_test (pack);
  if (!add_entry (archive, "imsmanifest.xml", manifest, error) ||
      !add_entry (archive, "test.xml", test, error))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);
      g_autofree char *path = dup_item_path (question);
      g_autofree char *item = dup_item (question);

      if (!add_entry (archive, path, item, error))
        return NULL;
    }

  if (archive_write_close (archive) != ARCHIVE_OK)
    {
      g_set_error (error, SYL_EXPORT_ERROR, SYL_EXPORT_ERROR_FAILED,
                   "cannot finish the zip package: %s", archive_error_string (archive));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&zip));
}
