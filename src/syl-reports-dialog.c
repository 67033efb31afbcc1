/* syl-reports-dialog.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-reports-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-error-dialog.h"
#include "syl-problem-report.h"
#include "syl-reports-dialog.h"

/* "Your Reports", from the main menu: every problem the learner reported,
 * newest first, one expander row each (question and kind; date, pack and
 * how it left), which opens on the learner's words. An empty state says
 * what will appear. */
struct _SylReportsDialog
{
  AdwWindow   parent_instance;

  /* template children */
  GtkStack   *stack;
  GtkListBox *list;

  guint       n_rows;
};

G_DEFINE_FINAL_TYPE (SylReportsDialog, syl_reports_dialog, ADW_TYPE_WINDOW)

/**
 * syl_reports_format_row_title:
 *
 * Returns: (transfer full): "q0042 · Answer Key Is Wrong"
 */
char *
syl_reports_format_row_title (const SylStoreReport *report)
{
  SylProblemKind kind;
  const char *label = syl_problem_kind_from_string (report->kind, &kind)
                        ? syl_problem_kind_get_label (kind) : report->kind;

  /* Translators: a report in Your Reports: question id · kind of problem */
  return g_strdup_printf (_("%s · %s"), report->question_id, label);
}

/**
 * syl_reports_format_row_subtitle:
 *
 * Returns: (transfer full): "7 Dec 2026 · aws-dop-c02, version 3 · Copied"
 */
char *
syl_reports_format_row_subtitle (const SylStoreReport *report)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (report->created_at_us / G_USEC_PER_SEC);
  /* Translators: the date of a report, see g_date_time_format() */
  g_autofree char *day = dt != NULL ? g_date_time_format (dt, C_("report date", "%-d %b %Y")) : g_strdup ("");
  const char *via = g_strcmp0 (report->sent_via, "opened") == 0 ? _("Opened") : _("Copied");

  /* Translators: date · pack id, version N · "Opened" or "Copied" */
  return g_strdup_printf (_("%s · %s, version %u · %s"), day, report->pack_id, report->pack_version, via);
}

static void
fill (SylReportsDialog *self,
      GPtrArray        *reports)
{
  for (guint i = reports->len; i-- > 0;)
    {
      const SylStoreReport *report = g_ptr_array_index (reports, i);
      g_autofree char *title = syl_reports_format_row_title (report);
      g_autofree char *subtitle = syl_reports_format_row_subtitle (report);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *text_row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (report->text[0] != '\0' ? report->text : _("(no text)"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (text_row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (text_row), FALSE);
      gtk_widget_set_focusable (text_row, FALSE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text_row);

      gtk_list_box_append (self->list, row);
      self->n_rows++;
    }

  gtk_stack_set_visible_child_name (self->stack, self->n_rows > 0 ? "list" : "empty");
}

static void
syl_reports_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_REPORTS_DIALOG);

  G_OBJECT_CLASS (syl_reports_dialog_parent_class)->dispose (object);
}

static void
syl_reports_dialog_class_init (SylReportsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_reports_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-reports-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SylReportsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SylReportsDialog, list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
syl_reports_dialog_init (SylReportsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * syl_reports_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @reports: (element-type SylStoreReport): the reports, oldest first
 *
 * Returns: (transfer full): the dialog, to present
 */
GtkWidget *
syl_reports_dialog_new (GtkWindow *parent,
                        GPtrArray *reports)
{
  SylReportsDialog *self;

  g_return_val_if_fail (reports != NULL, NULL);

  self = g_object_new (SYL_TYPE_REPORTS_DIALOG, "transient-for", parent, NULL);
  fill (self, reports);

  return GTK_WIDGET (self);
}

/**
 * syl_reports_dialog_show:
 * @parent: the window it belongs to
 * @store: the progress store
 *
 * Reads every report from @store and presents the dialog, or shows why
 * they could not be read.
 *
 * Returns: %TRUE if the dialog was presented
 */
gboolean
syl_reports_dialog_show (GtkWindow *parent,
                         SylStore  *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = NULL;

  g_return_val_if_fail (SYL_IS_STORE (store), FALSE);

  reports = syl_store_dup_reports (store, NULL, &error);
  if (reports == NULL)
    {
      syl_error_dialog_show (GTK_WIDGET (parent), _("Your Reports Could Not Be Read"), error->message);
      return FALSE;
    }

  gtk_window_present (GTK_WINDOW (syl_reports_dialog_new (parent, reports)));
  return TRUE;
}

/** syl_reports_dialog_is_empty: Returns: whether it shows the empty state */
gboolean
syl_reports_dialog_is_empty (SylReportsDialog *self)
{
  g_return_val_if_fail (SYL_IS_REPORTS_DIALOG (self), TRUE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}

/** syl_reports_dialog_get_n_rows: Returns: how many reports it lists */
guint
syl_reports_dialog_get_n_rows (SylReportsDialog *self)
{
  g_return_val_if_fail (SYL_IS_REPORTS_DIALOG (self), 0);
  return self->n_rows;
}
