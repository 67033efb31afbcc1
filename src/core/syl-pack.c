/* syl-pack.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack"

#include "config.h"

#include "syl-pack-change.h"
#include "syl-pack-private.h"

/**
 * SylPack:
 *
 * A content pack: one exam, its syllabus (domains and task statements),
 * the appendix (concepts, categories of services) and the questions.
 *
 * Read-only once syl_pack_load() has returned it. The pack owns every
 * object of the model; a task, domain or service that outlives its pack
 * answers %NULL for its parent.
 */
struct _SylPack
{
  GObject parent_instance;

  /* owned */
  char *id;
  char *title;
  char *language;
  char *path;
  char *exam_code;
  char *scoring;
  char *report_address;
  char *response_type_text[2];
  GPtrArray *texts[SYL_PACK_N_TEXTS];   /* NULL-terminated arrays of char* */
  GListStore *domains;
  GListStore *questions;
  GListStore *categories;
  GListStore *changes;                  /* of SylPackChange, in file order */
  GHashTable *domain_by_id;             /* borrowed SylDomain */
  GHashTable *task_by_id;               /* borrowed SylTask */
  GHashTable *question_by_id;           /* borrowed SylQuestion */
  GHashTable *category_by_id;           /* borrowed SylCategory */
  GHashTable *service_by_id;            /* borrowed SylService */

  guint version;
  guint scored;
  guint unscored;
  guint minutes;
  guint score_min;
  guint score_max;
  guint pass_score;
  guint n_questions_translated;         /* G_MAXUINT: not a translation */
};

G_DEFINE_FINAL_TYPE (SylPack, syl_pack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_TITLE,
  PROP_LANGUAGE,
  PROP_PATH,
  PROP_EXAM_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static const char * const *
text_list (SylPack     *self,
           SylPackText  which)
{
  GPtrArray *array = self->texts[which];

  if (array->len == 0)
    return empty_strv;

  return (const char * const *)array->pdata;
}

static void
syl_pack_finalize (GObject *object)
{
  SylPack *self = (SylPack *)object;

  g_clear_pointer (&self->domain_by_id, g_hash_table_unref);
  g_clear_pointer (&self->task_by_id, g_hash_table_unref);
  g_clear_pointer (&self->question_by_id, g_hash_table_unref);
  g_clear_pointer (&self->category_by_id, g_hash_table_unref);
  g_clear_pointer (&self->service_by_id, g_hash_table_unref);
  g_clear_object (&self->questions);
  g_clear_object (&self->categories);
  g_clear_object (&self->domains);
  g_clear_object (&self->changes);
  for (guint i = 0; i < SYL_PACK_N_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_ptr_array_unref);
  g_free (self->response_type_text[0]);
  g_free (self->response_type_text[1]);
  g_free (self->id);
  g_free (self->title);
  g_free (self->language);
  g_free (self->path);
  g_free (self->exam_code);
  g_free (self->scoring);
  g_free (self->report_address);

  G_OBJECT_CLASS (syl_pack_parent_class)->finalize (object);
}

static void
syl_pack_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SylPack *self = SYL_PACK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_VERSION:
      g_value_set_uint (value, self->version);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_EXAM_CODE:
      g_value_set_string (value, self->exam_code);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_pack_class_init (SylPackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_pack_finalize;
  object_class->get_property = syl_pack_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXAM_CODE] =
    g_param_spec_string ("exam-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_pack_init (SylPack *self)
{
  self->n_questions_translated = G_MAXUINT;
  for (guint i = 0; i < SYL_PACK_N_TEXTS; i++)
    self->texts[i] = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->domains = g_list_store_new (SYL_TYPE_DOMAIN);
  self->questions = g_list_store_new (SYL_TYPE_QUESTION);
  self->categories = g_list_store_new (SYL_TYPE_CATEGORY);
  self->changes = g_list_store_new (SYL_TYPE_PACK_CHANGE);
  self->domain_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->task_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->question_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->category_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->service_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Builders, for the loader (syl-pack-private.h). */

SylPack *
syl_pack_new (const char *id,
              guint       version,
              const char *language)
{
  SylPack *self = g_object_new (SYL_TYPE_PACK, NULL);

  self->id = g_strdup (id);
  self->version = version;
  self->language = g_strdup (language);

  return self;
}

void
syl_pack_set_title (SylPack    *self,
                    const char *title)
{
  g_free (self->title);
  self->title = g_strdup (title);
}

void
syl_pack_set_path (SylPack    *self,
                   const char *path)
{
  g_free (self->path);
  self->path = g_strdup (path);
}

void
syl_pack_set_exam (SylPack    *self,
                   const char *code,
                   guint       scored,
                   guint       unscored,
                   guint       minutes,
                   guint       score_min,
                   guint       score_max,
                   guint       pass_score,
                   const char *scoring)
{
  g_free (self->exam_code);
  self->exam_code = g_strdup (code);
  g_free (self->scoring);
  self->scoring = g_strdup (scoring);
  self->scored = scored;
  self->unscored = unscored;
  self->minutes = minutes;
  self->score_min = score_min;
  self->score_max = score_max;
  self->pass_score = pass_score;
}

void
syl_pack_set_report_address (SylPack    *self,
                             const char *address)
{
  g_free (self->report_address);
  self->report_address = g_strdup (address);
}

void
syl_pack_add_change (SylPack       *self,
                     SylPackChange *change)
{
  g_list_store_append (self->changes, change);
}

void
syl_pack_set_response_type_text (SylPack         *self,
                                 SylQuestionType  type,
                                 const char      *text)
{
  g_assert (type <= SYL_QUESTION_MULTIPLE);

  g_free (self->response_type_text[type]);
  self->response_type_text[type] = g_strdup (text);
}

void
syl_pack_add_text (SylPack     *self,
                   SylPackText  which,
                   const char  *text)
{
  g_assert (which < SYL_PACK_N_TEXTS);

  g_ptr_array_add (self->texts[which], g_strdup (text));
}

/* Call once the domain's tasks are added, so that they are indexed. */
void
syl_pack_add_domain (SylPack   *self,
                     SylDomain *domain)
{
  GListModel *tasks = syl_domain_get_tasks (domain);
  guint n = g_list_model_get_n_items (tasks);

  g_list_store_append (self->domains, domain);
  syl_domain_set_pack (domain, self);
  g_hash_table_insert (self->domain_by_id, (char *)syl_domain_get_id (domain), domain);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylTask) task = g_list_model_get_item (tasks, i);

      g_hash_table_insert (self->task_by_id, (char *)syl_task_get_id (task), task);
    }
}

/* Call once the category's services are added, so that they are indexed. */
void
syl_pack_add_category (SylPack     *self,
                       SylCategory *category)
{
  GListModel *services = syl_category_get_services (category);
  guint n = g_list_model_get_n_items (services);

  g_list_store_append (self->categories, category);
  g_hash_table_insert (self->category_by_id, (char *)syl_category_get_id (category), category);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylService) service = g_list_model_get_item (services, i);

      g_hash_table_insert (self->service_by_id, (char *)syl_service_get_id (service), service);
    }
}

void
syl_pack_add_question (SylPack     *self,
                       SylQuestion *question)
{
  g_list_store_append (self->questions, question);
  g_hash_table_insert (self->question_by_id, (char *)syl_question_get_id (question), question);
}

/* Public API */

/**
 * syl_pack_get_id:
 *
 * Returns: the pack id, which with a question id keys the learner's progress
 */
const char *
syl_pack_get_id (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return self->id;
}

guint
syl_pack_get_version (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), 0);

  return self->version;
}

const char *
syl_pack_get_title (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return self->title;
}

/**
 * syl_pack_set_n_questions_translated:
 * @n_translated: how many of the pack's questions its translation shows
 *   translated
 *
 * Marks the pack as a translation (syl_pack_translation_merge() calls it).
 */
void
syl_pack_set_n_questions_translated (SylPack *self,
                                     guint    n_translated)
{
  g_return_if_fail (SYL_IS_PACK (self));

  self->n_questions_translated = n_translated;
}

/**
 * syl_pack_get_n_questions_translated:
 *
 * A translated pack shows a question in its language only when every
 * string of the question is translated; the others stay in the language
 * the pack was written in. The app says so when that is most of them.
 *
 * Returns: how many questions are in the pack's language: all of them for
 *   a pack as written, those fully translated for a translation
 */
guint
syl_pack_get_n_questions_translated (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), 0);

  if (self->n_questions_translated == G_MAXUINT)
    return g_list_model_get_n_items (G_LIST_MODEL (self->questions));

  return self->n_questions_translated;
}

/**
 * syl_pack_get_language:
 *
 * Returns: the pack's `xml:lang`, such as "en"
 */
const char *
syl_pack_get_language (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return self->language;
}

/**
 * syl_pack_get_path:
 *
 * Returns: (nullable): the file or folder the pack was loaded from, %NULL
 *   for a pack loaded from memory
 */
const char *
syl_pack_get_path (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return self->path;
}

const char *
syl_pack_get_exam_code (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return self->exam_code;
}

guint
syl_pack_get_scored (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), 0);

  return self->scored;
}

guint
syl_pack_get_unscored (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), 0);

  return self->unscored;
}

guint
syl_pack_get_minutes (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), 0);

  return self->minutes;
}

guint
syl_pack_get_score_min (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), 0);

  return self->score_min;
}

guint
syl_pack_get_score_max (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), 0);

  return self->score_max;
}

guint
syl_pack_get_pass_score (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), 0);

  return self->pass_score;
}

/**
 * syl_pack_get_scoring:
 *
 * Returns: (nullable): the exam's scoring model ("compensatory"), if given
 */
const char *
syl_pack_get_scoring (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return self->scoring;
}

/**
 * syl_pack_get_response_type_text:
 *
 * Returns: (nullable): the exam guide's description of a question type
 */
const char *
syl_pack_get_response_type_text (SylPack         *self,
                                 SylQuestionType  type)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);
  g_return_val_if_fail (type <= SYL_QUESTION_MULTIPLE, NULL);

  return self->response_type_text[type];
}

/**
 * syl_pack_get_intro:
 *
 * Returns: (transfer none): the introduction's paragraphs, never %NULL
 */
const char * const *
syl_pack_get_intro (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return text_list (self, SYL_PACK_TEXT_INTRO);
}

/**
 * syl_pack_get_exam_notes:
 *
 * Returns: (transfer none): facts about the exam (`<note>`), never %NULL
 */
const char * const *
syl_pack_get_exam_notes (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return text_list (self, SYL_PACK_TEXT_EXAM_NOTE);
}

/**
 * syl_pack_get_candidate_summary:
 *
 * Returns: (transfer none): the target candidate paragraphs, never %NULL
 */
const char * const *
syl_pack_get_candidate_summary (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return text_list (self, SYL_PACK_TEXT_CANDIDATE_SUMMARY);
}

/**
 * syl_pack_get_candidate_experience:
 *
 * Returns: (transfer none): the recommended experience lines, never %NULL
 */
const char * const *
syl_pack_get_candidate_experience (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return text_list (self, SYL_PACK_TEXT_CANDIDATE_EXPERIENCE);
}

/**
 * syl_pack_get_out_of_scope:
 *
 * Returns: (transfer none): job tasks out of the exam's scope, never %NULL
 */
const char * const *
syl_pack_get_out_of_scope (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return text_list (self, SYL_PACK_TEXT_OUT_OF_SCOPE);
}

/**
 * syl_pack_get_concepts:
 *
 * Returns: (transfer none): the appendix's technologies and concepts,
 *   never %NULL
 */
const char * const *
syl_pack_get_concepts (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return text_list (self, SYL_PACK_TEXT_CONCEPT);
}

/**
 * syl_pack_get_domains:
 *
 * Returns: (transfer none): a #GListModel of #SylDomain, in file order
 */
GListModel *
syl_pack_get_domains (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return G_LIST_MODEL (self->domains);
}

/**
 * syl_pack_get_questions:
 *
 * Returns: (transfer none): a #GListModel of #SylQuestion, in file order
 *   (for a folder pack: question files sorted by name)
 */
GListModel *
syl_pack_get_questions (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return G_LIST_MODEL (self->questions);
}

/**
 * syl_pack_get_categories:
 *
 * Returns: (transfer none): a #GListModel of #SylCategory, in file order
 */
GListModel *
syl_pack_get_categories (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return G_LIST_MODEL (self->categories);
}

/**
 * syl_pack_lookup_domain:
 *
 * Returns: (transfer none) (nullable): the domain with @id
 */
SylDomain *
syl_pack_lookup_domain (SylPack    *self,
                        const char *id)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->domain_by_id, id);
}

/**
 * syl_pack_lookup_task:
 *
 * Returns: (transfer none) (nullable): the task statement with @id
 */
SylTask *
syl_pack_lookup_task (SylPack    *self,
                      const char *id)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->task_by_id, id);
}

/**
 * syl_pack_lookup_question:
 *
 * Returns: (transfer none) (nullable): the question with @id
 */
SylQuestion *
syl_pack_lookup_question (SylPack    *self,
                          const char *id)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->question_by_id, id);
}

/**
 * syl_pack_lookup_category:
 *
 * Returns: (transfer none) (nullable): the category with @id
 */
SylCategory *
syl_pack_lookup_category (SylPack    *self,
                          const char *id)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->category_by_id, id);
}

/**
 * syl_pack_lookup_service:
 *
 * Returns: (transfer none) (nullable): the service with @id
 */
SylService *
syl_pack_lookup_service (SylPack    *self,
                         const char *id)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->service_by_id, id);
}

typedef gboolean (*QuestionFilter) (SylQuestion *question,
                                    gpointer     data);

static GPtrArray *
filter_questions (SylPack        *self,
                  QuestionFilter  filter,
                  gpointer        data)
{
  GListModel *model = G_LIST_MODEL (self->questions);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      /* The pack keeps every question alive, so a borrowed pointer is safe
       * as long as the pack is. */
      SylQuestion *question = g_list_model_get_item (model, i);

      if (filter (question, data))
        g_ptr_array_add (result, question);
      g_object_unref (question);
    }

  return result;
}

static gboolean
question_has_task (SylQuestion *question,
                   gpointer     data)
{
  return syl_question_get_task (question) == data;
}

static gboolean
question_has_domain (SylQuestion *question,
                     gpointer     data)
{
  return syl_question_get_domain (question) == data;
}

static gboolean
question_has_service (SylQuestion *question,
                      gpointer     data)
{
  GPtrArray *services = syl_question_get_services (question);

  return g_ptr_array_find (services, data, NULL);
}

/**
 * syl_pack_dup_questions_for_task:
 *
 * Returns: (transfer container) (element-type SylQuestion): the questions
 *   on @task, in file order; the elements are borrowed from the pack
 */
GPtrArray *
syl_pack_dup_questions_for_task (SylPack *self,
                                 SylTask *task)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);
  g_return_val_if_fail (SYL_IS_TASK (task), NULL);

  return filter_questions (self, question_has_task, task);
}

/**
 * syl_pack_dup_questions_for_domain:
 *
 * Returns: (transfer container) (element-type SylQuestion): the questions
 *   on @domain's task statements, in file order; the elements are borrowed
 */
GPtrArray *
syl_pack_dup_questions_for_domain (SylPack   *self,
                                   SylDomain *domain)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);
  g_return_val_if_fail (SYL_IS_DOMAIN (domain), NULL);

  return filter_questions (self, question_has_domain, domain);
}

/**
 * syl_pack_dup_questions_for_service:
 *
 * Returns: (transfer container) (element-type SylQuestion): the questions
 *   that involve @service, in file order; the elements are borrowed
 */
GPtrArray *
syl_pack_dup_questions_for_service (SylPack    *self,
                                    SylService *service)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);
  g_return_val_if_fail (SYL_IS_SERVICE (service), NULL);

  return filter_questions (self, question_has_service, service);
}

/**
 * syl_pack_get_report_address:
 *
 * Where a learner's "Report a Problem…" goes: the pack's `report`, an
 * `https://` address (an issue form: the report goes into its query) or a
 * `mailto:` address, both checked by the loader.
 *
 * Returns: (nullable): the address, or %NULL if the pack has none (the
 *   report is then only copied)
 */
const char *
syl_pack_get_report_address (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return self->report_address;
}

/**
 * syl_pack_get_changes:
 *
 * The pack's errata: every `<change>` of every `<changes version="N">`,
 * in file order.
 *
 * Returns: (transfer none): a list model of #SylPackChange
 */
GListModel *
syl_pack_get_changes (SylPack *self)
{
  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  return G_LIST_MODEL (self->changes);
}

/**
 * syl_pack_dup_changes_after:
 * @version: the version of the pack the learner has seen
 *
 * The changes a learner who last saw @version of the pack has not been
 * shown: those of later versions, up to the pack's own, newest first and
 * in file order within a version.
 *
 * Returns: (transfer container) (element-type SylPackChange): the changes
 */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  guint va = syl_pack_change_get_version (*(SylPackChange **)a);
  guint vb = syl_pack_change_get_version (*(SylPackChange **)b);

  return (va < vb) - (va > vb);
}

GPtrArray *
syl_pack_dup_changes_after (SylPack *self,
                            guint    version)
{
  GListModel *model;
  GPtrArray *changes;

  g_return_val_if_fail (SYL_IS_PACK (self), NULL);

  model = G_LIST_MODEL (self->changes);
  changes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SylPackChange) change = g_list_model_get_item (model, i);
      guint v = syl_pack_change_get_version (change);

      if (v > version && v <= self->version)
        g_ptr_array_add (changes, g_steal_pointer (&change));
    }
  /* g_ptr_array_sort() is a merge sort: stable. */
  g_ptr_array_sort (changes, compare_newest_first);

  return changes;
}
