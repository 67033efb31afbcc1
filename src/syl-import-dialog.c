/* syl-import-dialog.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Import Pack shows for a file of another tool (GIFT, Aiken, CSV,
 * QTI) before it is installed: how many questions it gave, the warnings
 * (each question left out, with its line), and the exam settings a pack
 * needs and such files do not have, filled with the defaults. "Import"
 * emits SylImportDialog::import; the application converts the file again
 * with these settings and installs it through the installer's plan.
 */

#define G_LOG_DOMAIN "syl-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-display-text.h"
#include "syl-import-dialog.h"

/* Warnings shown before "and N more"; all of them go to the log. */
#define MAX_SHOWN_WARNINGS 200

struct _SylImportDialog
{
  AdwWindow parent_instance;

  /* template children */
  GtkLabel             *summary_label;
  GtkEntry             *title_row;
  GtkSpinButton        *questions_spin;
  GtkAdjustment        *questions_adjustment;
  GtkSpinButton        *minutes_spin;
  GtkSpinButton        *pass_spin;
  AdwPreferencesGroup  *warnings_group;
  GtkLabel             *warnings_label;
  GtkButton            *import_button;

  guint                 n_questions;
  /* Minutes follow the number of questions until the learner sets them. */
  gboolean              minutes_set;
  gboolean              syncing;
};

G_DEFINE_FINAL_TYPE (SylImportDialog, syl_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
format_label (SylImportFormat format)
{
  switch (format)
    {
    case SYL_IMPORT_FORMAT_GIFT:
      return "GIFT";
    case SYL_IMPORT_FORMAT_AIKEN:
      return "Aiken";
    case SYL_IMPORT_FORMAT_CSV:
      return "CSV";
    case SYL_IMPORT_FORMAT_QTI:
      return "QTI";
    case SYL_IMPORT_FORMAT_PACK:
    case SYL_IMPORT_FORMAT_UNKNOWN:
    default:
      return "?";
    }
}

/**
 * syl_import_dialog_dup_summary:
 *
 * Returns: (transfer full): the sentence on top of the dialog: how many
 *   questions the file gave and how many were left out
 */
char *
syl_import_dialog_dup_summary (guint            n_questions,
                               guint            n_skipped,
                               const char      *file_name,
                               SylImportFormat  format)
{
  g_autofree char *questions = NULL;
  g_autofree char *shown_name = syl_display_text_shorten (file_name, 1, 80, NULL);

  /* Translators: the first %s is a file name, the second its format (GIFT, CSV, …) */
  questions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "“%s” (%s) gives %u question.",
                                            "“%s” (%s) gives %u questions.",
                                            n_questions),
                               shown_name, format_label (format), n_questions);
  if (n_skipped == 0)
    return g_steal_pointer (&questions);

  return g_strdup_printf ("%s %s", questions,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "One question is left out: Syllabus cannot show its kind (see the warnings).",
                                       "Some questions are left out: Syllabus cannot show their kind (see the warnings).",
                                       n_skipped));
}

static void
on_questions_changed_cb (SylImportDialog *self)
{
  guint questions = gtk_spin_button_get_value_as_int (self->questions_spin);

  if (self->minutes_set)
    return;

  self->syncing = TRUE;
  gtk_spin_button_set_value (self->minutes_spin,
                             CLAMP (questions * SYL_IMPORT_DEFAULT_MINUTES_PER_QUESTION,
                                    1, SYL_IMPORT_MAX_MINUTES));
  self->syncing = FALSE;
}

static void
on_minutes_changed_cb (SylImportDialog *self)
{
  if (!self->syncing)
    self->minutes_set = TRUE;
}

static void
on_import_clicked_cb (SylImportDialog *self)
{
  g_signal_emit (self, signals[SIGNAL_IMPORT], 0);
}

static void
syl_import_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (syl_import_dialog_parent_class)->dispose (object);
}

static void
syl_import_dialog_class_init (SylImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_import_dialog_dispose;

  /**
   * SylImportDialog::import:
   *
   * The learner chose to import the file with the settings shown.
   */
  signals[SIGNAL_IMPORT] =
    g_signal_new ("import",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, questions_spin);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, questions_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, pass_spin);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_questions_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_minutes_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
syl_import_dialog_init (SylImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->import_button));
  /* What will be imported is read first; Tab goes on to the buttons. */
  syl_a11y_make_readable (self->summary_label);
  syl_a11y_make_readable (self->warnings_label);
  syl_a11y_focus_when_shown (GTK_WIDGET (self->summary_label));
}

static void
show_warnings (SylImportDialog    *self,
               const char * const *warnings)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *shown = NULL;
  guint n = warnings != NULL ? g_strv_length ((char **)warnings) : 0;
  guint more = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), n > 0);
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      /* Everything to the log; the dialog shows what fits. */
      g_message ("%s", warnings[i]);
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, warnings[i]);
    }

  shown = syl_display_text_shorten (text->str, MAX_SHOWN_WARNINGS, SYL_DISPLAY_TEXT_MAX_LINE_CHARS, &more);
  if (more > 0)
    {
      g_autofree char *all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more warning",
                                                           "… and %u more warnings", more),
                                              more);
      g_autofree char *joined = g_strconcat (shown, "\n", all, NULL);

      g_free (shown);
      shown = g_steal_pointer (&joined);
    }
  gtk_label_set_text (self->warnings_label, shown);
}

/**
 * syl_import_dialog_new:
 * @file_name: the file's name, as the learner chose it
 * @preview: the file converted with the default settings
 *
 * Returns: (transfer full): a dialog with the defaults filled in
 */
SylImportDialog *
syl_import_dialog_new (const char            *file_name,
                       const SylImportResult *preview)
{
  SylImportDialog *self;
  g_autofree char *summary = NULL;
  guint n_questions, exam_questions, minutes, pass_percent;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (preview != NULL && SYL_IS_PACK (preview->pack), NULL);

  self = g_object_new (SYL_TYPE_IMPORT_DIALOG, NULL);
  n_questions = g_list_model_get_n_items (syl_pack_get_questions (preview->pack));
  self->n_questions = n_questions;
  syl_import_default_exam (n_questions, &exam_questions, &minutes, &pass_percent);

  summary = syl_import_dialog_dup_summary (n_questions, preview->n_skipped, file_name, preview->format);
  gtk_label_set_text (self->summary_label, summary);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), syl_pack_get_title (preview->pack));

  gtk_adjustment_set_upper (self->questions_adjustment, MAX (n_questions, 1));
  self->syncing = TRUE;
  gtk_spin_button_set_value (self->questions_spin, exam_questions);
  gtk_spin_button_set_value (self->minutes_spin, minutes);
  self->syncing = FALSE;
  gtk_spin_button_set_value (self->pass_spin, pass_percent);

  show_warnings (self, (const char * const *)preview->warnings);

  return self;
}

guint
syl_import_dialog_get_n_questions (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), 0);

  return self->n_questions;
}

guint
syl_import_dialog_get_exam_questions (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), 0);

  return gtk_spin_button_get_value_as_int (self->questions_spin);
}

guint
syl_import_dialog_get_minutes (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), 0);

  return gtk_spin_button_get_value_as_int (self->minutes_spin);
}

guint
syl_import_dialog_get_pass_percent (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), 0);

  return gtk_spin_button_get_value_as_int (self->pass_spin);
}

/**
 * syl_import_dialog_get_pack_title:
 *
 * Returns: the title the learner gave the pack (may be empty: the
 *   importer then takes the file's name)
 */
const char *
syl_import_dialog_get_pack_title (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->title_row));
}
