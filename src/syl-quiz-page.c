/* syl-quiz-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-quiz-page"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-quiz-page.h"

/* One quiz session, one question at a time: exam simulation or drill. */
struct _SylQuizPage
{
  AdwBin     parent_instance;

  /* owned */
  SylPack   *pack;
  SylStore  *store;
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (SylQuizPage, syl_quiz_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PACK,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_quiz_page_reload (SylQuizPage *self)
{
}

static void
syl_quiz_page_dispose (GObject *object)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_QUIZ_PAGE);
  g_clear_object (&self->pack);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (syl_quiz_page_parent_class)->dispose (object);
}

static void
syl_quiz_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_quiz_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      syl_quiz_page_set_pack (self, g_value_get_object (value));
      break;

    case PROP_STORE:
      if (g_set_object (&self->store, g_value_get_object (value)))
        {
          syl_quiz_page_reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SETTINGS:
      if (g_set_object (&self->settings, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_quiz_page_class_init (SylQuizPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_quiz_page_dispose;
  object_class->get_property = syl_quiz_page_get_property;
  object_class->set_property = syl_quiz_page_set_property;

  /**
   * SylQuizPage:pack:
   *
   * The content pack shown, or %NULL when none is loaded.
   */
  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL,
                         SYL_TYPE_PACK,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylQuizPage:store:
   *
   * The learner's progress store.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SYL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylQuizPage:settings:
   *
   * The application settings.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-quiz-page.ui");
}

static void
syl_quiz_page_init (SylQuizPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SylPack *
syl_quiz_page_get_pack (SylQuizPage *self)
{
  g_return_val_if_fail (SYL_IS_QUIZ_PAGE (self), NULL);

  return self->pack;
}

void
syl_quiz_page_set_pack (SylQuizPage *self,
                        SylPack  *pack)
{
  g_return_if_fail (SYL_IS_QUIZ_PAGE (self));
  g_return_if_fail (pack == NULL || SYL_IS_PACK (pack));

  if (g_set_object (&self->pack, pack))
    {
      syl_quiz_page_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
    }
}

SylStore *
syl_quiz_page_get_store (SylQuizPage *self)
{
  g_return_val_if_fail (SYL_IS_QUIZ_PAGE (self), NULL);

  return self->store;
}
