/* syl-service-row.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-service-row"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-category.h"
#include "syl-mastery-indicator.h"
#include "syl-service-row.h"

/* One service in the services list: its name, the first line of its
 * summary, a pill when it is closed or retired, and the learner's mastery. */
struct _SylServiceRow
{
  AdwActionRow         parent_instance;

  /* template children */
  GtkLabel            *status_label;
  SylMasteryIndicator *mastery_indicator;

  /* owned */
  SylService          *service;
};

G_DEFINE_FINAL_TYPE (SylServiceRow, syl_service_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_SERVICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The row's category (shown only above the first of each), its status
 * pill and its mastery are in neither its title nor its subtitle: a
 * screen reader gets them in its description, before the summary. */
static void
update_description (SylServiceRow *self)
{
  SylCategory *category = syl_service_get_category (self->service);
  const char *status = syl_service_status_short (syl_service_get_status (self->service));
  g_autofree char *mastery = syl_mastery_describe (syl_mastery_indicator_get_value (self->mastery_indicator));
  g_autoptr(GString) description = g_string_new (NULL);

  if (category != NULL)
    g_string_append_printf (description, "%s. ", syl_category_get_title (category));
  if (status != NULL)
    g_string_append_printf (description, "%s. ", status);
  g_string_append_printf (description, "%s. %s", mastery, syl_service_get_summary (self->service));

  syl_a11y_set_description (GTK_WIDGET (self), description->str);
}

static void
syl_service_row_constructed (GObject *object)
{
  SylServiceRow *self = SYL_SERVICE_ROW (object);
  SylServiceStatus status = syl_service_get_status (self->service);

  G_OBJECT_CLASS (syl_service_row_parent_class)->constructed (object);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), syl_service_get_name (self->service));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), syl_service_get_summary (self->service));

  if (status != SYL_SERVICE_AVAILABLE)
    {
      gtk_label_set_text (self->status_label, syl_service_status_short (status));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), syl_service_status_describe (status));
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
    }

  update_description (self);
}

static void
syl_service_row_dispose (GObject *object)
{
  SylServiceRow *self = SYL_SERVICE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_SERVICE_ROW);
  g_clear_object (&self->service);

  G_OBJECT_CLASS (syl_service_row_parent_class)->dispose (object);
}

static void
syl_service_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SylServiceRow *self = SYL_SERVICE_ROW (object);

  switch (prop_id)
    {
    case PROP_SERVICE:
      g_value_set_object (value, self->service);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_service_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SylServiceRow *self = SYL_SERVICE_ROW (object);

  switch (prop_id)
    {
    case PROP_SERVICE:
      self->service = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_service_row_class_init (SylServiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = syl_service_row_constructed;
  object_class->dispose = syl_service_row_dispose;
  object_class->get_property = syl_service_row_get_property;
  object_class->set_property = syl_service_row_set_property;

  /**
   * SylServiceRow:service:
   *
   * The service shown.
   */
  properties[PROP_SERVICE] =
    g_param_spec_object ("service", NULL, NULL,
                         SYL_TYPE_SERVICE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SYL_TYPE_MASTERY_INDICATOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-service-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SylServiceRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, SylServiceRow, mastery_indicator);
}

static void
syl_service_row_init (SylServiceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * syl_service_row_new:
 * @service: the service to show
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
syl_service_row_new (SylService *service)
{
  g_return_val_if_fail (SYL_IS_SERVICE (service), NULL);

  return g_object_new (SYL_TYPE_SERVICE_ROW, "service", service, NULL);
}

SylService *
syl_service_row_get_service (SylServiceRow *self)
{
  g_return_val_if_fail (SYL_IS_SERVICE_ROW (self), NULL);

  return self->service;
}

/**
 * syl_service_row_set_mastery:
 * @mastery: from 0 to 1, or %SYL_MASTERY_UNKNOWN before any practice
 */
void
syl_service_row_set_mastery (SylServiceRow *self,
                             double         mastery)
{
  g_return_if_fail (SYL_IS_SERVICE_ROW (self));

  syl_mastery_indicator_set_value (self->mastery_indicator, mastery);
  update_description (self);
}

/**
 * syl_service_status_short:
 *
 * Returns: a word for a pill, or %NULL for an available service
 */
const char *
syl_service_status_short (SylServiceStatus status)
{
  switch (status)
    {
    case SYL_SERVICE_CLOSED:
      /* Translators: a service closed to new customers, in a small pill */
      return C_("service status", "Closed");
    case SYL_SERVICE_RETIRED:
      /* Translators: a service AWS has retired, in a small pill */
      return C_("service status", "Retired");
    case SYL_SERVICE_AVAILABLE:
    default:
      return NULL;
    }
}

/**
 * syl_service_status_describe:
 *
 * Returns: a sentence on what the status means for the learner, or %NULL
 *   for an available service
 */
const char *
syl_service_status_describe (SylServiceStatus status)
{
  switch (status)
    {
    case SYL_SERVICE_CLOSED:
      return _("Closed to new customers. It is still in the exam guide, so it may appear in questions.");
    case SYL_SERVICE_RETIRED:
      return _("Retired. It is still in the exam guide, so expect it only as an answer option from the past.");
    case SYL_SERVICE_AVAILABLE:
    default:
      return NULL;
    }
}
