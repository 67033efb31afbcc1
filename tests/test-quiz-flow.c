/* test-quiz-flow.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* End to end, as a learner goes: the real application and window on a
 * temporary data folder, driven through their widgets and keys. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include <string.h>

#include "syl-application.h"
#include "syl-clock.h"
#include "syl-explanation-box.h"
#include "syl-option-row.h"
#include "syl-question.h"
#include "syl-quiz-page.h"
#include "syl-results-page.h"
#include "syl-session.h"
#include "syl-window.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

#define EXAM_MINUTES 180

typedef struct
{
  char           *data_dir;
  GSettings      *settings;
  SylApplication *app;
  SylWindow      *window;
} Fixture;

/* Every warning and critical of a test, whoever logs it. */
static GPtrArray *logged_problems;

static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      const char *message = NULL;

      for (gsize i = 0; i < n_fields; i++)
        if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
          message = fields[i].value;

      g_ptr_array_add (logged_problems, g_strdup (message != NULL ? message : "(no message)"));
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static void
assert_nothing_logged (void)
{
  for (guint i = 0; i < logged_problems->len; i++)
    g_printerr ("logged: %s\n", (const char *) g_ptr_array_index (logged_problems, i));
  g_assert_cmpuint (logged_problems->len, ==, 0);
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item) && gtk_widget_get_visible (GTK_WIDGET (item)))
        return ADW_MESSAGE_DIALOG (item);
    }

  return NULL;
}

/* For syl_test_iterate_until(): the application has loaded its pack and
 * progress, which it does after the window's first frame. */
static gboolean
app_is_ready (gpointer data)
{
  return syl_application_is_ready (SYL_APPLICATION (data));
}

/* Starts the application on the fixture's data folder and waits for its
 * window, as `syllabus --data-dir` would. */
static void
open_app (Fixture *fixture)
{
  g_setenv ("SYLLABUS_DATA_DIR", fixture->data_dir, TRUE);

  fixture->app = syl_application_new ();
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (fixture->app), NULL, NULL));
  g_application_activate (G_APPLICATION (fixture->app));

  fixture->window = SYL_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  g_assert_nonnull (fixture->window);
  syl_test_iterate_until (syl_test_widget_is_mapped, fixture->window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  syl_test_iterate_until (app_is_ready, fixture->app);
}

/* Closes every window, then the application, as quitting does. */
static void
close_app (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (window);
    }
  syl_test_iterate ();

  fixture->window = NULL;
  g_clear_object (&fixture->app);
  g_unsetenv ("SYLLABUS_DATA_DIR");
}

/* A fresh data folder. In memory when the system has a place for it: the
 * progress store syncs every answer to disk, and a whole exam answered
 * takes seconds of that on a slow disk. */
static char *
make_data_dir (void)
{
  g_autofree char *template = NULL;

  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_access ("/dev/shm", W_OK) == 0)
    {
      template = g_strdup ("/dev/shm/syllabus-flow-XXXXXX");
      if (g_mkdtemp (template) != NULL)
        return g_steal_pointer (&template);
    }

  return g_dir_make_tmp ("syllabus-flow-XXXXXX", NULL);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_ptr_array_set_size (logged_problems, 0);

  fixture->data_dir = make_data_dir ();
  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "window-width");
  g_settings_reset (fixture->settings, "window-height");
  g_settings_reset (fixture->settings, "window-maximized");

  open_app (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  close_app (fixture);
  g_clear_object (&fixture->settings);
  syl_test_remove_tree (fixture->data_dir);
  g_clear_pointer (&fixture->data_dir, g_free);

  assert_nothing_logged ();
}

/* The window builds its quiz page when the first session starts. */
static SylQuizPage *
get_quiz_page (Fixture *fixture)
{
  GtkWidget *page = syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_QUIZ_PAGE);

  g_assert_nonnull (page);
  return SYL_QUIZ_PAGE (page);
}

static gpointer
quiz_child (Fixture    *fixture,
            const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (get_quiz_page (fixture)), SYL_TYPE_QUIZ_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

static SylOptionRow *
option_row (Fixture *fixture,
            guint    display_position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (quiz_child (fixture, "options_list"), display_position);

  g_assert_true (SYL_IS_OPTION_ROW (row));
  return SYL_OPTION_ROW (row);
}

static guint
current_position (Fixture *fixture)
{
  return syl_session_get_current (syl_quiz_page_get_session (get_quiz_page (fixture)));
}

/* A click, as the learner's: gtk_widget_activate() on a button clicks
 * only after its press animation. */
static void
click (gpointer button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  syl_test_iterate ();
}

/* Presses a key in the window, to the widget that has the focus, the way
 * GTK hands a key to shortcut controllers and key bindings (a widget
 * class's bindings are a shortcut controller of the widget too): the
 * capture phase from the window down to the focus, then the bubble phase
 * back up, until one takes it. Returns whether one did. */
static gboolean
press_key (Fixture         *fixture,
           guint            keyval,
           GdkModifierType  modifiers)
{
  return syl_test_press_key (GTK_WINDOW (fixture->window), keyval, modifiers);
}

typedef struct
{
  Fixture *fixture;
  guint    position;
} Waiting;

static gboolean
reached_position (gpointer data)
{
  Waiting *waiting = data;

  return current_position (waiting->fixture) == waiting->position;
}

/* A focused button takes a key press only after its press animation:
 * waits for the question at @position, then as long again to see that
 * nothing moves on further. */
static void
wait_for_position (Fixture *fixture,
                   guint    position)
{
  Waiting waiting = { fixture, position };
  gint64 start = g_get_monotonic_time ();

  syl_test_iterate_until (reached_position, &waiting);
  syl_test_iterate_for (MAX (100, (g_get_monotonic_time () - start) / 1000) * G_TIME_SPAN_MILLISECOND, TRUE);
  g_assert_cmpuint (current_position (fixture), ==, position);
}

/* The learner's answer to a dialog: the response, then the dialog goes,
 * as when its button is clicked. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (dialog, response);
  if (dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  syl_test_iterate ();
}

static gboolean
view_is_results (gpointer data)
{
  return g_strcmp0 (syl_window_get_visible_view (SYL_WINDOW (data)), "results") == 0;
}

/* Whether choosing only the first option shown answers question @i
 * right: a single answer, and that option is it. */
static gboolean
first_shown_is_right (SylSession *session,
                      guint       i)
{
  SylQuestion *question = syl_session_get_question (session, i);
  const guint *order = syl_session_get_option_order (session, i, NULL);

  return syl_question_get_n_correct (question) == 1 &&
         syl_question_get_option_correct (question, order[0]);
}

/* A whole exam simulation through the widgets: every question answered
 * with its first option shown (a click on the row, the 1 key, Space),
 * moved on by the Next button, Alt+Right or Return, submitted with the
 * Submit button and its confirmation. The results page shows the scaled
 * score of the right answers among the 65 scored ones. */
static void
test_exam (Fixture       *fixture,
           gconstpointer  user_data)
{
  GtkWidget *results_page;
  SylSession *session;
  AdwMessageDialog *dialog;
  GtkLabel *score_label;
  guint n;
  guint n_scored = 0;
  guint n_right = 0;
  guint expected;
  g_autofree char *expected_text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
  syl_test_iterate ();
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  session = syl_window_get_session (fixture->window);
  g_assert_true (syl_quiz_page_get_session (get_quiz_page (fixture)) == session);
  n = syl_session_get_n_questions (session);
  g_assert_cmpuint (n, ==, 75);
  g_assert_cmpint (syl_session_get_mode (session), ==, SYL_QUIZ_MODE_EXAM);

  for (guint i = 0; i < n; i++)
    {
      SylQuestion *question = syl_session_get_question (session, i);
      const guint *order = syl_session_get_option_order (session, i, NULL);
      g_autofree char *counter = g_strdup_printf ("Question %u of %u", i + 1, n);
      guint n_chosen = 0;
      const guint *chosen;

      g_assert_cmpuint (current_position (fixture), ==, i);
      g_assert_cmpstr (gtk_label_get_text (quiz_child (fixture, "counter_label")), ==, counter);
      g_assert_cmpstr (gtk_label_get_text (quiz_child (fixture, "stem_label")), ==,
                       syl_question_get_stem (question));
      g_assert_cmpstr (syl_option_row_get_text (option_row (fixture, 0)), ==,
                       syl_question_get_option_text (question, order[0]));

      /* The focus lands on the question, so that a screen reader reads it. */
      g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == quiz_child (fixture, "stem_label"));

      switch (i % 3)
        {
        case 0:
          g_assert_true (gtk_widget_activate (GTK_WIDGET (option_row (fixture, 0))));
          syl_test_iterate ();
          break;

        case 1:
          g_assert_true (press_key (fixture, GDK_KEY_1, 0));
          break;

        default:
          /* Down from the question to the first option, Space on it. */
          g_assert_true (press_key (fixture, GDK_KEY_Down, 0));
          g_assert_true (press_key (fixture, GDK_KEY_space, 0));
          break;
        }

      g_assert_true (syl_option_row_get_active (option_row (fixture, 0)));
      chosen = syl_session_get_chosen (session, i, &n_chosen);
      g_assert_cmpuint (n_chosen, ==, 1);
      g_assert_cmpuint (chosen[0], ==, order[0]);

      if (i + 1 == n)
        break;

      switch (i % 3)
        {
        case 0:
          click (quiz_child (fixture, "next_button"));
          break;

        case 1:
          g_assert_true (press_key (fixture, GDK_KEY_Right, GDK_ALT_MASK));
          break;

        default:
          /* On the option row: Return goes on, and only once. */
          g_assert_true (press_key (fixture, GDK_KEY_Return, 0));
          break;
        }
      g_assert_cmpuint (current_position (fixture), ==, i + 1);
    }

  /* The last question: Submit instead of Next, and a confirmation. */
  g_assert_false (gtk_widget_get_visible (quiz_child (fixture, "next_button")));
  click (quiz_child (fixture, "submit_button"));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  respond (dialog, "submit");
  syl_test_iterate_until (view_is_results, fixture->window);
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "results");
  g_assert_true (syl_session_is_finished (session));

  /* 100 + 900 × right / scored, rounded half up, from what was chosen. */
  for (guint i = 0; i < n; i++)
    {
      if (syl_session_is_unscored (session, i))
        continue;

      n_scored++;
      n_right += first_shown_is_right (session, i) ? 1 : 0;
    }
  g_assert_cmpuint (n_scored, ==, 65);
  expected = 100 + (900 * n_right * 2 + n_scored) / (n_scored * 2);
  expected_text = g_strdup_printf ("%u / 1000", expected);
  g_test_message ("%u of %u scored questions right: %s", n_right, n_scored, expected_text);

  results_page = syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_RESULTS_PAGE);
  g_assert_nonnull (results_page);
  score_label = GTK_LABEL (gtk_widget_get_template_child (results_page, SYL_TYPE_RESULTS_PAGE, "score_label"));
  g_assert_cmpstr (gtk_label_get_text (score_label), ==, expected_text);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (score_label)));
}

/* A drill with feedback: Space chooses the focused option, Return checks
 * and shows the reason of every option and the explanation; Return again,
 * now on the Next button, goes on once. */
static void
test_drill_feedback (Fixture       *fixture,
                     gconstpointer  user_data)
{
  SylSession *session;
  SylQuestion *question;
  const guint *order;
  guint n_options = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-drill",
                                             "(ssu)", "task", "1.1", 5));
  syl_test_iterate ();
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  session = syl_window_get_session (fixture->window);
  g_assert_cmpint (syl_session_get_mode (session), ==, SYL_QUIZ_MODE_DRILL);
  g_assert_cmpuint (syl_session_get_n_questions (session), ==, 5);

  question = syl_session_get_question (session, 0);
  order = syl_session_get_option_order (session, 0, &n_options);

  /* Before Check: no feedback, and Return with nothing chosen does
   * nothing. */
  g_assert_false (gtk_widget_get_visible (quiz_child (fixture, "feedback_box")));
  g_assert_true (gtk_widget_get_visible (quiz_child (fixture, "check_button")));
  g_assert_false (gtk_widget_get_visible (quiz_child (fixture, "next_button")));
  press_key (fixture, GDK_KEY_Return, 0);
  g_assert_false (syl_session_is_answered (session, 0));
  g_assert_false (gtk_widget_get_visible (quiz_child (fixture, "feedback_box")));

  /* The focus is on the question; Down goes to the first option, and
   * Space there chooses it, and does not check. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == quiz_child (fixture, "stem_label"));
  g_assert_true (press_key (fixture, GDK_KEY_Down, 0));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == GTK_WIDGET (option_row (fixture, 0)));
  g_assert_true (press_key (fixture, GDK_KEY_space, 0));
  g_assert_true (syl_option_row_get_active (option_row (fixture, 0)));
  g_assert_false (syl_session_is_answered (session, 0));
  g_assert_false (gtk_widget_get_visible (quiz_child (fixture, "feedback_box")));

  /* Going to the question shown from the review grid keeps the choice
   * not yet checked, and the focus comes back to the question. */
  g_assert_true (press_key (fixture, GDK_KEY_g, GDK_CONTROL_MASK));
  g_assert_true (gtk_widget_get_visible (quiz_child (fixture, "grid_popover")));
  g_signal_emit_by_name (quiz_child (fixture, "grid"), "question-activated", 0);
  syl_test_iterate ();
  g_assert_false (gtk_widget_get_visible (quiz_child (fixture, "grid_popover")));
  g_assert_true (syl_option_row_get_active (option_row (fixture, 0)));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == quiz_child (fixture, "stem_label"));

  /* Return on the option row checks. */
  g_assert_true (press_key (fixture, GDK_KEY_Down, 0));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == GTK_WIDGET (option_row (fixture, 0)));
  g_assert_true (press_key (fixture, GDK_KEY_Return, 0));
  g_assert_true (syl_session_is_answered (session, 0));
  g_assert_cmpuint (current_position (fixture), ==, 0);
  g_assert_true (gtk_widget_get_visible (quiz_child (fixture, "feedback_box")));
  g_assert_false (gtk_widget_get_visible (quiz_child (fixture, "check_button")));

  /* The why of every option, and the explanation. */
  for (guint p = 0; p < n_options; p++)
    {
      const char *why = syl_question_get_option_why (question, order[p]);

      g_assert_true (syl_option_row_get_feedback_visible (option_row (fixture, p)));
      g_assert_nonnull (why);
      g_assert_cmpstr (syl_option_row_get_why (option_row (fixture, p)), ==, why);
    }
  g_assert_true (gtk_widget_get_mapped (quiz_child (fixture, "explanation_box")));
  g_assert_cmpstr (syl_explanation_box_get_text (quiz_child (fixture, "explanation_box")), ==,
                   syl_question_get_explanation (question));

  /* The focus is on the verdict now, so that it is heard; Return there
   * goes to question 2, not 3. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == quiz_child (fixture, "verdict_label"));
  g_assert_true (press_key (fixture, GDK_KEY_Return, 0));
  wait_for_position (fixture, 1);
  g_assert_false (gtk_widget_get_visible (quiz_child (fixture, "feedback_box")));

  /* The Check button does the same as Return. */
  g_assert_true (press_key (fixture, GDK_KEY_2, 0));
  click (quiz_child (fixture, "check_button"));
  g_assert_true (syl_session_is_answered (session, 1));
  g_assert_true (gtk_widget_get_visible (quiz_child (fixture, "feedback_box")));
  g_assert_true (syl_option_row_get_feedback_visible (option_row (fixture, 1)));
}

/* The keys of the issue, as the shortcuts window lists them. */
static void
test_keys (Fixture       *fixture,
           gconstpointer  user_data)
{
  GtkPopover *grid_popover;
  SylSession *session;
  AdwMessageDialog *dialog;
  g_autoptr(SylStoreSession) stored = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
  syl_test_iterate ();
  session = syl_window_get_session (fixture->window);
  grid_popover = quiz_child (fixture, "grid_popover");

  /* 1–6 toggle; in a single-answer question the last one chosen wins. */
  g_assert_true (press_key (fixture, GDK_KEY_2, 0));
  g_assert_true (syl_option_row_get_active (option_row (fixture, 1)));
  g_assert_true (syl_session_is_answered (session, 0));

  /* Alt+Right, Alt+Left, and the Page keys besides. */
  g_assert_true (press_key (fixture, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpuint (current_position (fixture), ==, 1);
  g_assert_true (press_key (fixture, GDK_KEY_Page_Down, 0));
  g_assert_cmpuint (current_position (fixture), ==, 2);
  g_assert_true (press_key (fixture, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (current_position (fixture), ==, 1);
  g_assert_true (press_key (fixture, GDK_KEY_Page_Up, 0));
  g_assert_cmpuint (current_position (fixture), ==, 0);

  /* Return on the option row goes on, once; Return on the focused
   * Previous button goes back, once. */
  g_assert_true (press_key (fixture, GDK_KEY_Return, 0));
  wait_for_position (fixture, 1);
  g_assert_true (gtk_widget_grab_focus (quiz_child (fixture, "previous_button")));
  g_assert_true (press_key (fixture, GDK_KEY_Return, 0));
  wait_for_position (fixture, 0);

  /* Ctrl+D flags and unflags. */
  g_assert_true (press_key (fixture, GDK_KEY_d, GDK_CONTROL_MASK));
  g_assert_true (syl_session_is_flagged (session, 0));
  g_assert_true (gtk_toggle_button_get_active (quiz_child (fixture, "flag_button")));
  g_assert_true (press_key (fixture, GDK_KEY_d, GDK_CONTROL_MASK));
  g_assert_false (syl_session_is_flagged (session, 0));

  /* Ctrl+G opens the review grid; Escape closes it, and only it. */
  g_assert_true (press_key (fixture, GDK_KEY_g, GDK_CONTROL_MASK));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (grid_popover)));
  g_assert_true (press_key (fixture, GDK_KEY_Escape, 0));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (grid_popover)));
  g_assert_null (find_dialog ());
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");

  /* Ctrl+Return submits, after the confirmation; cancelled here. */
  g_assert_true (press_key (fixture, GDK_KEY_Return, GDK_CONTROL_MASK));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "submit"));
  respond (dialog, "cancel");
  g_assert_null (find_dialog ());
  g_assert_false (syl_session_is_finished (session));

  /* Escape leaves: an exam asks first and says its progress is kept. */
  g_assert_true (press_key (fixture, GDK_KEY_Escape, 0));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "kept"));
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  respond (dialog, "leave");
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "places");
  g_assert_false (syl_session_is_running (session));
  g_assert_false (syl_session_is_finished (session));

  stored = syl_store_dup_unfinished_session (syl_window_get_store (fixture->window), "aws-dop-c02", NULL);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored->id, ==, syl_session_get_id (session));
}

static void
collect_descendants (GtkWidget *root,
                     GType      type,
                     GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_descendants (child, type, found);
}

/* Whether a shortcut controller of the quiz page takes @keyval with
 * @modifiers. */
static gboolean
quiz_page_binds (Fixture         *fixture,
                 guint            keyval,
                 GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (get_quiz_page (fixture)));
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            return TRUE;
        }
    }

  return FALSE;
}

/* The shortcuts window lists the quiz keys of the issue, in its order,
 * and each is one the quiz page takes. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  user_data)
{
  static const struct {
    const char *title;
    const char *accelerator;
  } expected[] = {
    { "Toggle Option 1 to 6", "1...6" },
    { "Toggle the Focused Option", "space" },
    { "Check the Answer (Drill) or Go to the Next Question", "Return" },
    { "Previous Question", "<Alt>Left Page_Up" },
    { "Next Question", "<Alt>Right Page_Down" },
    { "Flag for Review", "<Ctrl>d" },
    { "Review Grid", "<Ctrl>g" },
    { "Time Left (Exam)", "<Ctrl>t" },
    { "Submit (After Confirmation)", "<Ctrl>Return" },
    { "Leave the Quiz (Progress Is Kept)", "Escape" },
  };
  GtkWindow *overlay = syl_window_get_shortcuts_window (SYL_WINDOW (fixture->window));
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
  GtkWidget *quiz_group = NULL;

  /* The quiz page, which takes the keys, comes with a session. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));

  g_assert_nonnull (overlay);
  collect_descendants (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    {
      g_autofree char *title = NULL;

      g_object_get (g_ptr_array_index (groups, i), "title", &title, NULL);
      if (g_strcmp0 (title, "Quiz") == 0)
        quiz_group = g_ptr_array_index (groups, i);
    }
  g_assert_nonnull (quiz_group);

  collect_descendants (quiz_group, GTK_TYPE_SHORTCUTS_SHORTCUT, shortcuts);
  g_assert_cmpuint (shortcuts->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *accelerator = NULL;

      g_object_get (g_ptr_array_index (shortcuts, i),
                    "title", &title,
                    "accelerator", &accelerator,
                    NULL);
      g_assert_cmpstr (title, ==, expected[i].title);
      g_assert_cmpstr (accelerator, ==, expected[i].accelerator);

      if (g_str_equal (accelerator, "1...6"))
        {
          for (guint key = GDK_KEY_1; key <= GDK_KEY_6; key++)
            g_assert_true (quiz_page_binds (fixture, key, 0));
          g_assert_false (quiz_page_binds (fixture, GDK_KEY_7, 0));
        }
      else if (g_str_equal (accelerator, "space"))
        {
          /* Taken by the focused option row itself, as any list row takes
           * it, not by the page. */
        }
      else
        {
          g_auto(GStrv) accelerators = g_strsplit (accelerator, " ", -1);

          for (guint a = 0; accelerators[a] != NULL; a++)
            {
              guint keyval = 0;
              GdkModifierType modifiers = 0;

              g_assert_true (gtk_accelerator_parse (accelerators[a], &keyval, &modifiers));
              g_assert_true (quiz_page_binds (fixture, keyval, modifiers));
            }
        }
    }

  /* The keys the issue replaced are gone. */
  g_assert_false (quiz_page_binds (fixture, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_false (quiz_page_binds (fixture, GDK_KEY_f, 0));
}

typedef struct
{
  guint    position;
  guint    display_position;
  gboolean flag;
} Step;

/* An exam answered in part, the window closed, the application started
 * again: the learner accepts the resume offer and finds the answers,
 * the flags and the time left. */
static void
test_resume_after_restart (Fixture       *fixture,
                           gconstpointer  user_data)
{
  static const Step steps[] = {
    { 0, 0, FALSE },
    { 1, 1, TRUE },
    { 2, 2, FALSE },
    { 4, 0, TRUE },
  };
  g_autoptr(SylClock) clock = syl_clock_new_manual (g_get_real_time ());
  g_autoptr(GArray) chosen_options = g_array_new (FALSE, FALSE, sizeof (guint));
  SylSession *session;
  GtkWidget *resume;
  const char *timer;
  gint64 id;

  syl_window_set_clock (fixture->window, clock);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
  syl_test_iterate ();
  session = syl_window_get_session (fixture->window);
  id = syl_session_get_id (session);

  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      const guint *order = syl_session_get_option_order (session, steps[s].position, NULL);

      while (current_position (fixture) < steps[s].position)
        g_assert_true (press_key (fixture, GDK_KEY_Right, GDK_ALT_MASK));

      g_assert_true (gtk_widget_activate (GTK_WIDGET (option_row (fixture, steps[s].display_position))));
      syl_test_iterate ();
      g_array_append_val (chosen_options, order[steps[s].display_position]);
      if (steps[s].flag)
        g_assert_true (press_key (fixture, GDK_KEY_d, GDK_CONTROL_MASK));

      /* Some minutes of thought per question. */
      syl_clock_advance (clock, 4 * 60 * G_USEC_PER_SEC);
    }
  g_assert_cmpuint (current_position (fixture), ==, 4);

  /* The window goes, and the application with it. */
  close_app (fixture);
  open_app (fixture);

  /* Offered in the window's banner, not in a dialog. */
  g_assert_null (find_dialog ());
  g_assert_nonnull (syl_window_get_banner_text (fixture->window));
  resume = syl_test_find_actionable (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON, "win.resume-session");
  g_assert_nonnull (resume);
  g_assert_true (gtk_widget_is_visible (resume));
  g_signal_emit_by_name (resume, "clicked");
  g_assert_null (syl_window_get_banner_text (fixture->window));

  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  session = syl_window_get_session (fixture->window);
  g_assert_nonnull (session);
  g_assert_true (syl_quiz_page_get_session (get_quiz_page (fixture)) == session);
  g_assert_cmpint (syl_session_get_id (session), ==, id);
  g_assert_cmpuint (syl_session_get_n_questions (session), ==, 75);

  /* Answers and flags, in the session and on the page. */
  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      guint n_chosen = 0;
      const guint *chosen = syl_session_get_chosen (session, steps[s].position, &n_chosen);

      g_assert_cmpuint (n_chosen, ==, 1);
      g_assert_cmpuint (chosen[0], ==, g_array_index (chosen_options, guint, s));
      g_assert_cmpint (syl_session_is_flagged (session, steps[s].position), ==, steps[s].flag);
    }
  g_assert_false (syl_session_is_answered (session, 3));
  g_assert_false (syl_session_is_flagged (session, 3));
  g_assert_cmpuint (syl_session_get_n_answered (session), ==, G_N_ELEMENTS (steps));

  /* On the page too. It reopens where the learner left off, after the
   * last answer (question 5): question 6. Back at question 1, its answer;
   * then question 2 with its answer and its flag. */
  g_assert_cmpuint (current_position (fixture), ==, 5);
  while (current_position (fixture) > 0)
    g_assert_true (press_key (fixture, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_true (syl_option_row_get_active (option_row (fixture, 0)));
  g_assert_false (gtk_toggle_button_get_active (quiz_child (fixture, "flag_button")));
  g_assert_true (press_key (fixture, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpuint (current_position (fixture), ==, 1);
  g_assert_true (syl_option_row_get_active (option_row (fixture, 1)));
  g_assert_false (syl_option_row_get_active (option_row (fixture, 0)));
  g_assert_true (gtk_toggle_button_get_active (quiz_child (fixture, "flag_button")));

  /* The 16 minutes used are gone from the clock. */
  g_assert_true (syl_session_is_running (session));
  g_assert_cmpint (syl_session_get_remaining_ms (session), <, EXAM_MINUTES * 60 * 1000);
  g_assert_cmpint (syl_session_get_remaining_ms (session), <=, (EXAM_MINUTES - 16) * 60 * 1000);
  g_assert_cmpint (syl_session_get_remaining_ms (session), >, (EXAM_MINUTES - 17) * 60 * 1000);
  timer = gtk_label_get_text (quiz_child (fixture, "timer_label"));
  g_assert_true (gtk_widget_get_visible (quiz_child (fixture, "timer_label")));
  g_assert_true (g_str_has_prefix (timer, "02:4"));
  g_assert_cmpint (strcmp (timer, "02:44:00"), <=, 0);
}

typedef struct
{
  GtkWidget *window;
  int        width;
} WidthWait;

/* The window's default size counts its frame, which takes some pixels. */
#define FRAME 20

static gboolean
has_width (gpointer data)
{
  WidthWait *wait = data;
  int width = gtk_widget_get_width (wait->window);

  return width <= wait->width && width >= wait->width - FRAME;
}

/* Shows the window at @width and lets it lay out, draw, and finish its
 * animations (a revealer half-way asks for part of its child's size). */
static void
settle_at (Fixture *fixture,
           int      width)
{
  WidthWait wait = { GTK_WIDGET (fixture->window), width };

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 720);
  syl_test_iterate_until (has_width, &wait);
  syl_test_iterate_for (300 * G_TIME_SPAN_MILLISECOND, TRUE);
}

static void
assert_fits (Fixture    *fixture,
             int         width,
             const char *what)
{
  int allocated = gtk_widget_get_width (GTK_WIDGET (fixture->window));

  g_test_message ("%s at %d px: %d px", what, width, allocated);
  if (width <= 360)
    g_assert_cmpint (allocated, <=, 380);
  else
    g_assert_cmpint (allocated, >=, width - FRAME);
  g_assert_cmpint (allocated, <=, width);
}

/* @widget is mapped and wholly inside the window. */
static void
assert_on_screen (Fixture   *fixture,
                  GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (fixture->window), &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (fixture->window)));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (fixture->window)));
}

/* Every place, a quiz with its feedback and its grid, and the results, at
 * a phone's width and at a desktop's: no warning, no critical, and at
 * 360 px nothing holds the window wider. */
static void
test_every_place_fits (Fixture       *fixture,
                       gconstpointer  user_data)
{
  static const char * const places[] = { "dashboard", "practice", "syllabus", "services" };
  static const int widths[] = { 360, 1280 };
  GtkPopover *grid_popover = NULL;
  AdwMessageDialog *dialog;

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      int width = widths[w];

      settle_at (fixture, width);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", "dashboard"));

      for (guint p = 0; p < G_N_ELEMENTS (places); p++)
        {
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", places[p]));
          g_assert_cmpstr (syl_window_get_visible_place (fixture->window), ==, places[p]);
          settle_at (fixture, width);
          assert_fits (fixture, width, places[p]);
        }

      /* A drill, checked: the reasons and the explanation shown. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-drill",
                                                 "(ssu)", "task", "1.1", 3));
      syl_test_iterate ();
      g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
      g_assert_true (press_key (fixture, GDK_KEY_1, 0));
      g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == GTK_WIDGET (option_row (fixture, 0)));
      g_assert_true (press_key (fixture, GDK_KEY_Return, 0));
      g_assert_true (gtk_widget_get_visible (quiz_child (fixture, "feedback_box")));
      settle_at (fixture, width);
      assert_fits (fixture, width, "drill feedback");
      /* However long the feedback, Next is on screen without scrolling. */
      assert_on_screen (fixture, quiz_child (fixture, "next_button"));

      /* Submitted at once (Ctrl+Return, then the confirmation), it
       * leaves no unfinished session behind. */
      g_assert_true (press_key (fixture, GDK_KEY_Return, GDK_CONTROL_MASK));
      respond (find_dialog (), "submit");
      g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "results");
      settle_at (fixture, width);
      assert_fits (fixture, width, "drill results");

      /* An exam, with its grid open. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-results", NULL));
      syl_test_iterate ();
      g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "places");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
      syl_test_iterate ();
      dialog = find_dialog ();
      g_assert_null (dialog);
      g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
      settle_at (fixture, width);
      assert_fits (fixture, width, "exam");

      grid_popover = quiz_child (fixture, "grid_popover");
      g_assert_true (press_key (fixture, GDK_KEY_g, GDK_CONTROL_MASK));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (grid_popover)));
      settle_at (fixture, width);
      assert_fits (fixture, width, "review grid");
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (grid_popover)), <=, MAX (width, 380));
      g_assert_true (press_key (fixture, GDK_KEY_Escape, 0));
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (grid_popover)));

      /* Its results. */
      g_assert_true (press_key (fixture, GDK_KEY_Return, GDK_CONTROL_MASK));
      respond (find_dialog (), "submit");
      g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "results");
      settle_at (fixture, width);
      assert_fits (fixture, width, "exam results");

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-results", NULL));
      syl_test_iterate ();
    }

  assert_nothing_logged ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  logged_problems = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (log_writer, NULL, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/syl/quiz-flow/exam", test_exam);
  ADD ("/syl/quiz-flow/drill-feedback", test_drill_feedback);
  ADD ("/syl/quiz-flow/keys", test_keys);
  ADD ("/syl/quiz-flow/shortcuts-window", test_shortcuts_window);
  ADD ("/syl/quiz-flow/resume-after-restart", test_resume_after_restart);
  ADD ("/syl/quiz-flow/every-place-fits", test_every_place_fits);
#undef ADD

  return g_test_run ();
}
