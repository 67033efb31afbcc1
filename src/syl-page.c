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

/**
 * syl_page_dup_question_states:
 *
 * The learner's state for each question of the pack that has been
 * answered. A store that cannot be read is logged and shown as no
 * progress rather than stopping the page.
 *
 * Returns: (transfer full) (nullable) (element-type SylStoreQuestionState):
 *   the states, or %NULL without a pack, a store, or on a read error
 */
GPtrArray *
syl_page_dup_question_states (SylPage *self)
{
  SylPagePrivate *priv = syl_page_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  GPtrArray *states;

  g_return_val_if_fail (SYL_IS_PAGE (self), NULL);

  if (priv->pack == NULL || priv->store == NULL)
    return NULL;

  states = syl_store_dup_question_states (priv->store, syl_pack_get_id (priv->pack), &error);
  if (states == NULL)
    g_warning ("Could not read progress: %s", error->message);

  return states;
}

/**
 * syl_page_new_forecast:
 * @states: (nullable) (element-type SylStoreQuestionState): from
 *   syl_page_dup_question_states()
 *
 * A forecast for now from @states, with the store's scheduler parameters
 * (the defaults without a store).
 *
 * Returns: (transfer full): the forecast
 */
SylForecast *
syl_page_new_forecast (SylPage   *self,
                       GPtrArray *states)
{
  SylPagePrivate *priv = syl_page_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  SylForecast *forecast;

  g_return_val_if_fail (SYL_IS_PAGE (self), NULL);
  g_return_val_if_fail (priv->pack != NULL, NULL);

  forecast = syl_forecast_new (priv->pack, priv->store, g_get_real_time (), &error);
  if (forecast != NULL)
    return forecast;

  /* The states were read; the answers behind the estimate were not. */
  g_warning ("Could not read the answers for the forecast: %s", error->message);
  return syl_forecast_new_from_data (priv->pack, states, NULL, 0,
                                     priv->store != NULL ? syl_store_get_fsrs_params (priv->store) : NULL,
                                     g_get_real_time ());
}
