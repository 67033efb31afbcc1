/* syl-question-actions.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-question-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-error-dialog.h"
#include "syl-question-actions.h"
#include "syl-quiz-format.h"
#include "syl-report-dialog.h"

/* What a learner can do with a question once its answer is shown: write a
 * note ("Your Note", an expander row with a text view) and report a
 * problem. The note is the store's (syl_store_set_note()): saved half a
 * second after the last keystroke, and at once when the widget is unmapped
 * or destroyed or shows another question, so that nothing typed is lost.
 * The row's subtitle shows the note's first line, and a question with a
 * note shows it expanded. A failed save is shown in a dialog; the text
 * stays in the view and the next keystroke tries again. */
struct _SylQuestionActions
{
  GtkWidget         parent_instance;

  /* template children */
  GtkWidget        *box;
  AdwExpanderRow   *note_row;
  GtkTextView      *note_view;
  GtkButton        *report_button;

  /* owned */
  SylStore         *store;
  SylPack          *pack;
  SylQuestion      *question;

  /* borrowed, weak */
  AdwMessageDialog *error_dialog;

  guint             save_id;
  gboolean          dirty;
  gboolean          loading;
};

G_DEFINE_FINAL_TYPE (SylQuestionActions, syl_question_actions, GTK_TYPE_WIDGET)

enum {
  NOTE_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define SAVE_DELAY_MS 500

static char *
dup_note_text (SylQuestionActions *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The note's first non-blank line, short enough for a subtitle. */
static void
update_subtitle (SylQuestionActions *self,
                 const char         *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autofree char *first = NULL;

  for (guint i = 0; lines[i] != NULL && first == NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      first = syl_quiz_format_excerpt (lines[i], 80);

  adw_expander_row_set_subtitle (self->note_row, first != NULL ? first : _("None yet: write what helps you remember"));
}

static void
show_error (SylQuestionActions *self,
            const char         *heading,
            const char         *message)
{
  /* One dialog at a time: a learner who keeps typing into a full disk
   * should not get one per keystroke. */
  if (self->error_dialog != NULL)
    return;

  self->error_dialog = syl_error_dialog_show (GTK_WIDGET (self), heading, message);
  g_object_add_weak_pointer (G_OBJECT (self->error_dialog), (gpointer *) &self->error_dialog);
}

static gboolean
save_now (SylQuestionActions *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!self->dirty || self->store == NULL || self->question == NULL)
    return TRUE;

  text = dup_note_text (self);
  if (!syl_store_set_note (self->store, syl_pack_get_id (self->pack), syl_question_get_id (self->question),
                           text, g_get_real_time (), &error))
    {
      show_error (self, _("Your Note Could Not Be Saved"), error->message);
      return FALSE;
    }

  self->dirty = FALSE;
  g_signal_emit (self, signals[NOTE_SAVED], 0, syl_question_get_id (self->question), text);
  return TRUE;
}

static gboolean
on_save_timeout_cb (gpointer user_data)
{
  SylQuestionActions *self = user_data;

  self->save_id = 0;
  save_now (self);

  return G_SOURCE_REMOVE;
}

static void
on_note_buffer_changed_cb (SylQuestionActions *self)
{
  g_autofree char *text = NULL;

  if (self->loading)
    return;

  text = dup_note_text (self);
  update_subtitle (self, text);
  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, on_save_timeout_cb, self);
}

static void
on_report_button_clicked_cb (SylQuestionActions *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->store == NULL || self->question == NULL)
    return;

  dialog = syl_report_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  self->store, self->pack, self->question);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load_note (SylQuestionActions *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;

  if (self->store != NULL && self->question != NULL)
    {
      note = syl_store_dup_note (self->store, syl_pack_get_id (self->pack),
                                 syl_question_get_id (self->question), &error);
      if (error != NULL)
        show_error (self, _("Your Note Could Not Be Read"), error->message);
    }

  self->loading = TRUE;
  gtk_text_buffer_set_text (buffer, note != NULL ? note : "", -1);
  self->loading = FALSE;
  self->dirty = FALSE;

  update_subtitle (self, note);
  adw_expander_row_set_expanded (self->note_row, note != NULL && note[0] != '\0');
}

static void
syl_question_actions_unmap (GtkWidget *widget)
{
  save_now (SYL_QUESTION_ACTIONS (widget));

  GTK_WIDGET_CLASS (syl_question_actions_parent_class)->unmap (widget);
}

static void
syl_question_actions_dispose (GObject *object)
{
  SylQuestionActions *self = SYL_QUESTION_ACTIONS (object);

  if (self->note_view != NULL)
    save_now (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->error_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->error_dialog), (gpointer *) &self->error_dialog);
  self->error_dialog = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_QUESTION_ACTIONS);
  self->note_view = NULL;
  g_clear_object (&self->store);
  g_clear_object (&self->pack);
  g_clear_object (&self->question);

  G_OBJECT_CLASS (syl_question_actions_parent_class)->dispose (object);
}

static void
syl_question_actions_class_init (SylQuestionActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_question_actions_dispose;
  widget_class->unmap = syl_question_actions_unmap;

  /**
   * SylQuestionActions::note-saved:
   * @question_id: the question
   * @text: the note as saved ("" when it was emptied)
   *
   * The learner's note went to the store.
   */
  signals[NOTE_SAVED] = g_signal_new ("note-saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-question-actions.ui");
  gtk_widget_class_bind_template_child (widget_class, SylQuestionActions, box);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionActions, note_row);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionActions, note_view);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionActions, report_button);
  gtk_widget_class_bind_template_callback (widget_class, on_report_button_clicked_cb);
}

static void
syl_question_actions_init (SylQuestionActions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (on_note_buffer_changed_cb), self, G_CONNECT_SWAPPED);
  update_subtitle (self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * syl_question_actions_new:
 *
 * Returns: (transfer floating): a new widget, hidden until it has a
 *   question
 */
GtkWidget *
syl_question_actions_new (void)
{
  return g_object_new (SYL_TYPE_QUESTION_ACTIONS, NULL);
}

/**
 * syl_question_actions_set_question:
 * @store: (nullable): the progress store; without one the widget hides
 * @pack: (nullable): the pack of @question
 * @question: (nullable): the question
 *
 * Shows @question's note, saving first what was typed for the question
 * shown before.
 */
void
syl_question_actions_set_question (SylQuestionActions *self,
                                   SylStore           *store,
                                   SylPack            *pack,
                                   SylQuestion        *question)
{
  g_return_if_fail (SYL_IS_QUESTION_ACTIONS (self));
  g_return_if_fail (store == NULL || SYL_IS_STORE (store));
  g_return_if_fail (pack == NULL || SYL_IS_PACK (pack));
  g_return_if_fail (question == NULL || SYL_IS_QUESTION (question));

  save_now (self);

  if (store == NULL || pack == NULL || question == NULL)
    store = NULL, pack = NULL, question = NULL;

  g_set_object (&self->store, store);
  g_set_object (&self->pack, pack);
  g_set_object (&self->question, question);

  load_note (self);
  gtk_widget_set_visible (GTK_WIDGET (self), question != NULL);
}

/** syl_question_actions_get_question: Returns: (transfer none) (nullable): the question shown */
SylQuestion *
syl_question_actions_get_question (SylQuestionActions *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_ACTIONS (self), NULL);
  return self->question;
}

/**
 * syl_question_actions_save:
 *
 * Saves the note now if it changed since it was last saved.
 *
 * Returns: %FALSE if saving failed (the learner was told)
 */
gboolean
syl_question_actions_save (SylQuestionActions *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_ACTIONS (self), FALSE);
  return save_now (self);
}

/** syl_question_actions_has_unsaved_note: Returns: whether typing waits to be saved */
gboolean
syl_question_actions_has_unsaved_note (SylQuestionActions *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_ACTIONS (self), FALSE);
  return self->dirty;
}

/** syl_question_actions_get_note_row: Returns: (transfer none): the "Your Note" row */
AdwExpanderRow *
syl_question_actions_get_note_row (SylQuestionActions *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_ACTIONS (self), NULL);
  return self->note_row;
}

/** syl_question_actions_get_note_view: Returns: (transfer none): the note's text view */
GtkTextView *
syl_question_actions_get_note_view (SylQuestionActions *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_ACTIONS (self), NULL);
  return self->note_view;
}

/** syl_question_actions_get_report_button: Returns: (transfer none): "Report a Problem…" */
GtkButton *
syl_question_actions_get_report_button (SylQuestionActions *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_ACTIONS (self), NULL);
  return self->report_button;
}
