/* syl-answer-review-row.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-answer-review-row"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-answer-review-row.h"
#include "syl-explanation-box.h"
#include "syl-group-row.h"
#include "syl-option-row.h"
#include "syl-question-actions.h"
#include "syl-question.h"
#include "syl-quiz-format.h"
#include "syl-session.h"
#include "syl-task.h"

/* One question of a finished quiz in the results: its number, the start of
 * its stem and how it went; expanded, the whole stem, every option with
 * the learner's choice, the right set and the reasons, the explanation and
 * the links. The details are built on first expansion: an exam has 75. */
struct _SylAnswerReviewRow
{
  AdwExpanderRow  parent_instance;

  /* template children */
  GtkImage       *verdict_image;

  /* owned */
  SylSession     *session;
  SylStore       *store;          /* nullable: for the note */

  /* borrowed */
  GtkWidget      *details;
  GtkWidget      *note_image;     /* shown when the question has a note */

  guint           position;
  gboolean        correct;
  gboolean        answered;
  gboolean        flagged;
  gboolean        unscored;
};

G_DEFINE_FINAL_TYPE (SylAnswerReviewRow, syl_answer_review_row, ADW_TYPE_EXPANDER_ROW)

static gboolean
is_chosen (SylSession *session,
           guint       position,
           guint       option)
{
  guint n_chosen = 0;
  const guint *chosen = syl_session_get_chosen (session, position, &n_chosen);

  for (guint c = 0; c < n_chosen; c++)
    if (chosen[c] == option)
      return TRUE;

  return FALSE;
}

/**
 * syl_answer_review_row_new_changed_label:
 *
 * The "Changed since you last answered it" pill, also in words for
 * screen readers.
 *
 * Returns: (transfer floating): a new label
 */
GtkWidget *
syl_answer_review_row_new_changed_label (void)
{
  GtkWidget *label = gtk_label_new (_("Changed since you last answered it"));

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "syl-status-pill");
  gtk_widget_add_css_class (label, "syl-changed-pill");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("A pack update corrected this question’s text, options or answer key "
                                    "after your last answer; your earlier answers to it no longer count."),
                                  -1);
  return label;
}

static void
build_details (SylAnswerReviewRow *self)
{
  SylQuestion *question = syl_session_get_question (self->session, self->position);
  gboolean multiple = syl_question_get_question_type (question) == SYL_QUESTION_MULTIPLE;
  GtkWidget *row;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *stem = gtk_label_new (syl_question_get_stem (question));
  GtkWidget *options = gtk_list_box_new ();
  GtkWidget *explanation = syl_explanation_box_new ();
  const guint *order;
  guint n_options = 0;
  SylOptionRow *group = NULL;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* A pack update changed it since the learner's previous answer. */
  if (syl_session_is_changed (self->session, self->position))
    gtk_box_append (GTK_BOX (box), syl_answer_review_row_new_changed_label ());

  gtk_label_set_wrap (GTK_LABEL (stem), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (stem), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (stem), 0);
  /* Reached by Tab and read: the question in full. */
  syl_a11y_make_readable (GTK_LABEL (stem));
  gtk_box_append (GTK_BOX (box), stem);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (options), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (options, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (options),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Options"),
                                  -1);

  /* The options in the order the learner saw them. */
  order = syl_session_get_option_order (self->session, self->position, &n_options);
  for (guint p = 0; p < n_options; p++)
    {
      guint o = order[p];
      GtkWidget *option = syl_option_row_new (p + 1, syl_question_get_option_text (question, o), multiple);

      if (!multiple)
        {
          if (group != NULL)
            syl_option_row_set_group (SYL_OPTION_ROW (option), group);
          else
            group = SYL_OPTION_ROW (option);
        }
      syl_option_row_show_feedback (SYL_OPTION_ROW (option),
                                    syl_question_get_option_correct (question, o),
                                    is_chosen (self->session, self->position, o),
                                    syl_question_get_option_why (question, o));
      gtk_list_box_append (GTK_LIST_BOX (options), option);
    }
  gtk_box_append (GTK_BOX (box), options);

  syl_explanation_box_set_question (SYL_EXPLANATION_BOX (explanation), question);
  gtk_box_append (GTK_BOX (box), explanation);

  if (self->store != NULL)
    {
      GtkWidget *actions = syl_question_actions_new ();

      syl_question_actions_set_question (SYL_QUESTION_ACTIONS (actions), self->store,
                                         syl_session_get_pack (self->session), question);
      gtk_box_append (GTK_BOX (box), actions);
    }

  row = syl_group_row_new (box);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);

  self->details = box;
}

static void
on_expanded_changed_cb (SylAnswerReviewRow *self)
{
  gboolean expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self));
  GtkWidget *header;

  if (self->details == NULL && expanded)
    build_details (self);

  /* libadwaita 1.2 does not say it of the header, which has the focus. */
  header = gtk_widget_get_first_child (GTK_WIDGET (self));
  while (header != NULL && !ADW_IS_ACTION_ROW (header))
    header = gtk_widget_get_first_child (header);
  if (header != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (header),
                                 GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                                 -1);
}

static void
syl_answer_review_row_dispose (GObject *object)
{
  SylAnswerReviewRow *self = SYL_ANSWER_REVIEW_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_ANSWER_REVIEW_ROW);
  g_clear_object (&self->session);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (syl_answer_review_row_parent_class)->dispose (object);
}

static void
syl_answer_review_row_class_init (SylAnswerReviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_answer_review_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-answer-review-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SylAnswerReviewRow, verdict_image);
}

static void
syl_answer_review_row_init (SylAnswerReviewRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded_changed_cb), NULL);
}

/**
 * syl_answer_review_row_new:
 * @session: a finished session
 * @position: the question's position in it
 *
 * Returns: (transfer floating): a new review row
 */
GtkWidget *
syl_answer_review_row_new (SylSession *session,
                           guint       position)
{
  SylAnswerReviewRow *self;
  SylQuestion *question;
  SylTask *task;
  g_autofree char *excerpt = NULL;
  g_autofree char *title = NULL;
  g_autofree char *state = NULL;
  const char *verdict;

  g_return_val_if_fail (SYL_IS_SESSION (session), NULL);
  g_return_val_if_fail (position < syl_session_get_n_questions (session), NULL);

  self = g_object_new (SYL_TYPE_ANSWER_REVIEW_ROW, NULL);
  self->session = g_object_ref (session);
  self->position = position;
  self->answered = syl_quiz_has_choice (session, position);
  self->correct = syl_session_is_correct (session, position);
  self->flagged = syl_session_is_flagged (session, position);
  /* Revealed once the quiz is over, as on the real exam's report. */
  self->unscored = syl_session_is_unscored (session, position);

  question = syl_session_get_question (session, position);
  task = syl_question_get_task (question);

  excerpt = syl_quiz_format_excerpt (syl_question_get_stem (question), 110);
  /* Translators: a reviewed question, "12. A company runs…" */
  title = g_strdup_printf (_("%u. %s"), position + 1, excerpt);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  state = syl_quiz_format_review_state (self->answered, self->correct,
                                        task != NULL ? syl_task_get_id (task) : NULL,
                                        self->flagged, self->unscored);
  if (syl_session_is_changed (session, position))
    {
      g_autofree char *with_change = NULL;

      /* Translators: a reviewed question's state, then that it changed */
      with_change = g_strdup_printf (_("%s · Changed since you last answered it"), state);
      g_free (state);
      state = g_steal_pointer (&with_change);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), state);

  verdict = self->correct ? _("Right") : self->answered ? _("Wrong") : _("Unanswered");
  gtk_image_set_from_icon_name (self->verdict_image,
                                self->correct ? "object-select-symbolic" : "window-close-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_image), self->correct ? "success" : "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->verdict_image), verdict);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->verdict_image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, verdict,
                                  -1);

  return GTK_WIDGET (self);
}

/**
 * syl_answer_review_row_set_store:
 * @store: (nullable): the progress store
 *
 * With a store, the expanded row shows the learner's note on the question
 * and "Report a Problem…" under the explanation.
 */
void
syl_answer_review_row_set_store (SylAnswerReviewRow *self,
                                 SylStore           *store)
{
  g_autofree char *note = NULL;

  g_return_if_fail (SYL_IS_ANSWER_REVIEW_ROW (self));
  g_return_if_fail (store == NULL || SYL_IS_STORE (store));

  if (!g_set_object (&self->store, store) || store == NULL)
    return;

  /* A question with a note says so before it is expanded; a note that
   * cannot be read shows when the row is (SylQuestionActions). */
  note = syl_store_dup_note (store, syl_pack_get_id (syl_session_get_pack (self->session)),
                             syl_question_get_id (syl_session_get_question (self->session, self->position)),
                             NULL);
  if (note != NULL && self->note_image == NULL)
    {
      self->note_image = gtk_image_new_from_icon_name ("document-edit-symbolic");
      gtk_widget_set_tooltip_text (self->note_image, _("You have a note on this question"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_image),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("You have a note on this question"),
                                      -1);
      gtk_widget_add_css_class (self->note_image, "dim-label");
      adw_expander_row_add_action (ADW_EXPANDER_ROW (self), self->note_image);
    }
}

/** syl_answer_review_row_has_note_mark: Returns: whether it shows that the question has a note */
gboolean
syl_answer_review_row_has_note_mark (SylAnswerReviewRow *self)
{
  g_return_val_if_fail (SYL_IS_ANSWER_REVIEW_ROW (self), FALSE);

  return self->note_image != NULL;
}

guint
syl_answer_review_row_get_position (SylAnswerReviewRow *self)
{
  g_return_val_if_fail (SYL_IS_ANSWER_REVIEW_ROW (self), 0);

  return self->position;
}

gboolean
syl_answer_review_row_is_correct (SylAnswerReviewRow *self)
{
  g_return_val_if_fail (SYL_IS_ANSWER_REVIEW_ROW (self), FALSE);

  return self->correct;
}

gboolean
syl_answer_review_row_is_flagged (SylAnswerReviewRow *self)
{
  g_return_val_if_fail (SYL_IS_ANSWER_REVIEW_ROW (self), FALSE);

  return self->flagged;
}

gboolean
syl_answer_review_row_is_unscored (SylAnswerReviewRow *self)
{
  g_return_val_if_fail (SYL_IS_ANSWER_REVIEW_ROW (self), FALSE);

  return self->unscored;
}

/**
 * syl_answer_review_row_get_details:
 *
 * Returns: (transfer none) (nullable): the expanded content, once built
 */
GtkWidget *
syl_answer_review_row_get_details (SylAnswerReviewRow *self)
{
  g_return_val_if_fail (SYL_IS_ANSWER_REVIEW_ROW (self), NULL);

  return self->details;
}
