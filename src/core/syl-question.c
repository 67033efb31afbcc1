/* syl-question.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-question"

#include "config.h"

#include <string.h>

#include "syl-domain.h"
#include "syl-pack-private.h"
#include "syl-question.h"
#include "syl-service.h"
#include "syl-task.h"

typedef struct
{
  char *text;
  char *why;
  gboolean correct;
} SylOption;

typedef struct
{
  char *title;
  char *href;
} SylReference;

/**
 * SylQuestion:
 *
 * One exam question: a stem, two or more options (each with, usually, why
 * it is right or wrong), usually an explanation, the task statement it
 * tests, the pages of documentation it rests on and the services it
 * involves.
 *
 * The name of the question's kind is syl_question_get_question_type(),
 * because syl_question_get_type() is the #GType.
 */
struct _SylQuestion
{
  GObject parent_instance;

  /* owned */
  char *id;
  char *stem;
  char *explanation;
  GArray *options;      /* of SylOption */
  GArray *references;   /* of SylReference */
  GPtrArray *services;  /* of SylService, strong references */
  SylTask *task;
  SylDomain *domain;
  char *digest;         /* computed when first asked for */
  char *source_file;    /* a GRefString, shared by the questions of a file */
  SylQuestionType type;
  guint n_correct;
  guint source_line;
};

G_DEFINE_FINAL_TYPE (SylQuestion, syl_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_QUESTION_TYPE,
  PROP_STEM,
  PROP_EXPLANATION,
  PROP_TASK,
  PROP_DOMAIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_option (gpointer data)
{
  SylOption *option = data;

  g_clear_pointer (&option->text, g_free);
  g_clear_pointer (&option->why, g_free);
}

static void
clear_reference (gpointer data)
{
  SylReference *reference = data;

  g_clear_pointer (&reference->title, g_free);
  g_clear_pointer (&reference->href, g_free);
}

static void
syl_question_finalize (GObject *object)
{
  SylQuestion *self = (SylQuestion *)object;

  g_free (self->id);
  g_free (self->stem);
  g_free (self->explanation);
  g_clear_pointer (&self->options, g_array_unref);
  g_clear_pointer (&self->references, g_array_unref);
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_object (&self->task);
  g_clear_object (&self->domain);
  g_free (self->digest);
  g_clear_pointer (&self->source_file, g_ref_string_release);

  G_OBJECT_CLASS (syl_question_parent_class)->finalize (object);
}

static void
syl_question_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SylQuestion *self = SYL_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_QUESTION_TYPE:
      g_value_set_uint (value, self->type);
      break;
    case PROP_STEM:
      g_value_set_string (value, self->stem);
      break;
    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
      break;
    case PROP_TASK:
      g_value_set_object (value, self->task);
      break;
    case PROP_DOMAIN:
      g_value_set_object (value, self->domain);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_question_class_init (SylQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_question_finalize;
  object_class->get_property = syl_question_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * SylQuestion:question-type:
   *
   * A #SylQuestionType, as a uint.
   */
  properties[PROP_QUESTION_TYPE] =
    g_param_spec_uint ("question-type", NULL, NULL,
                       SYL_QUESTION_SINGLE, SYL_QUESTION_MULTIPLE, SYL_QUESTION_SINGLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEM] =
    g_param_spec_string ("stem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TASK] =
    g_param_spec_object ("task", NULL, NULL, SYL_TYPE_TASK,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOMAIN] =
    g_param_spec_object ("domain", NULL, NULL, SYL_TYPE_DOMAIN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_question_init (SylQuestion *self)
{
  self->options = g_array_sized_new (FALSE, TRUE, sizeof (SylOption), 5);
  g_array_set_clear_func (self->options, clear_option);
  self->references = g_array_new (FALSE, TRUE, sizeof (SylReference));
  g_array_set_clear_func (self->references, clear_reference);
  self->services = g_ptr_array_new_with_free_func (g_object_unref);
}

SylQuestion *
syl_question_new (const char      *id,
                  SylQuestionType  type,
                  SylTask         *task,
                  const char      *stem,
                  const char      *explanation)
{
  SylQuestion *self = g_object_new (SYL_TYPE_QUESTION, NULL);
  SylDomain *domain = task != NULL ? syl_task_get_domain (task) : NULL;

  self->id = g_strdup (id);
  self->type = type;
  self->task = task != NULL ? g_object_ref (task) : NULL;
  self->domain = domain != NULL ? g_object_ref (domain) : NULL;
  self->stem = g_strdup (stem);
  self->explanation = g_strdup (explanation);

  return self;
}

void
syl_question_add_reference (SylQuestion *self,
                            const char  *title,
                            const char  *href)
{
  SylReference reference = { g_strdup (title), g_strdup (href) };

  g_array_append_val (self->references, reference);
}

void
syl_question_add_option (SylQuestion *self,
                         const char  *text,
                         const char  *why,
                         gboolean     correct)
{
  SylOption option = { g_strdup (text), g_strdup (why), !!correct };

  g_array_append_val (self->options, option);
  if (correct)
    self->n_correct++;
}

void
syl_question_add_service (SylQuestion *self,
                          SylService  *service)
{
  g_ptr_array_add (self->services, g_object_ref (service));
}

/* Where the question is written, for messages and `syllabus-pack lint`. */
void
syl_question_set_source (SylQuestion *self,
                         const char  *file,
                         guint        line)
{
  g_clear_pointer (&self->source_file, g_ref_string_release);
  self->source_file = file != NULL ? g_ref_string_new_intern (file) : NULL;
  self->source_line = line;
}

/* A translated question keeps the digest of its English text (see
 * syl_question_get_digest()). */
void
syl_question_set_digest (SylQuestion *self,
                         const char  *digest)
{
  g_free (self->digest);
  self->digest = g_strdup (digest);
}

/* Appends @text as a netstring, "LENGTH:TEXT,": no text can then be read
 * as the end of one field and the start of the next. */
static void
checksum_add_field (GChecksum  *checksum,
                    const char *text)
{
  g_autofree char *length = g_strdup_printf ("%" G_GSIZE_FORMAT ":", strlen (text));

  g_checksum_update (checksum, (const guchar *)length, -1);
  g_checksum_update (checksum, (const guchar *)text, -1);
  g_checksum_update (checksum, (const guchar *)",", 1);
}

const char *
syl_question_get_id (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);

  return self->id;
}

/**
 * syl_question_get_question_type:
 *
 * Returns: whether one or several options are right
 */
SylQuestionType
syl_question_get_question_type (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), SYL_QUESTION_SINGLE);

  return self->type;
}

const char *
syl_question_get_stem (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);

  return self->stem;
}

/**
 * syl_question_get_task:
 *
 * Returns: (transfer none): the task statement the question tests
 */
SylTask *
syl_question_get_task (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);

  return self->task;
}

/**
 * syl_question_get_domain:
 *
 * Returns: (transfer none): the domain of the question's task statement
 */
SylDomain *
syl_question_get_domain (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);

  return self->domain;
}

guint
syl_question_get_n_options (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), 0);

  return self->options->len;
}

const char *
syl_question_get_option_text (SylQuestion *self,
                              guint        i)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);
  g_return_val_if_fail (i < self->options->len, NULL);

  return g_array_index (self->options, SylOption, i).text;
}

/**
 * syl_question_get_option_why:
 *
 * Returns: (nullable): why option @i is right or wrong, %NULL if the pack
 *   does not say
 */
const char *
syl_question_get_option_why (SylQuestion *self,
                             guint        i)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);
  g_return_val_if_fail (i < self->options->len, NULL);

  return g_array_index (self->options, SylOption, i).why;
}

gboolean
syl_question_get_option_correct (SylQuestion *self,
                                 guint        i)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), FALSE);
  g_return_val_if_fail (i < self->options->len, FALSE);

  return g_array_index (self->options, SylOption, i).correct;
}

guint
syl_question_get_n_correct (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), 0);

  return self->n_correct;
}

/**
 * syl_question_get_explanation:
 *
 * Returns: (nullable): the explanation, or %NULL for a question without
 *   one (packs made from other tools may have none)
 */
const char *
syl_question_get_explanation (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);

  return self->explanation;
}

/**
 * syl_question_get_services:
 *
 * Returns: (transfer none) (element-type SylService): the services the
 *   question involves, in file order
 */
GPtrArray *
syl_question_get_services (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);

  return self->services;
}

/**
 * syl_question_is_correct_choice:
 * @chosen: (array length=n_chosen): indexes of the options the learner chose
 * @n_chosen: length of @chosen
 *
 * Returns: %TRUE if @chosen is exactly the set of right options: all of
 *   them and only them. Order does not matter, repeats are ignored, an
 *   index out of range makes the choice wrong.
 */
gboolean
syl_question_is_correct_choice (SylQuestion *self,
                                const guint *chosen,
                                guint        n_chosen)
{
  g_autofree gboolean *picked = NULL;
  guint n_options;

  g_return_val_if_fail (SYL_IS_QUESTION (self), FALSE);
  g_return_val_if_fail (chosen != NULL || n_chosen == 0, FALSE);

  n_options = self->options->len;
  if (n_options == 0)
    return FALSE;

  picked = g_new0 (gboolean, n_options);
  for (guint i = 0; i < n_chosen; i++)
    {
      if (chosen[i] >= n_options)
        return FALSE;
      picked[chosen[i]] = TRUE;
    }

  for (guint i = 0; i < n_options; i++)
    if (picked[i] != g_array_index (self->options, SylOption, i).correct)
      return FALSE;

  return TRUE;
}

/**
 * syl_question_get_n_references:
 *
 * Returns: how many pages of documentation the question cites (0–3)
 */
guint
syl_question_get_n_references (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), 0);

  return self->references->len;
}

/**
 * syl_question_get_reference_title:
 * @i: a reference, below syl_question_get_n_references()
 *
 * Returns: (transfer none): the title of the cited page
 */
const char *
syl_question_get_reference_title (SylQuestion *self,
                                  guint        i)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);
  g_return_val_if_fail (i < self->references->len, NULL);

  return g_array_index (self->references, SylReference, i).title;
}

/**
 * syl_question_get_reference_href:
 * @i: a reference, below syl_question_get_n_references()
 *
 * Returns: (transfer none): the https address of the cited page, checked
 *   by the loader against the allow-list of syl-reference.c
 */
const char *
syl_question_get_reference_href (SylQuestion *self,
                                 guint        i)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);
  g_return_val_if_fail (i < self->references->len, NULL);

  return g_array_index (self->references, SylReference, i).href;
}

/**
 * syl_question_get_digest:
 *
 * The question's content digest: what tells the progress store that a new
 * version of a pack changed the question, so that its schedule restarts.
 *
 * It is the SHA-256, in lowercase hex, of "syllabus-question-1", the stem,
 * and for each option in order its text and whether it is right ("1" or
 * "0"), each as a netstring ("LENGTH:TEXT,") of the normalised text. The
 * whys, the explanation, the references, the services, the task and the
 * type are not part of it: correcting a why or adding a reference does not
 * reset a learner's schedule, but a changed stem, option or key does. A
 * translated question has the digest of its English text, so that
 * changing the language restarts nothing.
 *
 * Returns: (transfer none): 64 hex digits
 */
const char *
syl_question_get_digest (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);

  if (self->digest == NULL)
    {
      g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

      checksum_add_field (checksum, "syllabus-question-1");
      checksum_add_field (checksum, self->stem != NULL ? self->stem : "");
      for (guint i = 0; i < self->options->len; i++)
        {
          SylOption *option = &g_array_index (self->options, SylOption, i);

          checksum_add_field (checksum, option->text != NULL ? option->text : "");
          checksum_add_field (checksum, option->correct ? "1" : "0");
        }
      self->digest = g_strdup (g_checksum_get_string (checksum));
    }

  return self->digest;
}

/**
 * syl_question_get_source_file:
 *
 * Returns: (nullable): the file the question was read from, as the
 *   loader's messages name it, or %NULL for a question not read from a
 *   file
 */
const char *
syl_question_get_source_file (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), NULL);

  return self->source_file;
}

/**
 * syl_question_get_source_line:
 *
 * Returns: the line of its file where the question starts, 0 if unknown
 */
guint
syl_question_get_source_line (SylQuestion *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION (self), 0);

  return self->source_line;
}
