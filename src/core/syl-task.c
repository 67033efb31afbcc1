/* syl-task.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-task"

#include "config.h"

#include "syl-domain.h"
#include "syl-pack-private.h"
#include "syl-task.h"

/**
 * SylTask:
 *
 * A task statement of the exam guide ("1.1 Implement CI/CD pipelines."),
 * with its knowledge and skill lines.
 */
struct _SylTask
{
  GObject parent_instance;

  /* owned */
  char *id;
  char *title;
  GStrv knowledge;
  GStrv skills;

  /* weak pointer: the domain owns its tasks */
  SylDomain *domain;
};

G_DEFINE_FINAL_TYPE (SylTask, syl_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_task_finalize (GObject *object)
{
  SylTask *self = (SylTask *)object;

  if (self->domain != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->domain), (gpointer *)&self->domain);
  g_free (self->id);
  g_free (self->title);
  g_strfreev (self->knowledge);
  g_strfreev (self->skills);

  G_OBJECT_CLASS (syl_task_parent_class)->finalize (object);
}

static void
syl_task_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SylTask *self = SYL_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_task_class_init (SylTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_task_finalize;
  object_class->get_property = syl_task_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_task_init (SylTask *self)
{
}

SylTask *
syl_task_new (const char *id,
              const char *title,
              GStrv       knowledge,
              GStrv       skills)
{
  SylTask *self = g_object_new (SYL_TYPE_TASK, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->knowledge = knowledge != NULL ? knowledge : g_new0 (char *, 1);
  self->skills = skills != NULL ? skills : g_new0 (char *, 1);

  return self;
}

void
syl_task_set_domain (SylTask   *self,
                     SylDomain *domain)
{
  g_assert (self->domain == NULL);

  self->domain = domain;
  g_object_add_weak_pointer (G_OBJECT (domain), (gpointer *)&self->domain);
}

const char *
syl_task_get_id (SylTask *self)
{
  g_return_val_if_fail (SYL_IS_TASK (self), NULL);

  return self->id;
}

const char *
syl_task_get_title (SylTask *self)
{
  g_return_val_if_fail (SYL_IS_TASK (self), NULL);

  return self->title;
}

/**
 * syl_task_get_domain:
 *
 * Returns: (transfer none) (nullable): the domain, %NULL once it is gone
 */
SylDomain *
syl_task_get_domain (SylTask *self)
{
  g_return_val_if_fail (SYL_IS_TASK (self), NULL);

  return self->domain;
}

/**
 * syl_task_get_knowledge:
 *
 * Returns: (transfer none): the "Knowledge of" lines, never %NULL
 */
const char * const *
syl_task_get_knowledge (SylTask *self)
{
  g_return_val_if_fail (SYL_IS_TASK (self), NULL);

  return (const char * const *)self->knowledge;
}

/**
 * syl_task_get_skills:
 *
 * Returns: (transfer none): the "Skills in" lines, never %NULL
 */
const char * const *
syl_task_get_skills (SylTask *self)
{
  g_return_val_if_fail (SYL_IS_TASK (self), NULL);

  return (const char * const *)self->skills;
}
