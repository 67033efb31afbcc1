/* syl-forecast-record-dialog.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-forecast-record-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-calibration.h"
#include "syl-calibration-chart.h"
#include "syl-forecast-record-dialog.h"

/* The calibration record (syl-calibration.c), from the dashboard's
 * forecast card: the mean absolute error, how often the pass or fail call
 * was right, a chart of forecasts against scores, and a row per
 * simulation. With fewer than two simulations, an empty state that says
 * what will appear. */
struct _SylForecastRecordDialog
{
  AdwWindow            parent_instance;

  /* template children */
  GtkStack            *stack;
  GtkLabel            *summary_label;
  GtkLabel            *calls_label;
  SylCalibrationChart *chart;
  AdwPreferencesGroup *rows_group;
};

G_DEFINE_FINAL_TYPE (SylForecastRecordDialog, syl_forecast_record_dialog, ADW_TYPE_WINDOW)

static char *
format_day (gint64 time_us)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);

  /* Translators: the date of a simulation in the forecast record, see g_date_time_format() */
  return dt != NULL ? g_date_time_format (dt, C_("forecast record date", "%-d %b %Y")) : g_strdup ("");
}

static void
fill (SylForecastRecordDialog *self,
      SylPack                 *pack,
      GArray                  *entries)
{
  guint pass_score = syl_pack_get_pass_score (pack);
  SylCalibrationSummary summary;
  g_autofree char *summary_text = NULL;
  g_autofree char *calls = NULL;

  syl_calibration_summarize ((SylCalibrationEntry *) (gpointer) entries->data, entries->len, pass_score, &summary);
  if (summary.n < 2)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  summary_text = syl_calibration_format_summary (&summary);
  gtk_label_set_text (self->summary_label, summary_text);
  calls = syl_calibration_format_calls (&summary);
  gtk_label_set_text (self->calls_label, calls);
  syl_calibration_chart_set_entries (self->chart, entries, syl_pack_get_score_min (pack),
                                     syl_pack_get_score_max (pack), pass_score);

  for (guint i = entries->len; i-- > 0;)
    {
      const SylCalibrationEntry *entry = &g_array_index (entries, SylCalibrationEntry, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *day = format_day (entry->made_at_us);
      g_autofree char *text = syl_calibration_format_entry (entry, pass_score);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), day);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
      /* A row's date is its name: its forecast and score are heard after. */
      syl_a11y_set_description (row, text);
      if (entry->has_score)
        {
          gboolean right = syl_calibration_call_right (entry, pass_score);
          GtkWidget *icon = gtk_image_new_from_icon_name (right ? "object-select-symbolic" : "window-close-symbolic");

          /* The words are in the subtitle; the icon repeats them. */
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          right ? _("Pass call right") : _("Pass call wrong"), -1);
          gtk_widget_add_css_class (icon, right ? "success" : "error");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }
      adw_preferences_group_add (self->rows_group, row);
    }

  gtk_stack_set_visible_child_name (self->stack, "record");

  /* The summary is where the learner arrives; what the calls were is
   * heard after it. The chart repeats the rows below. */
  syl_a11y_make_readable (self->summary_label);
  syl_a11y_set_description (GTK_WIDGET (self->summary_label), calls);
  syl_a11y_focus_when_shown (GTK_WIDGET (self->summary_label));
}

static void
syl_forecast_record_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_FORECAST_RECORD_DIALOG);

  G_OBJECT_CLASS (syl_forecast_record_dialog_parent_class)->dispose (object);
}

static void
syl_forecast_record_dialog_class_init (SylForecastRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_forecast_record_dialog_dispose;

  g_type_ensure (SYL_TYPE_CALIBRATION_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-forecast-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SylForecastRecordDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SylForecastRecordDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SylForecastRecordDialog, calls_label);
  gtk_widget_class_bind_template_child (widget_class, SylForecastRecordDialog, chart);
  gtk_widget_class_bind_template_child (widget_class, SylForecastRecordDialog, rows_group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
syl_forecast_record_dialog_init (SylForecastRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * syl_forecast_record_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @pack: the pack the record is for
 * @entries: (element-type SylCalibrationEntry): the record, oldest first
 *
 * Returns: (transfer full): the dialog, to present
 */
GtkWidget *
syl_forecast_record_dialog_new (GtkWindow *parent,
                                SylPack   *pack,
                                GArray    *entries)
{
  SylForecastRecordDialog *self;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (entries != NULL, NULL);

  self = g_object_new (SYL_TYPE_FORECAST_RECORD_DIALOG, "transient-for", parent, NULL);
  fill (self, pack, entries);

  return GTK_WIDGET (self);
}

/** syl_forecast_record_dialog_is_empty: Returns: whether it shows the empty state */
gboolean
syl_forecast_record_dialog_is_empty (SylForecastRecordDialog *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST_RECORD_DIALOG (self), TRUE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}

/** syl_forecast_record_dialog_get_summary: Returns: (transfer none): its header line */
const char *
syl_forecast_record_dialog_get_summary (SylForecastRecordDialog *self)
{
  g_return_val_if_fail (SYL_IS_FORECAST_RECORD_DIALOG (self), NULL);
  return gtk_label_get_text (self->summary_label);
}
