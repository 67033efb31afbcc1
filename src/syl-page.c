/* syl-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-page"

#include "config.h"

#include "syl-page.h"

/* What every page of the window shows: the pack, the learner's progress
 * and the settings, which the window binds to its own. Subclasses react
 * through the class's *_changed functions. */
typedef struct
{
  SylPack   *pack;
  SylStore  *store;
  GSettings *settings;
} SylPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SylPage, syl_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PACK,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_page_dispose (GObject *object)
{
  SylPage *self = SYL_PAGE (object);
  SylPagePrivate *priv = syl_page_get_instance_private (self);

  g_clear_object (&priv->pack);
  g_clear_object (&priv->store);
  g_clear_object (&priv->settings);

  G_OBJECT_CLASS (syl_page_parent_class)->dispose (object);
}

static void
syl_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SylPage *self = SYL_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, syl_page_get_pack (self));
      break;

    case PROP_STORE:
      g_value_set_object (value, syl_page_get_store (self));
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, syl_page_get_settings (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SylPage *self = SYL_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      syl_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_STORE:
      syl_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_SETTINGS:
      syl_page_set_settings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_page_class_init (SylPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = syl_page_dispose;
  object_class->get_property = syl_page_get_property;
  object_class->set_property = syl_page_set_property;

  /**
   * SylPage:pack:
   *
   * The content pack shown, or %NULL when none is loaded.
   */
  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL,
                         SYL_TYPE_PACK,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylPage:store:
   *
   * The learner's progress store, or %NULL when it could not be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SYL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylPage:settings:
   *
   * The application settings.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_page_init (SylPage *self)
{
}

SylPack *
syl_page_get_pack (SylPage *self)
{
  SylPagePrivate *priv = syl_page_get_instance_private (self);

  g_return_val_if_fail (SYL_IS_PAGE (self), NULL);

  return priv->pack;
}

void
syl_page_set_pack (SylPage *self,
                   SylPack *pack)
{
  SylPagePrivate *priv = syl_page_get_instance_private (self);

  g_return_if_fail (SYL_IS_PAGE (self));
  g_return_if_fail (pack == NULL || SYL_IS_PACK (pack));

  if (!g_set_object (&priv->pack, pack))
    return;

  if (SYL_PAGE_GET_CLASS (self)->pack_changed != NULL)
    SYL_PAGE_GET_CLASS (self)->pack_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

SylStore *
syl_page_get_store (SylPage *self)
{
  SylPagePrivate *priv = syl_page_get_instance_private (self);

  g_return_val_if_fail (SYL_IS_PAGE (self), NULL);

  return priv->store;
}

void
syl_page_set_store (SylPage  *self,
                    SylStore *store)
{
  SylPagePrivate *priv = syl_page_get_instance_private (self);

  g_return_if_fail (SYL_IS_PAGE (self));
  g_return_if_fail (store == NULL || SYL_IS_STORE (store));

  if (!g_set_object (&priv->store, store))
    return;

  if (SYL_PAGE_GET_CLASS (self)->store_changed != NULL)
    SYL_PAGE_GET_CLASS (self)->store_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

GSettings *
syl_page_get_settings (SylPage *self)
{
  SylPagePrivate *priv = syl_page_get_instance_private (self);

  g_return_val_if_fail (SYL_IS_PAGE (self), NULL);

  return priv->settings;
}

void
syl_page_set_settings (SylPage   *self,
                       GSettings *settings)
{
  SylPagePrivate *priv = syl_page_get_instance_private (self);
  g_autoptr(GSettings) old_settings = NULL;

  g_return_if_fail (SYL_IS_PAGE (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (priv->settings == settings)
    return;

  old_settings = g_steal_pointer (&priv->settings);
  priv->settings = settings != NULL ? g_object_ref (settings) : NULL;

  if (SYL_PAGE_GET_CLASS (self)->settings_changed != NULL)
    SYL_PAGE_GET_CLASS (self)->settings_changed (self, old_settings);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}
