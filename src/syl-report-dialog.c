/* syl-report-dialog.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-report-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-error-dialog.h"
#include "syl-problem-report.h"
#include "syl-report-dialog.h"

/* "Report a Problem…": what is wrong (a drop-down), a sentence, then
 * "Open Report", which opens the pack's report address with the report
 * in it (syl-problem-report.c builds both), or "Copy Report", which puts
 * the report's text on the clipboard; a pack without an address offers
 * only that. Either way the report is kept in the store, for "Your
 * Reports". The learner sees where the report goes before it goes, and
 * nothing is sent by the app itself: the browser or the mail program
 * shows it first. */
struct _SylReportDialog
{
  AdwWindow        parent_instance;

  /* template children */
  GtkStack        *stack;
  GtkLabel        *question_label;
  AdwComboRow     *kind_row;
  GtkTextView     *text_view;
  GtkLabel        *destination_label;
  GtkButton       *copy_button;
  GtkButton       *open_button;

  /* owned */
  SylStore        *store;
  SylPack         *pack;
  SylQuestion     *question;

  SylReportOpener  opener;
  gpointer         opener_data;
};

G_DEFINE_FINAL_TYPE (SylReportDialog, syl_report_dialog, ADW_TYPE_WINDOW)

static void
show_uri (GtkWindow  *parent,
          const char *uri,
          gpointer    user_data)
{
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

static char *
dup_text (SylReportDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static SylProblemReport *
build_report (SylReportDialog *self)
{
  g_autofree char *text = dup_text (self);
  guint kind = adw_combo_row_get_selected (self->kind_row);

  return syl_problem_report_new (syl_pack_get_id (self->pack), syl_pack_get_version (self->pack),
                                 syl_question_get_id (self->question),
                                 MIN (kind, SYL_PROBLEM_N_KINDS - 1), text);
}

/* Keeps the report for "Your Reports"; a failure is shown, but the
 * report has left already. */
static void
keep (SylReportDialog  *self,
      SylProblemReport *problem,
      const char       *sent_via)
{
  g_autoptr(GError) error = NULL;
  SylStoreReport report = {
    .pack_id = (char *) syl_pack_get_id (self->pack),
    .pack_version = syl_pack_get_version (self->pack),
    .question_id = (char *) syl_question_get_id (self->question),
    .kind = (char *) syl_problem_kind_to_string (MIN (adw_combo_row_get_selected (self->kind_row),
                                                      SYL_PROBLEM_N_KINDS - 1)),
    .text = (char *) syl_problem_report_get_learner_text (problem),
    .created_at_us = g_get_real_time (),
    .sent_via = (char *) sent_via,
  };

  if (syl_store_add_report (self->store, &report, &error) == 0)
    syl_error_dialog_show (GTK_WIDGET (self), _("Your Report Could Not Be Kept"), error->message);
}

static void
on_open_button_clicked_cb (SylReportDialog *self)
{
  g_autoptr(SylProblemReport) problem = build_report (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;

  url = syl_problem_report_dup_url (problem, syl_pack_get_report_address (self->pack), &error);
  if (url == NULL)
    {
      syl_error_dialog_show (GTK_WIDGET (self), _("The Report Could Not Be Opened"),
                             error != NULL ? error->message : _("This pack has no report address; copy the report instead."));
      return;
    }

  self->opener (gtk_window_get_transient_for (GTK_WINDOW (self)), url, self->opener_data);
  keep (self, problem, "opened");
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_copy_button_clicked_cb (SylReportDialog *self)
{
  g_autoptr(SylProblemReport) problem = build_report (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), syl_problem_report_get_text (problem));
  keep (self, problem, "copied");
  gtk_stack_set_visible_child_name (self->stack, "copied");
}

static void
on_text_changed_cb (SylReportDialog *self)
{
  g_autofree char *text = dup_text (self);
  gboolean has_text = g_strstrip (text)[0] != '\0';

  gtk_widget_set_sensitive (GTK_WIDGET (self->copy_button), has_text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), has_text);
}

static void
describe_destination (SylReportDialog *self)
{
  const char *address = syl_pack_get_report_address (self->pack);
  g_autoptr(GUri) uri = address != NULL ? g_uri_parse (address, G_URI_FLAGS_NONE, NULL) : NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->open_button), uri != NULL);
  if (uri == NULL)
    text = g_strdup (_("This pack has no report address: copy the report and send it to the pack’s authors."));
  else if (g_ascii_strcasecmp (g_uri_get_scheme (uri), "mailto") == 0)
    /* Translators: %s is an e-mail address */
    text = g_strdup_printf (_("Open Report starts a message to %s in your e-mail program; nothing is sent until you send it."),
                            g_uri_get_path (uri));
  else
    /* Translators: %s is a host name, "github.com" */
    text = g_strdup_printf (_("Open Report opens an issue form on %s in your browser, filled in; nothing is sent until you send it there."),
                            g_uri_get_host (uri));

  gtk_label_set_text (self->destination_label, text);
}

static void
syl_report_dialog_dispose (GObject *object)
{
  SylReportDialog *self = SYL_REPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_REPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->pack);
  g_clear_object (&self->question);

  G_OBJECT_CLASS (syl_report_dialog_parent_class)->dispose (object);
}

static void
syl_report_dialog_class_init (SylReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_report_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SylReportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SylReportDialog, question_label);
  gtk_widget_class_bind_template_child (widget_class, SylReportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SylReportDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, SylReportDialog, destination_label);
  gtk_widget_class_bind_template_child (widget_class, SylReportDialog, copy_button);
  gtk_widget_class_bind_template_child (widget_class, SylReportDialog, open_button);
  gtk_widget_class_bind_template_callback (widget_class, on_open_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_button_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
syl_report_dialog_init (SylReportDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint k = 0; k < SYL_PROBLEM_N_KINDS; k++)
    gtk_string_list_append (kinds, syl_problem_kind_get_label (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  self->opener = show_uri;
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_text_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * syl_report_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: where the report is kept
 * @pack: the pack of @question, with its report address if any
 * @question: the question reported
 *
 * Returns: (transfer full): the dialog, to present
 */
GtkWidget *
syl_report_dialog_new (GtkWindow   *parent,
                       SylStore    *store,
                       SylPack     *pack,
                       SylQuestion *question)
{
  SylReportDialog *self;
  g_autofree char *about = NULL;

  g_return_val_if_fail (SYL_IS_STORE (store), NULL);
  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (SYL_IS_QUESTION (question), NULL);

  self = g_object_new (SYL_TYPE_REPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->pack = g_object_ref (pack);
  self->question = g_object_ref (question);

  /* Translators: "Question q0042 of “AWS DevOps Engineer”, version 3" */
  about = g_strdup_printf (_("Question %s of “%s”, version %u"), syl_question_get_id (question),
                           syl_pack_get_title (pack), syl_pack_get_version (pack));
  gtk_label_set_text (self->question_label, about);
  describe_destination (self);
  /* The sentence is what there is to type; the kind has a default. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->text_view));

  return GTK_WIDGET (self);
}

/**
 * syl_report_dialog_set_opener:
 * @opener: what opens the report's URL
 *
 * Replaces gtk_show_uri(), for tests.
 */
void
syl_report_dialog_set_opener (SylReportDialog *self,
                              SylReportOpener  opener,
                              gpointer         user_data)
{
  g_return_if_fail (SYL_IS_REPORT_DIALOG (self));
  g_return_if_fail (opener != NULL);

  self->opener = opener;
  self->opener_data = user_data;
}

/** syl_report_dialog_get_kind_row: Returns: (transfer none): the drop-down */
AdwComboRow *
syl_report_dialog_get_kind_row (SylReportDialog *self)
{
  g_return_val_if_fail (SYL_IS_REPORT_DIALOG (self), NULL);
  return self->kind_row;
}

/** syl_report_dialog_get_text_view: Returns: (transfer none): the sentence */
GtkTextView *
syl_report_dialog_get_text_view (SylReportDialog *self)
{
  g_return_val_if_fail (SYL_IS_REPORT_DIALOG (self), NULL);
  return self->text_view;
}

/** syl_report_dialog_get_open_button: Returns: (transfer none): "Open Report" */
GtkButton *
syl_report_dialog_get_open_button (SylReportDialog *self)
{
  g_return_val_if_fail (SYL_IS_REPORT_DIALOG (self), NULL);
  return self->open_button;
}

/** syl_report_dialog_get_copy_button: Returns: (transfer none): "Copy Report" */
GtkButton *
syl_report_dialog_get_copy_button (SylReportDialog *self)
{
  g_return_val_if_fail (SYL_IS_REPORT_DIALOG (self), NULL);
  return self->copy_button;
}

/** syl_report_dialog_get_destination: Returns: (transfer none): where the report goes, as shown */
const char *
syl_report_dialog_get_destination (SylReportDialog *self)
{
  g_return_val_if_fail (SYL_IS_REPORT_DIALOG (self), NULL);
  return gtk_label_get_text (self->destination_label);
}

/** syl_report_dialog_is_copied: Returns: whether it shows "Report Copied" */
gboolean
syl_report_dialog_is_copied (SylReportDialog *self)
{
  g_return_val_if_fail (SYL_IS_REPORT_DIALOG (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "copied") == 0;
}
