/* syl-service.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-service"

#include "config.h"

#include <string.h>

#include "syl-category.h"
#include "syl-pack-private.h"
#include "syl-service.h"

/**
 * SylService:
 *
 * One service of the exam guide's appendix: an id that questions refer to,
 * its display name, short names for search and a summary.
 */
struct _SylService
{
  GObject parent_instance;

  /* owned */
  char *id;
  char *name;
  char *summary;
  GStrv aliases;
  SylServiceStatus status;

  /* weak pointer: the category owns its services */
  SylCategory *category;
};

G_DEFINE_FINAL_TYPE (SylService, syl_service, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_service_finalize (GObject *object)
{
  SylService *self = (SylService *)object;

  if (self->category != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->category), (gpointer *)&self->category);
  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);
  g_strfreev (self->aliases);

  G_OBJECT_CLASS (syl_service_parent_class)->finalize (object);
}

static void
syl_service_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SylService *self = SYL_SERVICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_service_class_init (SylServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_service_finalize;
  object_class->get_property = syl_service_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * SylService:status:
   *
   * A #SylServiceStatus, as a uint.
   */
  properties[PROP_STATUS] =
    g_param_spec_uint ("status", NULL, NULL,
                       SYL_SERVICE_AVAILABLE, SYL_SERVICE_RETIRED, SYL_SERVICE_AVAILABLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_service_init (SylService *self)
{
}

SylService *
syl_service_new (const char       *id,
                 const char       *name,
                 const char       *summary,
                 SylServiceStatus  status,
                 GStrv             aliases)
{
  SylService *self = g_object_new (SYL_TYPE_SERVICE, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->summary = g_strdup (summary);
  self->status = status;
  self->aliases = aliases != NULL ? aliases : g_new0 (char *, 1);

  return self;
}

void
syl_service_set_category (SylService  *self,
                          SylCategory *category)
{
  g_assert (self->category == NULL);

  self->category = category;
  g_object_add_weak_pointer (G_OBJECT (category), (gpointer *)&self->category);
}

const char *
syl_service_get_id (SylService *self)
{
  g_return_val_if_fail (SYL_IS_SERVICE (self), NULL);

  return self->id;
}

const char *
syl_service_get_name (SylService *self)
{
  g_return_val_if_fail (SYL_IS_SERVICE (self), NULL);

  return self->name;
}

const char *
syl_service_get_summary (SylService *self)
{
  g_return_val_if_fail (SYL_IS_SERVICE (self), NULL);

  return self->summary;
}

SylServiceStatus
syl_service_get_status (SylService *self)
{
  g_return_val_if_fail (SYL_IS_SERVICE (self), SYL_SERVICE_AVAILABLE);

  return self->status;
}

/**
 * syl_service_get_aliases:
 *
 * Returns: (transfer none): short names for search, never %NULL
 */
const char * const *
syl_service_get_aliases (SylService *self)
{
  g_return_val_if_fail (SYL_IS_SERVICE (self), NULL);

  return (const char * const *)self->aliases;
}

/**
 * syl_service_get_category:
 *
 * Returns: (transfer none) (nullable): the category, %NULL once it is gone
 */
SylCategory *
syl_service_get_category (SylService *self)
{
  g_return_val_if_fail (SYL_IS_SERVICE (self), NULL);

  return self->category;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

/**
 * syl_service_matches:
 * @needle: what the learner typed
 *
 * Case-insensitive substring match on the id, the name and the aliases,
 * for search as you type.
 *
 * Returns: %TRUE if @needle is empty or found
 */
gboolean
syl_service_matches (SylService *self,
                     const char *needle)
{
  g_autofree char *folded_needle = NULL;

  g_return_val_if_fail (SYL_IS_SERVICE (self), FALSE);

  if (needle == NULL || needle[0] == '\0')
    return TRUE;

  folded_needle = g_utf8_casefold (needle, -1);
  if (contains_casefold (self->id, folded_needle) ||
      contains_casefold (self->name, folded_needle))
    return TRUE;
  for (guint i = 0; self->aliases[i] != NULL; i++)
    if (contains_casefold (self->aliases[i], folded_needle))
      return TRUE;

  return FALSE;
}
