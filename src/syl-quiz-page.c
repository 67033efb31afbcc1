/* syl-quiz-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-quiz-page"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-explanation-box.h"
#include "syl-option-row.h"
#include "syl-pacing.h"
#include "syl-question-grid.h"
#include "syl-question.h"
#include "syl-quiz-format.h"
#include "syl-reflow-box.h"
#include "syl-error-dialog.h"
#include "syl-question-actions.h"
#include "syl-quiz-page.h"

/* One quiz session, one question at a time: exam simulation or drill.
 *
 * The page shows the session's current question and hands every choice to
 * the session at once (syl_session_answer() commits it to the store); in
 * an exam each click is an answer, in a drill the answer is given with
 * "Check", which then shows right and wrong, the reasons and the
 * explanation. The session keeps the state; the page only reflects it.
 *
 * The exam clock runs while the page is mapped: mapping starts the
 * session, unmapping pauses it (which saves the time used), and a one
 * second tick updates the header and ends the exam when time is up. */
struct _SylQuizPage
{
  SylPage            parent_instance;

  /* template children */
  AdwHeaderBar      *header_bar;
  GtkButton         *leave_button;
  AdwSqueezer       *counter_squeezer;
  GtkLabel          *counter_label;
  GtkLabel          *counter_short_label;
  GtkLabel          *timer_label;
  GtkLabel          *timer_short_label;
  GtkWidget         *timer_warning_image;
  AdwSqueezer       *flag_squeezer;
  GtkToggleButton   *flag_button;
  GtkMenuButton     *grid_button;
  GtkPopover        *grid_popover;
  SylQuestionGrid   *grid;
  AdwToastOverlay   *toast_overlay;
  GtkScrolledWindow *scroller;
  GtkWidget         *changed_label;
  GtkLabel          *stem_label;
  GtkLabel          *choose_label;
  GtkListBox        *options_list;
  GtkWidget         *feedback_box;
  GtkLabel          *verdict_label;
  SylExplanationBox *explanation_box;
  SylQuestionActions *question_actions;
  GtkCheckButton    *unsure_button;
  GtkButton         *previous_button;
  GtkButton         *check_button;
  GtkButton         *next_button;
  GtkButton         *submit_button;

  /* owned */
  SylSession        *session;
  GPtrArray         *option_rows;

  /* borrowed, weak */
  AdwMessageDialog  *dialog;

  guint              tick_id;
  guint              focus_id;
  guint              position;
  gboolean           checked;
};

G_DEFINE_FINAL_TYPE (SylQuizPage, syl_quiz_page, SYL_TYPE_PAGE)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_FLAGGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FINISHED,
  LEFT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define WARNING_MS ((gint64) 10 * 60 * 1000)

static void show_question (SylQuizPage *self,
                           guint        position,
                           gboolean     focus);

static gboolean
is_exam (SylQuizPage *self)
{
  return self->session != NULL && syl_session_get_mode (self->session) == SYL_QUIZ_MODE_EXAM;
}

static gboolean
gives_feedback (SylQuizPage *self)
{
  return self->session != NULL && syl_quiz_gives_feedback (syl_session_get_mode (self->session));
}

static gboolean
is_open (SylQuizPage *self)
{
  return self->session != NULL && !syl_session_is_finished (self->session);
}

static SylOptionRow *
get_option_row (SylQuizPage *self,
                guint        display_position)
{
  if (display_position >= self->option_rows->len)
    return NULL;

  return g_ptr_array_index (self->option_rows, display_position);
}

static guint
count_selected (SylQuizPage *self)
{
  guint n = 0;

  for (guint p = 0; p < self->option_rows->len; p++)
    n += syl_option_row_get_active (get_option_row (self, p)) ? 1 : 0;

  return n;
}

/* The option indexes (not display positions) of the selected rows. */
static GArray *
collect_chosen (SylQuizPage *self)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  const guint *order = syl_session_get_option_order (self->session, self->position, NULL);

  for (guint p = 0; p < self->option_rows->len; p++)
    if (syl_option_row_get_active (get_option_row (self, p)))
      g_array_append_val (chosen, order[p]);

  return chosen;
}

static void
close_dialog (SylQuizPage *self)
{
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
}

static void
stop_tick (SylQuizPage *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

static void
emit_finished (SylQuizPage *self)
{
  g_autoptr(SylSession) session = g_object_ref (self->session);

  stop_tick (self);
  close_dialog (self);
  gtk_popover_popdown (self->grid_popover);
  g_signal_emit (self, signals[FINISHED], 0, session);
}

/* The session ran out of time: it has finished itself. */
static void
time_is_up (SylQuizPage *self)
{
  if (syl_session_get_report (self->session) == NULL)
    {
      g_autoptr(GError) error = NULL;

      if (syl_session_finish (self->session, &error) == NULL)
        {
          syl_error_dialog_show (GTK_WIDGET (self), _("The Exam Could Not Be Submitted"), error->message);
          return;
        }
    }

  emit_finished (self);
}

/* A session call failed: say so, unless it failed because time ran out, in
 * which case the exam is over. */
static void
handle_error (SylQuizPage *self,
              GError      *error,
              const char  *what)
{
  if (g_error_matches (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_TIMED_OUT) ||
      syl_session_is_timed_out (self->session))
    {
      time_is_up (self);
      return;
    }

  /* A dialog, not a toast: the reason (a full disk, a locked file) is
   * what the learner needs, and a toast cuts it off. */
  syl_error_dialog_show (GTK_WIDGET (self), what, error->message);
}

/* In an exam, from the first checkpoint on: how the learner stands
 * against the exam's 144 s a question (syl-pacing.c); *behind as
 * syl_pacing_is_behind() says. NULL otherwise. */
static char *
pace_text (SylQuizPage *self,
           gboolean    *behind)
{
  guint answered;
  gint64 delta;

  *behind = FALSE;
  if (syl_session_get_mode (self->session) != SYL_QUIZ_MODE_EXAM)
    return NULL;

  answered = syl_session_get_n_answered (self->session);
  if (syl_pacing_checkpoint (answered) == 0)
    return NULL;

  delta = syl_pacing_delta_ms (answered, syl_session_get_time_used_ms (self->session),
                               syl_pacing_budget_ms (syl_session_get_pack (self->session)));
  *behind = syl_pacing_is_behind (delta);
  return syl_pacing_format_delta (delta);
}

static void
update_timer (SylQuizPage *self)
{
  gint64 remaining;
  gboolean behind = FALSE;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *pace = NULL;
  g_autofree char *description = NULL;

  if (self->session == NULL || syl_session_get_time_limit_ms (self->session) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->timer_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->timer_short_label), FALSE);
      return;
    }

  remaining = syl_session_get_remaining_ms (self->session);
  text = syl_quiz_format_clock (remaining);
  pace = pace_text (self, &behind);
  if (pace != NULL)
    {
      /* Translators: the exam clock and the pace, "02:41:07 · 3 min ahead" */
      shown = g_strdup_printf (_("%s · %s"), text, pace);
      /* Translators: for screen readers, "02:41:07 left, 3 min ahead" */
      description = g_strdup_printf (_("%s left, %s"), text, pace);
    }
  else
    /* Translators: the exam clock for screen readers, "02:41:07 left" */
    description = g_strdup_printf (_("%s left"), text);
  gtk_label_set_text (self->timer_label, shown != NULL ? shown : text);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label), TRUE);
  gtk_label_set_text (self->timer_short_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_short_label), TRUE);

  if (remaining <= WARNING_MS || behind)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->timer_short_label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->timer_short_label), "warning");
    }
  /* Behind pace or in the last ten minutes: the icon and the words say
   * it, not the colour alone; the clock's name carries it to a screen
   * reader, who hears it with Ctrl+T (GTK 4.8 cannot announce it). */
  gtk_widget_set_visible (self->timer_warning_image, remaining <= WARNING_MS || behind);
  if (remaining <= WARNING_MS)
    {
      g_free (description);
      if (pace != NULL)
        /* Translators: the exam clock for screen readers in its last ten
         * minutes, with the pace, "09:41 left, less than 10 minutes, 3 min behind" */
        description = g_strdup_printf (_("%s left, less than 10 minutes, %s"), text, pace);
      else
        /* Translators: the exam clock for screen readers in its last ten
         * minutes, "09:41 left, less than 10 minutes" */
        description = g_strdup_printf (_("%s left, less than 10 minutes"), text);
    }
  syl_a11y_set_name (GTK_WIDGET (self->timer_label), description);
  syl_a11y_set_name (GTK_WIDGET (self->timer_short_label), description);
}

static gboolean
on_tick_cb (gpointer user_data)
{
  SylQuizPage *self = user_data;
  g_autoptr(GError) error = NULL;

  update_timer (self);

  if (self->session != NULL && syl_session_check_time (self->session, &error))
    {
      self->tick_id = 0;
      if (error != NULL)
        g_warning ("Could not save the timed-out exam: %s", error->message);
      time_is_up (self);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
start_tick (SylQuizPage *self)
{
  if (self->tick_id != 0 || !is_open (self) ||
      syl_session_get_time_limit_ms (self->session) == 0 ||
      !syl_session_is_running (self->session) ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->tick_id = g_timeout_add_full (G_PRIORITY_DEFAULT, 1000, on_tick_cb, self, NULL);
  g_source_set_name_by_id (self->tick_id, "[syllabus] quiz clock");
}

/* What a screen reader says after the question: where it is in the quiz,
 * how many options to choose, whether it is flagged. The counter, the
 * "Choose 2" line and the flag are shown apart from the question, and
 * only the question takes the focus. */
static void
update_question_description (SylQuizPage *self)
{
  g_autoptr(GString) description = g_string_new (gtk_label_get_text (self->counter_label));

  if (gtk_widget_get_visible (GTK_WIDGET (self->choose_label)))
    g_string_append_printf (description, ". %s", gtk_label_get_text (self->choose_label));
  if (syl_quiz_page_get_flagged (self))
    g_string_append_printf (description, ". %s", _("Flagged for review"));
  if (self->session != NULL)
    {
      gboolean behind = FALSE;
      g_autofree char *pace = pace_text (self, &behind);

      /* Behind the exam's pace: heard with each question, as GTK 4.8
       * cannot announce it when it happens. */
      if (behind)
        {
          g_string_append (description, ". ");
          /* Translators: for screen readers, after the question, "Behind the exam’s pace: 4 min behind" */
          g_string_append_printf (description, _("Behind the exam’s pace: %s"), pace);
        }
    }

  syl_a11y_set_description (GTK_WIDGET (self->stem_label), description->str);
  syl_a11y_set_description (GTK_WIDGET (self->options_list), description->str);
}

static void
update_choose_label (SylQuizPage *self)
{
  SylQuestion *question = syl_session_get_question (self->session, self->position);
  g_autofree char *text = NULL;

  if (syl_question_get_question_type (question) != SYL_QUESTION_MULTIPLE)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->choose_label), FALSE);
      update_question_description (self);
      return;
    }

  text = syl_quiz_format_choose (syl_question_get_n_correct (question), count_selected (self));
  gtk_label_set_text (self->choose_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_label), TRUE);
  update_question_description (self);
}

static void
update_actions (SylQuizPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean open = is_open (self);
  gboolean feedback = gives_feedback (self);
  guint n = self->session != NULL ? syl_session_get_n_questions (self->session) : 0;
  gboolean last = n > 0 && self->position + 1 >= n;

  gtk_widget_action_set_enabled (widget, "quiz.leave", open);
  gtk_widget_action_set_enabled (widget, "quiz.previous", open && self->position > 0);
  gtk_widget_action_set_enabled (widget, "quiz.next", open && !last);
  gtk_widget_action_set_enabled (widget, "quiz.check", open && feedback && !self->checked &&
                                 count_selected (self) > 0);
  gtk_widget_action_set_enabled (widget, "quiz.submit", open);
  gtk_widget_action_set_enabled (widget, "quiz.primary", open);
  gtk_widget_action_set_enabled (widget, "quiz.choose", open && !self->checked);
  gtk_widget_action_set_enabled (widget, "quiz.grid", open);
  gtk_widget_action_set_enabled (widget, "quiz.escape", open);
  gtk_widget_action_set_enabled (widget, "quiz.flag", open);

  /* Exam: Previous, Next, and Submit on the last question. Drill: "I was
   * unsure" and Check, then Next or See Results. */
  gtk_widget_set_visible (GTK_WIDGET (self->unsure_button), feedback && !self->checked);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button), feedback && !self->checked);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), !last && (!feedback || self->checked));
  gtk_widget_set_visible (GTK_WIDGET (self->submit_button), last && (!feedback || self->checked));
  gtk_button_set_label (self->submit_button, is_exam (self) ? _("_Submit Exam…") : _("See _Results"));
}

static void
show_feedback (SylQuizPage *self)
{
  SylQuestion *question = syl_session_get_question (self->session, self->position);
  const guint *order = syl_session_get_option_order (self->session, self->position, NULL);
  guint n_chosen = 0;
  const guint *chosen = syl_session_get_chosen (self->session, self->position, &n_chosen);
  gboolean correct = syl_session_is_correct (self->session, self->position);
  g_autoptr(GArray) right = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *verdict = NULL;

  self->checked = TRUE;

  for (guint p = 0; p < self->option_rows->len; p++)
    {
      guint o = order[p];
      gboolean was_chosen = FALSE;

      for (guint c = 0; c < n_chosen; c++)
        was_chosen |= chosen[c] == o;

      syl_option_row_show_feedback (get_option_row (self, p),
                                    syl_question_get_option_correct (question, o),
                                    was_chosen,
                                    syl_question_get_option_why (question, o));
      if (syl_question_get_option_correct (question, o))
        {
          guint number = p + 1;

          g_array_append_val (right, number);
        }
    }

  verdict = syl_quiz_format_answer_verdict (correct, syl_session_is_unsure (self->session, self->position),
                                            (const guint *) (gpointer) right->data, right->len);
  gtk_label_set_text (self->verdict_label, verdict);
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), TRUE);

  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), correct ? "error" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), correct ? "success" : "error");

  syl_explanation_box_set_question (self->explanation_box, question);
  syl_question_actions_set_question (self->question_actions, syl_page_get_store (SYL_PAGE (self)),
                                     syl_session_get_pack (self->session), question);
  gtk_widget_set_visible (self->feedback_box, TRUE);

  update_choose_label (self);
  update_actions (self);
  syl_question_grid_refresh (self->grid);
}

static void
focus_first_option (SylQuizPage *self)
{
  SylOptionRow *row = get_option_row (self, 0);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* A question that appears takes the focus with its text, so that a screen
 * reader reads it (its description adds "Question 3 of 20. Choose 2");
 * Tab or Down goes on to the options. A question already checked shows
 * its verdict first. */
static void
focus_question (SylQuizPage *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->verdict_label)))
    gtk_widget_grab_focus (GTK_WIDGET (self->verdict_label));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->stem_label));
}

static gboolean
on_focus_idle_cb (gpointer user_data)
{
  SylQuizPage *self = user_data;

  self->focus_id = 0;
  if (is_open (self) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_question (self);

  return G_SOURCE_REMOVE;
}

/* When the window's stack brings the page in, it moves the focus that was
 * on the page left into this one, after mapping it: the question takes
 * the focus once that is done. */
static void
focus_question_later (SylQuizPage *self)
{
  if (self->focus_id == 0)
    {
      self->focus_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_focus_idle_cb, self, NULL);
      g_source_set_name_by_id (self->focus_id, "[syllabus] quiz focus");
    }
}

static void
clear_options (SylQuizPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkListBoxRow *row;

  /* The focus leaves the rows before they go: GTK 4.8 would keep
   * pointing at the row it had. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->options_list)))
    gtk_widget_grab_focus (GTK_WIDGET (self->stem_label));

  while ((row = gtk_list_box_get_row_at_index (self->options_list, 0)) != NULL)
    gtk_list_box_remove (self->options_list, GTK_WIDGET (row));
  g_ptr_array_set_size (self->option_rows, 0);
}

static void
show_question (SylQuizPage *self,
               guint        position,
               gboolean     focus)
{
  SylQuestion *question;
  gboolean multiple;
  const guint *order;
  guint n_options = 0;
  guint n_chosen = 0;
  const guint *chosen;
  guint n;
  g_autofree char *counter = NULL;
  g_autofree char *counter_short = NULL;
  SylOptionRow *group = NULL;

  n = syl_session_get_n_questions (self->session);
  g_return_if_fail (position < n);

  if (is_open (self))
    syl_session_set_current (self->session, position);
  self->position = position;
  self->checked = FALSE;

  counter = syl_quiz_format_counter (position, n);
  counter_short = syl_quiz_format_counter_short (position, n);
  gtk_label_set_text (self->counter_label, counter);
  gtk_label_set_text (self->counter_short_label, counter_short);

  question = syl_session_get_question (self->session, position);
  multiple = syl_question_get_question_type (question) == SYL_QUESTION_MULTIPLE;
  gtk_label_set_text (self->stem_label, syl_question_get_stem (question));
  gtk_widget_set_visible (self->changed_label, syl_session_is_changed (self->session, position));

  clear_options (self);
  order = syl_session_get_option_order (self->session, position, &n_options);
  chosen = syl_session_get_chosen (self->session, position, &n_chosen);
  for (guint p = 0; p < n_options; p++)
    {
      GtkWidget *row = syl_option_row_new (p + 1, syl_question_get_option_text (question, order[p]), multiple);

      if (!multiple)
        {
          if (group != NULL)
            syl_option_row_set_group (SYL_OPTION_ROW (row), group);
          else
            group = SYL_OPTION_ROW (row);
        }

      for (guint c = 0; c < n_chosen; c++)
        if (chosen[c] == order[p])
          syl_option_row_set_active (SYL_OPTION_ROW (row), TRUE);

      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", p);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "quiz.choose");
      gtk_list_box_append (self->options_list, row);
      g_ptr_array_add (self->option_rows, row);
    }

  gtk_widget_set_visible (self->feedback_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), FALSE);
  gtk_check_button_set_active (self->unsure_button, FALSE);

  update_choose_label (self);
  update_actions (self);
  syl_question_grid_refresh (self->grid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAGGED]);

  /* A drill question answered before shows its feedback again. */
  if (gives_feedback (self) && syl_session_is_answered (self->session, position))
    show_feedback (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  if (focus)
    focus_question (self);
}

static void
record_answer (SylQuizPage *self,
               gboolean     unsure)
{
  g_autoptr(GArray) chosen = collect_chosen (self);
  g_autoptr(GError) error = NULL;
  guint answered = syl_session_get_n_answered (self->session);
  guint checkpoint;

  if (!syl_session_answer (self->session, self->position,
                           (const guint *) (gpointer) chosen->data, chosen->len,
                           unsure, &error))
    {
      handle_error (self, error, _("Your Answer Could Not Be Saved"));
      return;
    }

  syl_question_grid_refresh (self->grid);

  /* At questions 25 and 50 of an exam, say the pace once. */
  if (syl_session_get_mode (self->session) == SYL_QUIZ_MODE_EXAM &&
      syl_session_get_time_limit_ms (self->session) > 0 &&
      syl_pacing_crossed_checkpoint (answered, syl_session_get_n_answered (self->session), &checkpoint))
    {
      gboolean behind;
      g_autofree char *pace = pace_text (self, &behind);
      g_autofree char *message = NULL;

      /* Translators: at a pacing checkpoint, "Pace at question 25: 3 min ahead" */
      message = g_strdup_printf (_("Pace at question %u: %s"), checkpoint, pace);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      update_timer (self);
    }
}

static void
finish (SylQuizPage *self)
{
  g_autoptr(GError) error = NULL;

  if (syl_session_finish (self->session, &error) == NULL)
    {
      handle_error (self, error, _("The Quiz Could Not Be Submitted"));
      return;
    }

  emit_finished (self);
}

static void
leave (SylQuizPage *self)
{
  g_autoptr(GError) error = NULL;

  stop_tick (self);
  if (!syl_session_pause (self->session, &error))
    g_warning ("Could not save the time used: %s", error->message);

  g_signal_emit (self, signals[LEFT], 0);
}

static void
on_dialog_response_cb (SylQuizPage *self,
                       const char  *response)
{
  if (!is_open (self))
    return;

  if (g_strcmp0 (response, "submit") == 0)
    finish (self);
  else if (g_strcmp0 (response, "leave") == 0)
    leave (self);
}

static void
present_dialog (SylQuizPage *self,
                const char  *heading,
                const char  *body,
                const char  *response,
                const char  *response_label)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  close_dialog (self);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              g_str_equal (response, "submit")
                                                ? ADW_RESPONSE_SUGGESTED
                                                : ADW_RESPONSE_DEFAULT);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response_cb), self, G_CONNECT_SWAPPED);

  self->dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);
  SylOptionRow *row = get_option_row (self, g_variant_get_uint32 (parameter));
  SylQuestion *question;

  if (row == NULL || !is_open (self) || self->checked)
    return;

  question = syl_session_get_question (self->session, self->position);
  if (syl_question_get_question_type (question) == SYL_QUESTION_MULTIPLE)
    syl_option_row_set_active (row, !syl_option_row_get_active (row));
  else if (!syl_option_row_get_active (row))
    syl_option_row_set_active (row, TRUE);
  else
    return;

  update_choose_label (self);

  /* A number key leaves the focus where it was: bring it to the option,
   * so that a screen reader says which one changed and how. */
  gtk_widget_grab_focus (GTK_WIDGET (row));

  /* An exam records every choice as it is made; a drill on Check. */
  if (!gives_feedback (self))
    record_answer (self, FALSE);

  update_actions (self);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);

  if (is_open (self) && self->position > 0)
    show_question (self, self->position - 1, TRUE);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);

  if (is_open (self) && self->position + 1 < syl_session_get_n_questions (self->session))
    show_question (self, self->position + 1, TRUE);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);

  if (!is_open (self) || !gives_feedback (self) || self->checked || count_selected (self) == 0)
    return;

  record_answer (self, gtk_check_button_get_active (self->unsure_button));
  if (is_open (self) && syl_session_is_answered (self->session, self->position))
    {
      /* The verdict takes the focus: it is what a screen reader says
       * first, and Tab goes on through the options with their reasons,
       * the explanation and its links to Next. Return still goes on. */
      show_feedback (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->verdict_label));
    }
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);
  guint n_unanswered;
  guint n_flagged;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (!is_open (self))
    return;

  gtk_popover_popdown (self->grid_popover);

  n_unanswered = syl_quiz_count_unanswered (self->session);
  n_flagged = syl_quiz_count_flagged (self->session);

  /* A drill with every question checked has nothing left to confirm. */
  if (!is_exam (self) && n_unanswered == 0)
    {
      finish (self);
      return;
    }

  heading = syl_quiz_format_submit_heading (is_exam (self));
  body = syl_quiz_format_submit_body (is_exam (self), n_unanswered, n_flagged);
  present_dialog (self, heading, body, "submit", is_exam (self) ? _("_Submit") : _("_Finish"));
}

static void
primary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);
  gboolean last;

  if (!is_open (self))
    return;

  last = self->position + 1 >= syl_session_get_n_questions (self->session);

  /* Return does what the suggested button at the foot says: Check,
   * Next, or on the last question Submit (which asks first). */
  if (gives_feedback (self) && !self->checked)
    {
      if (count_selected (self) > 0)
        check_action (widget, NULL, NULL);
    }
  else if (!last)
    next_action (widget, NULL, NULL);
  else
    submit_action (widget, NULL, NULL);
}

/* Ctrl+T: the clock is in the header, out of the way of Tab; this brings
 * the focus to it, and a screen reader reads the time left. */
static void
time_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);

  if (gtk_widget_get_mapped (GTK_WIDGET (self->timer_short_label)))
    gtk_widget_grab_focus (GTK_WIDGET (self->timer_short_label));
  else if (gtk_widget_get_visible (GTK_WIDGET (self->timer_label)))
    gtk_widget_grab_focus (GTK_WIDGET (self->timer_label));
}

static void
grid_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->grid_popover)))
    gtk_popover_popdown (self->grid_popover);
  else if (is_open (self))
    gtk_menu_button_popup (self->grid_button);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);
  guint n_unanswered;
  guint n;

  if (!is_open (self))
    return;

  gtk_popover_popdown (self->grid_popover);

  if (is_exam (self))
    {
      present_dialog (self, _("Leave the Exam?"),
                      _("Your answers and remaining time are kept; resume it from Practice."),
                      "leave", _("_Leave"));
      return;
    }

  /* A drill loses nothing either way; ask only when it is half done. */
  n = syl_session_get_n_questions (self->session);
  n_unanswered = syl_quiz_count_unanswered (self->session);
  if (n_unanswered > 0 && n_unanswered < n)
    {
      present_dialog (self, _("Leave the Quiz?"),
                      _("Your answers so far are kept; resume it from Practice."),
                      "leave", _("_Leave"));
      return;
    }

  leave (self);
}

/* Escape closes what is open on top of the question (the review grid, a
 * dialog) and otherwise leaves the quiz, as the leave button does: an
 * exam asks first and says its answers and time are kept. */
static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->grid_popover)))
    gtk_popover_popdown (self->grid_popover);
  else if (self->dialog != NULL)
    close_dialog (self);
  else
    leave_action (widget, NULL, NULL);
}

static void
on_grid_popover_show_cb (SylQuizPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int width = root != NULL ? gtk_widget_get_width (GTK_WIDGET (root)) : 0;

  /* Cells of 40 px with their spacing: as many per line as the window
   * leaves room for, so the popover fits a narrow window. */
  syl_question_grid_set_columns (self->grid, width > 60 ? (guint) (width - 60) / 40 : 8);
  syl_question_grid_refresh (self->grid);
  syl_question_grid_focus_current (self->grid);
}

static void
on_grid_question_activated_cb (SylQuizPage *self,
                               guint        position)
{
  gtk_popover_popdown (self->grid_popover);

  /* The question shown stays as it is: a drill's choice not yet checked
   * lives only on the page. */
  if (is_open (self) && position != self->position)
    show_question (self, position, TRUE);
  else if (is_open (self))
    focus_question (self);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action,
              GVariant              *arguments)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_named_action_new (action));

  if (arguments != NULL)
    gtk_shortcut_set_arguments (shortcut, arguments);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* The quiz keys, as ui/help-overlay.ui lists them: 1–6 toggle the
 * options, Return checks (drill) or goes on, Alt+Left and Alt+Right
 * (and Page Up and Page Down) go back and forth, Ctrl+D flags, Ctrl+G
 * opens the review grid, Ctrl+Return submits after the confirmation,
 * Escape closes the grid or leaves. */
static void
add_shortcuts (SylQuizPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);
  GtkEventController *return_controller = gtk_shortcut_controller_new ();
  GtkShortcutController *return_shortcuts = GTK_SHORTCUT_CONTROLLER (return_controller);

  /* Capture phase: the option list and the scrolled window would
   * otherwise take Page Up/Down and the arrows for themselves, and
   * Escape closes the grid before its popover sees it. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);

  for (guint i = 0; i < 6; i++)
    {
      add_shortcut (shortcuts, GDK_KEY_1 + i, 0, "quiz.choose", g_variant_new_uint32 (i));
      add_shortcut (shortcuts, GDK_KEY_KP_1 + i, 0, "quiz.choose", g_variant_new_uint32 (i));
    }

  add_shortcut (shortcuts, GDK_KEY_Left, GDK_ALT_MASK, "quiz.previous", NULL);
  add_shortcut (shortcuts, GDK_KEY_Page_Up, 0, "quiz.previous", NULL);
  add_shortcut (shortcuts, GDK_KEY_Right, GDK_ALT_MASK, "quiz.next", NULL);
  add_shortcut (shortcuts, GDK_KEY_Page_Down, 0, "quiz.next", NULL);
  add_shortcut (shortcuts, GDK_KEY_Return, GDK_CONTROL_MASK, "quiz.submit", NULL);
  add_shortcut (shortcuts, GDK_KEY_ISO_Enter, GDK_CONTROL_MASK, "quiz.submit", NULL);
  add_shortcut (shortcuts, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "quiz.submit", NULL);
  add_shortcut (shortcuts, GDK_KEY_d, GDK_CONTROL_MASK, "quiz.flag", NULL);
  add_shortcut (shortcuts, GDK_KEY_g, GDK_CONTROL_MASK, "quiz.grid", NULL);
  add_shortcut (shortcuts, GDK_KEY_t, GDK_CONTROL_MASK, "quiz.time", NULL);
  add_shortcut (shortcuts, GDK_KEY_Escape, 0, "quiz.escape", NULL);

  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* Plain Return, bubble phase, so that it does one thing whatever has
   * the focus: a focused button (Next, Previous, a grid cell, "I was
   * unsure"…) takes Return itself and stops it there. An option row
   * takes no key: Return and Space would go on to the window, whose
   * activate-focus binding activates the row (toggles the option); the
   * page takes Return first, to check or go on, and leaves Space. */
  gtk_event_controller_set_propagation_phase (return_controller, GTK_PHASE_BUBBLE);
  add_shortcut (return_shortcuts, GDK_KEY_Return, 0, "quiz.primary", NULL);
  add_shortcut (return_shortcuts, GDK_KEY_ISO_Enter, 0, "quiz.primary", NULL);
  add_shortcut (return_shortcuts, GDK_KEY_KP_Enter, 0, "quiz.primary", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), return_controller);
}

/* Down from the question goes to the options, as it would from a row
 * above them; the selectable question would move its caret instead. */
static gboolean
on_stem_down_cb (GtkWidget *stem,
                 GVariant  *arguments,
                 gpointer   user_data)
{
  focus_first_option (SYL_QUIZ_PAGE (user_data));
  return TRUE;
}

/* The question and the verdict take the focus, and as selectable labels
 * they would take Return (for links they do not have) and Down (for the
 * caret) too: Return checks or goes on, as everywhere on the page, and
 * Down from the question goes to the options. Capture phase: before the
 * label's own bindings. */
static void
add_text_keys (SylQuizPage *self,
               GtkLabel    *label,
               gboolean     down)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);
  const guint returns[] = { GDK_KEY_Return, GDK_KEY_ISO_Enter, GDK_KEY_KP_Enter };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (returns); i++)
    add_shortcut (shortcuts, returns[i], 0, "quiz.primary", NULL);
  if (down)
    {
      gtk_shortcut_controller_add_shortcut (shortcuts,
                                            gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, 0),
                                                              gtk_callback_action_new (on_stem_down_cb, self, NULL)));
      gtk_shortcut_controller_add_shortcut (shortcuts,
                                            gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Down, 0),
                                                              gtk_callback_action_new (on_stem_down_cb, self, NULL)));
    }
  gtk_widget_add_controller (GTK_WIDGET (label), controller);
}

static void
syl_quiz_page_map (GtkWidget *widget)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);

  GTK_WIDGET_CLASS (syl_quiz_page_parent_class)->map (widget);

  if (is_open (self))
    {
      syl_session_start (self->session);
      start_tick (self);
      update_timer (self);
      focus_question (self);
      focus_question_later (self);

      /* Time may have run out while the page was away. */
      if (syl_session_get_time_limit_ms (self->session) > 0 &&
          syl_session_get_remaining_ms (self->session) == 0)
        on_tick_cb (self);
    }
}

static void
syl_quiz_page_unmap (GtkWidget *widget)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (widget);

  stop_tick (self);
  g_clear_handle_id (&self->focus_id, g_source_remove);

  /* Out of sight, the clock stops and the time used is saved: the window
   * closing or the learner following a link pauses the quiz. */
  if (is_open (self) && syl_session_is_running (self->session))
    {
      g_autoptr(GError) error = NULL;

      if (!syl_session_pause (self->session, &error))
        g_warning ("Could not save the time used: %s", error->message);
    }

  GTK_WIDGET_CLASS (syl_quiz_page_parent_class)->unmap (widget);
}

static void
syl_quiz_page_dispose (GObject *object)
{
  SylQuizPage *self = SYL_QUIZ_PAGE (object);

  stop_tick (self);
  g_clear_handle_id (&self->focus_id, g_source_remove);
  close_dialog (self);
  if (self->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  self->dialog = NULL;

  g_clear_pointer (&self->option_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_QUIZ_PAGE);
  g_clear_object (&self->session);

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
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_FLAGGED:
      g_value_set_boolean (value, syl_quiz_page_get_flagged (self));
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
    case PROP_SESSION:
      syl_quiz_page_set_session (self, g_value_get_object (value));
      break;

    case PROP_FLAGGED:
      syl_quiz_page_set_flagged (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A long translation in large text ("Ver resultados" beside "Anterior"
 * at 360 px) wraps in its button rather than holding the window wider. */
static void
wrap_button_label (GtkButton *button)
{
  GtkWidget *label = gtk_button_get_child (button);

  if (!GTK_IS_LABEL (label))
    return;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
}

static void
syl_quiz_page_class_init (SylQuizPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_quiz_page_dispose;
  object_class->get_property = syl_quiz_page_get_property;
  object_class->set_property = syl_quiz_page_set_property;

  widget_class->map = syl_quiz_page_map;
  widget_class->unmap = syl_quiz_page_unmap;

  /**
   * SylQuizPage:session:
   *
   * The quiz shown, or %NULL.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         SYL_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylQuizPage:flagged:
   *
   * Whether the question shown is flagged for review; backs the
   * quiz.flag action.
   */
  properties[PROP_FLAGGED] =
    g_param_spec_boolean ("flagged", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SylQuizPage::finished:
   * @session: the session, now finished
   *
   * The learner submitted the quiz, or its time ran out; the session has
   * its score report.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SYL_TYPE_SESSION);

  /**
   * SylQuizPage::left:
   *
   * The learner left the quiz unfinished; the session is paused and can
   * be resumed.
   */
  signals[LEFT] =
    g_signal_new ("left",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "quiz.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "quiz.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "quiz.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "quiz.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "quiz.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "quiz.primary", NULL, primary_action);
  gtk_widget_class_install_action (widget_class, "quiz.grid", NULL, grid_action);
  gtk_widget_class_install_action (widget_class, "quiz.time", NULL, time_action);
  gtk_widget_class_install_action (widget_class, "quiz.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "quiz.choose", "u", choose_action);
  gtk_widget_class_install_property_action (widget_class, "quiz.flag", "flagged");

  g_type_ensure (SYL_TYPE_EXPLANATION_BOX);
  g_type_ensure (SYL_TYPE_QUESTION_ACTIONS);
  g_type_ensure (SYL_TYPE_QUESTION_GRID);
  g_type_ensure (SYL_TYPE_REFLOW_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-quiz-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, leave_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, counter_squeezer);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, counter_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, counter_short_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, timer_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, timer_short_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, timer_warning_image);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, flag_squeezer);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, flag_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, grid_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, grid_popover);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, grid);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, changed_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, stem_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, choose_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, options_list);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, feedback_box);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, explanation_box);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, question_actions);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, unsure_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, check_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuizPage, submit_button);
  gtk_widget_class_bind_template_callback (widget_class, on_grid_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_grid_question_activated_cb);
}

static void
syl_quiz_page_init (SylQuizPage *self)
{
  self->option_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  add_shortcuts (self);
  update_actions (self);

  {
    GtkButton *buttons[] = { self->previous_button, self->check_button, self->next_button, self->submit_button };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        g_signal_connect (buttons[i], "notify::label", G_CALLBACK (wrap_button_label), NULL);
        wrap_button_label (buttons[i]);
      }
  }

  /* What a screen reader must read is a stop for Tab (docs/accessibility.md). */
  syl_a11y_make_readable (self->stem_label);
  syl_a11y_make_readable (self->verdict_label);
  syl_a11y_make_readable (self->timer_label);
  syl_a11y_make_readable (self->timer_short_label);
  syl_a11y_toggle_as_check (self->flag_button, GTK_ACCESSIBLE_ROLE_CHECKBOX);
  add_text_keys (self, self->stem_label, TRUE);
  add_text_keys (self, self->verdict_label, FALSE);
}

/**
 * syl_quiz_page_get_session:
 *
 * Returns: (transfer none) (nullable): the quiz shown
 */
SylSession *
syl_quiz_page_get_session (SylQuizPage *self)
{
  g_return_val_if_fail (SYL_IS_QUIZ_PAGE (self), NULL);

  return self->session;
}

/**
 * syl_quiz_page_set_session:
 * @session: (nullable): the quiz to show
 *
 * Shows @session from its current question and starts its clock; the
 * window then shows the page. A session already finished is not
 * shown (the results page is for that).
 */
void
syl_quiz_page_set_session (SylQuizPage *self,
                           SylSession  *session)
{
  gboolean exam;

  g_return_if_fail (SYL_IS_QUIZ_PAGE (self));
  g_return_if_fail (session == NULL || SYL_IS_SESSION (session));

  if (self->session == session)
    return;

  stop_tick (self);
  close_dialog (self);
  gtk_popover_popdown (self->grid_popover);

  if (is_open (self) && syl_session_is_running (self->session))
    {
      g_autoptr(GError) error = NULL;

      if (!syl_session_pause (self->session, &error))
        g_warning ("Could not save the time used: %s", error->message);
    }

  g_set_object (&self->session, session);
  syl_question_grid_set_session (self->grid, session);
  clear_options (self);
  self->checked = FALSE;
  self->position = 0;

  if (session != NULL && syl_session_get_n_questions (session) > 0)
    {
      exam = is_exam (self);
      /* Sentence case, as tooltips are; the tooltip would also be the
       * description, and the name heard twice. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->leave_button),
                                   exam ? _("Leave the exam") : _("Leave the quiz"));
      syl_a11y_set_name (GTK_WIDGET (self->leave_button), exam ? _("Leave the exam") : _("Leave the quiz"));
      syl_a11y_set_description (GTK_WIDGET (self->leave_button), NULL);

      if (!syl_session_is_finished (session))
        syl_session_start (session);

      show_question (self, MIN (syl_session_get_current (session),
                                syl_session_get_n_questions (session) - 1),
                     gtk_widget_get_mapped (GTK_WIDGET (self)));
      update_timer (self);
      start_tick (self);
    }
  else
    {
      update_actions (self);
      update_timer (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAGGED]);
}

/**
 * syl_quiz_page_get_flagged:
 *
 * Returns: whether the question shown is flagged for review
 */
gboolean
syl_quiz_page_get_flagged (SylQuizPage *self)
{
  g_return_val_if_fail (SYL_IS_QUIZ_PAGE (self), FALSE);

  if (self->session == NULL || self->position >= syl_session_get_n_questions (self->session))
    return FALSE;

  return syl_session_is_flagged (self->session, self->position);
}

/**
 * syl_quiz_page_set_flagged:
 * @flagged: whether to flag the question shown for review
 */
void
syl_quiz_page_set_flagged (SylQuizPage *self,
                           gboolean     flagged)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SYL_IS_QUIZ_PAGE (self));

  if (!is_open (self) || syl_quiz_page_get_flagged (self) == !!flagged)
    return;

  if (!syl_session_set_flagged (self->session, self->position, flagged, &error))
    handle_error (self, error, _("The Flag Could Not Be Saved"));

  syl_question_grid_refresh (self->grid);
  update_question_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAGGED]);
}
