/* syl-domain.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-domain"

#include "config.h"

#include "syl-domain.h"
#include "syl-pack.h"
#include "syl-pack-private.h"
#include "syl-task.h"

/**
 * SylDomain:
 *
 * An exam domain ("SDLC Automation", 22 %) and its task statements.
 */
struct _SylDomain
{
  GObject parent_instance;

  /* owned */
  char *id;
  char *title;
  GListStore *tasks;
  guint weight;

  /* weak pointer: the pack owns its domains */
  SylPack *pack;
};

G_DEFINE_FINAL_TYPE (SylDomain, syl_domain, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_WEIGHT,
  PROP_TASKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_domain_finalize (GObject *object)
{
  SylDomain *self = (SylDomain *)object;

  if (self->pack != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->pack), (gpointer *)&self->pack);
  g_free (self->id);
  g_free (self->title);
  g_clear_object (&self->tasks);

  G_OBJECT_CLASS (syl_domain_parent_class)->finalize (object);
}

static void
syl_domain_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SylDomain *self = SYL_DOMAIN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_WEIGHT:
      g_value_set_uint (value, self->weight);
      break;
    case PROP_TASKS:
      g_value_set_object (value, self->tasks);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_domain_class_init (SylDomainClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_domain_finalize;
  object_class->get_property = syl_domain_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEIGHT] =
    g_param_spec_uint ("weight", NULL, NULL, 0, 100, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TASKS] =
    g_param_spec_object ("tasks", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_domain_init (SylDomain *self)
{
  self->tasks = g_list_store_new (SYL_TYPE_TASK);
}

SylDomain *
syl_domain_new (const char *id,
                const char *title,
                guint       weight)
{
  SylDomain *self = g_object_new (SYL_TYPE_DOMAIN, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->weight = weight;

  return self;
}

void
syl_domain_add_task (SylDomain *self,
                     SylTask   *task)
{
  g_list_store_append (self->tasks, task);
  syl_task_set_domain (task, self);
}

void
syl_domain_set_pack (SylDomain *self,
                     SylPack   *pack)
{
  g_assert (self->pack == NULL);

  self->pack = pack;
  g_object_add_weak_pointer (G_OBJECT (pack), (gpointer *)&self->pack);
}

const char *
syl_domain_get_id (SylDomain *self)
{
  g_return_val_if_fail (SYL_IS_DOMAIN (self), NULL);

  return self->id;
}

const char *
syl_domain_get_title (SylDomain *self)
{
  g_return_val_if_fail (SYL_IS_DOMAIN (self), NULL);

  return self->title;
}

/**
 * syl_domain_get_weight:
 *
 * Returns: the domain's share of the scored content, in percent
 */
guint
syl_domain_get_weight (SylDomain *self)
{
  g_return_val_if_fail (SYL_IS_DOMAIN (self), 0);

  return self->weight;
}

/**
 * syl_domain_get_tasks:
 *
 * Returns: (transfer none): a #GListModel of #SylTask, in file order
 */
GListModel *
syl_domain_get_tasks (SylDomain *self)
{
  g_return_val_if_fail (SYL_IS_DOMAIN (self), NULL);

  return G_LIST_MODEL (self->tasks);
}

/**
 * syl_domain_get_pack:
 *
 * Returns: (transfer none) (nullable): the pack, %NULL once it is gone
 */
SylPack *
syl_domain_get_pack (SylDomain *self)
{
  g_return_val_if_fail (SYL_IS_DOMAIN (self), NULL);

  return self->pack;
}
