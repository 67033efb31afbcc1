/* syl-category.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-category"

#include "config.h"

#include "syl-category.h"
#include "syl-pack-private.h"
#include "syl-service.h"

/**
 * SylCategory:
 *
 * A group of services in the appendix ("Analytics", "Compute", …).
 */
struct _SylCategory
{
  GObject parent_instance;

  /* owned */
  char *id;
  char *title;
  GListStore *services;
};

G_DEFINE_FINAL_TYPE (SylCategory, syl_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SERVICES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_category_finalize (GObject *object)
{
  SylCategory *self = (SylCategory *)object;

  g_free (self->id);
  g_free (self->title);
  g_clear_object (&self->services);

  G_OBJECT_CLASS (syl_category_parent_class)->finalize (object);
}

static void
syl_category_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SylCategory *self = SYL_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SERVICES:
      g_value_set_object (value, self->services);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_category_class_init (SylCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_category_finalize;
  object_class->get_property = syl_category_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERVICES] =
    g_param_spec_object ("services", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_category_init (SylCategory *self)
{
  self->services = g_list_store_new (SYL_TYPE_SERVICE);
}

SylCategory *
syl_category_new (const char *id,
                  const char *title)
{
  SylCategory *self = g_object_new (SYL_TYPE_CATEGORY, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);

  return self;
}

void
syl_category_add_service (SylCategory *self,
                          SylService  *service)
{
  g_list_store_append (self->services, service);
  syl_service_set_category (service, self);
}

const char *
syl_category_get_id (SylCategory *self)
{
  g_return_val_if_fail (SYL_IS_CATEGORY (self), NULL);

  return self->id;
}

const char *
syl_category_get_title (SylCategory *self)
{
  g_return_val_if_fail (SYL_IS_CATEGORY (self), NULL);

  return self->title;
}

/**
 * syl_category_get_services:
 *
 * Returns: (transfer none): a #GListModel of #SylService, in file order
 */
GListModel *
syl_category_get_services (SylCategory *self)
{
  g_return_val_if_fail (SYL_IS_CATEGORY (self), NULL);

  return G_LIST_MODEL (self->services);
}
