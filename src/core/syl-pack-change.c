/* syl-pack-change.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-change"

#include "config.h"

#include "syl-pack-change.h"
#include "syl-pack-private.h"

/**
 * SylPackChange:
 *
 * One erratum of a pack: a `<change question="…">` of a
 * `<changes version="N">`, what was corrected in a question in version N
 * of the pack, and why. The app shows the changes of the versions a
 * learner has not seen yet, once, after an update.
 *
 * The question is named by its id rather than held: an erratum may be
 * about a question that a later version removed.
 */
struct _SylPackChange
{
  GObject parent_instance;

  /* owned */
  char *question_id;
  char *text;

  guint version;
};

G_DEFINE_FINAL_TYPE (SylPackChange, syl_pack_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VERSION,
  PROP_QUESTION_ID,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_pack_change_finalize (GObject *object)
{
  SylPackChange *self = (SylPackChange *)object;

  g_free (self->question_id);
  g_free (self->text);

  G_OBJECT_CLASS (syl_pack_change_parent_class)->finalize (object);
}

static void
syl_pack_change_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SylPackChange *self = SYL_PACK_CHANGE (object);

  switch (prop_id)
    {
    case PROP_VERSION:
      g_value_set_uint (value, self->version);
      break;
    case PROP_QUESTION_ID:
      g_value_set_string (value, self->question_id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_pack_change_class_init (SylPackChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_pack_change_finalize;
  object_class->get_property = syl_pack_change_get_property;

  /**
   * SylPackChange:version:
   *
   * The version of the pack that made the change.
   */
  properties[PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * SylPackChange:question-id:
   *
   * The id of the question that changed.
   */
  properties[PROP_QUESTION_ID] =
    g_param_spec_string ("question-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * SylPackChange:text:
   *
   * What was corrected and why, in the pack's language.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_pack_change_init (SylPackChange *self)
{
}

/* For the loader and the translation merge (syl-pack-private.h). */
SylPackChange *
syl_pack_change_new (guint       version,
                     const char *question_id,
                     const char *text)
{
  SylPackChange *self = g_object_new (SYL_TYPE_PACK_CHANGE, NULL);

  self->version = version;
  self->question_id = g_strdup (question_id);
  self->text = g_strdup (text);

  return self;
}

guint
syl_pack_change_get_version (SylPackChange *self)
{
  g_return_val_if_fail (SYL_IS_PACK_CHANGE (self), 0);

  return self->version;
}

const char *
syl_pack_change_get_question_id (SylPackChange *self)
{
  g_return_val_if_fail (SYL_IS_PACK_CHANGE (self), NULL);

  return self->question_id;
}

const char *
syl_pack_change_get_text (SylPackChange *self)
{
  g_return_val_if_fail (SYL_IS_PACK_CHANGE (self), NULL);

  return self->text;
}
