/* test-notes.c: notes, Report a Problem, Your Reports and Search Questions,
 * driven through their widgets.
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <sqlite3.h>

#include "syl-answer-review-row.h"
#include "syl-clock.h"
#include "syl-pack-loader.h"
#include "syl-problem-report.h"
#include "syl-question-actions.h"
#include "syl-question-search.h"
#include "syl-quiz-builder.h"
#include "syl-quiz-page.h"
#include "syl-report-dialog.h"
#include "syl-reports-dialog.h"
#include "syl-session.h"
#include "syl-store.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"
#include "syl-window.h"

#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)   /* 2026-01-05 10:00 UTC */
#define SEED 7
#define REPORT_ADDRESS "https://github.com/syllabus/packs/issues/new?template=report.yml"

static SylPack *shipped_pack;
static SylPack *report_pack;     /* minimal.xml with a report address */

typedef struct
{
  char      *dir;
  char      *path;
  SylStore  *store;
  SylClock  *clock;
  GtkWindow *window;
  GPtrArray *opened;             /* URLs given to the injected opener */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("syllabus-notes-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "progress.db", NULL);
  fixture->store = syl_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->clock = syl_clock_new_manual (T0);
  fixture->opened = g_ptr_array_new_with_free_func (g_free);
}

static void
destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *window;

  while (g_list_model_get_n_items (toplevels) > 0 &&
         (window = g_list_model_get_item (toplevels, 0)) != NULL)
    {
      gtk_window_destroy (window);
      g_object_unref (window);
    }
  syl_test_iterate ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  destroy_toplevels ();
  g_clear_object (&fixture->clock);
  syl_store_close (fixture->store);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->opened, g_ptr_array_unref);
  syl_test_remove_dir_files (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
click (gpointer button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  syl_test_iterate ();
}

/* Types @text at the end of @view, as a learner would: the buffer
 * changes as with each keystroke. */
static void
type_text (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    gtk_text_buffer_insert_at_cursor (buffer, p, g_utf8_next_char (p) - p);
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
stored_note (Fixture    *fixture,
             SylPack    *pack,
             const char *question_id)
{
  g_autoptr(GError) error = NULL;
  char *note = syl_store_dup_note (fixture->store, syl_pack_get_id (pack), question_id, &error);

  g_assert_no_error (error);
  return note;
}

static gboolean
is_saved (gpointer data)
{
  return !syl_question_actions_has_unsaved_note (data);
}

static gboolean
is_hidden (gpointer data)
{
  return data == NULL || !gtk_widget_get_visible (data);
}

/* Presses a key in @window, to its focus widget: capture phase from the
 * window down, then the bubble phase back up. */
static gboolean
press_key (GtkWindow       *window,
           guint            keyval,
           GdkModifierType  modifiers)
{
  return syl_test_press_key (window, keyval, modifiers);
}

/* Presents @window and asserts that Escape closes (destroys) it. */
static void
assert_escape_closes (GtkWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_present (window);
  syl_test_iterate_until (syl_test_widget_is_mapped, window);
  g_assert_true (press_key (window, GDK_KEY_Escape, 0));
  syl_test_iterate_until (is_hidden, weak);
  g_assert_null (weak);
}

static void
assert_labelled (gpointer widget)
{
  g_assert_nonnull (widget);
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
      !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    g_error ("%s has no accessible name", G_OBJECT_TYPE_NAME (widget));
}

static SylSession *
new_drill (Fixture *fixture)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (shipped_pack, fixture->store, SEED);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_drill_domain (builder, "d1", 5, &error);
  SylSession *session;

  g_assert_no_error (error);
  session = syl_session_new (shipped_pack, fixture->store, fixture->clock, plan, NULL, SEED, &error);
  g_assert_no_error (error);
  return session;
}

static SylQuizPage *
show_quiz_page (Fixture    *fixture,
                SylSession *session)
{
  SylQuizPage *page = g_object_new (SYL_TYPE_QUIZ_PAGE, "pack", shipped_pack, "store", fixture->store, NULL);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (page));
  syl_quiz_page_set_session (page, session);
  gtk_window_present (fixture->window);
  syl_test_iterate_until (syl_test_widget_is_mapped, page);
  syl_test_iterate ();
  return page;
}

static SylQuestionActions *
quiz_actions (SylQuizPage *page)
{
  GObject *actions = gtk_widget_get_template_child (GTK_WIDGET (page), SYL_TYPE_QUIZ_PAGE, "question_actions");

  g_assert_true (SYL_IS_QUESTION_ACTIONS (actions));
  return SYL_QUESTION_ACTIONS (actions);
}

/* In a drill, after Check: the note row under the explanation; what is
 * typed is saved while typing, and what was typed last is saved when the
 * page goes away; the note is there again when the question is shown
 * again, expanded, its first line in the subtitle. */
static void
test_drill_note (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(SylSession) session = new_drill (fixture);
  SylQuestion *question = syl_session_get_question (session, 0);
  const char *qid = syl_question_get_id (question);
  SylQuizPage *page = show_quiz_page (fixture, session);
  SylQuestionActions *actions = quiz_actions (page);
  g_autofree char *note = NULL;
  g_autofree char *shown = NULL;

  /* Not before Check. */
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (actions)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "quiz.choose", "u", 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "quiz.check", NULL));
  syl_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (actions)));
  g_assert_true (syl_question_actions_get_question (actions) == question);
  g_assert_false (adw_expander_row_get_expanded (syl_question_actions_get_note_row (actions)));

  adw_expander_row_set_expanded (syl_question_actions_get_note_row (actions), TRUE);
  type_text (syl_question_actions_get_note_view (actions), "Drift: CloudFormation compares stacks");
  g_assert_true (syl_question_actions_has_unsaved_note (actions));
  syl_test_iterate_until (is_saved, actions);
  note = stored_note (fixture, shipped_pack, qid);
  g_assert_cmpstr (note, ==, "Drift: CloudFormation compares stacks");
  g_clear_pointer (&note, g_free);

  /* Typed, then the window closes before the delay: saved all the same. */
  type_text (syl_question_actions_get_note_view (actions), "\nsecond line");
  g_assert_true (syl_question_actions_has_unsaved_note (actions));
  gtk_window_destroy (fixture->window);
  syl_test_iterate ();
  note = stored_note (fixture, shipped_pack, qid);
  g_assert_cmpstr (note, ==, "Drift: CloudFormation compares stacks\nsecond line");

  /* Reopened: the checked question shows its note. */
  page = show_quiz_page (fixture, session);
  actions = quiz_actions (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (actions)));
  shown = view_text (syl_question_actions_get_note_view (actions));
  g_assert_cmpstr (shown, ==, note);
  g_assert_true (adw_expander_row_get_expanded (syl_question_actions_get_note_row (actions)));
  g_assert_cmpstr (adw_expander_row_get_subtitle (syl_question_actions_get_note_row (actions)), ==,
                   "Drift: CloudFormation compares stacks");

  /* Emptied: the note is gone from the store. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (syl_question_actions_get_note_view (actions)), "", -1);
  syl_test_iterate_until (is_saved, actions);
  g_clear_pointer (&note, g_free);
  note = stored_note (fixture, shipped_pack, qid);
  g_assert_null (note);
}

/* A failed save is shown in a dialog, and the text stays. */
static void
test_note_save_error (Fixture       *fixture,
                      gconstpointer  user_data)
{
  GtkWidget *actions = syl_question_actions_new ();
  SylQuestion *question = syl_pack_lookup_question (shipped_pack, "q1001");
  g_autofree char *kept = NULL;
  GtkWindow *dialog;

  g_assert_nonnull (question);
  fixture->window = syl_test_show_in_window (actions, NULL, 600, 500);
  syl_question_actions_set_question (SYL_QUESTION_ACTIONS (actions), fixture->store, shipped_pack, question);
  /* Another program breaks the database under the app. */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "DROP TABLE notes", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }

  type_text (syl_question_actions_get_note_view (SYL_QUESTION_ACTIONS (actions)), "lost?");
  g_test_expect_message ("syl-error-dialog", G_LOG_LEVEL_MESSAGE, "Your Note Could Not Be Saved*");
  g_assert_false (syl_question_actions_save (SYL_QUESTION_ACTIONS (actions)));
  g_test_assert_expected_messages ();
  dialog = syl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Your Note Could Not Be Saved");
  kept = view_text (syl_question_actions_get_note_view (SYL_QUESTION_ACTIONS (actions)));
  g_assert_cmpstr (kept, ==, "lost?");
  g_assert_true (syl_question_actions_has_unsaved_note (SYL_QUESTION_ACTIONS (actions)));
  destroy_toplevels ();
}

/* Each expanded row of the results review has the note and the report
 * button; an existing note shows expanded. */
static void
test_review_row_note (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(SylSession) session = new_drill (fixture);
  g_autoptr(GError) error = NULL;
  SylQuestion *question = syl_session_get_question (session, 0);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = syl_answer_review_row_new (session, 0);
  SylQuestionActions *actions;
  g_autofree char *shown = NULL;

  g_assert_true (syl_store_set_note (fixture->store, syl_pack_get_id (shipped_pack), syl_question_get_id (question),
                                     "Remember the change sets", T0, &error));
  g_assert_no_error (error);
  syl_answer_review_row_set_store (SYL_ANSWER_REVIEW_ROW (row), fixture->store);
  /* Said before the row is expanded; not for a question without a note. */
  g_assert_true (syl_answer_review_row_has_note_mark (SYL_ANSWER_REVIEW_ROW (row)));
  {
    GtkWidget *other = g_object_ref_sink (syl_answer_review_row_new (session, 1));

    syl_answer_review_row_set_store (SYL_ANSWER_REVIEW_ROW (other), fixture->store);
    g_assert_false (syl_answer_review_row_has_note_mark (SYL_ANSWER_REVIEW_ROW (other)));
    g_object_unref (other);
  }
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  fixture->window = syl_test_show_in_window (list, NULL, 700, 700);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  syl_test_iterate ();

  actions = SYL_QUESTION_ACTIONS (syl_test_find_descendant (syl_answer_review_row_get_details (SYL_ANSWER_REVIEW_ROW (row)),
                                                            SYL_TYPE_QUESTION_ACTIONS));
  g_assert_nonnull (actions);
  g_assert_true (syl_question_actions_get_question (actions) == question);
  shown = view_text (syl_question_actions_get_note_view (actions));
  g_assert_cmpstr (shown, ==, "Remember the change sets");
  g_assert_true (adw_expander_row_get_expanded (syl_question_actions_get_note_row (actions)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (syl_question_actions_get_report_button (actions))));
}

static gboolean
has_one_result (gpointer data)
{
  return syl_question_search_get_n_results (data) == 1;
}

/* The search finds a question by a word of the learner's note on it, and
 * its detail shows stem, options, explanation and the note; a note
 * written in the detail is found by the next search. */
static void
test_search_finds_note (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GListModel *questions = syl_pack_get_questions (shipped_pack);
  g_autoptr(SylQuestion) question = g_list_model_get_item (questions, 7);
  const char *qid = syl_question_get_id (question);
  SylQuestionSearch *search;
  SylQuestionActions *actions;
  GtkListBoxRow *row;
  g_autofree char *shown = NULL;
  g_autofree char *note = NULL;

  g_assert_true (syl_store_set_note (fixture->store, syl_pack_get_id (shipped_pack), qid,
                                     "Mnemonic: zébracorn", T0, &error));
  g_assert_no_error (error);

  search = SYL_QUESTION_SEARCH (syl_question_search_new (NULL, fixture->store, shipped_pack));
  gtk_window_set_default_size (GTK_WINDOW (search), 640, 700);
  gtk_window_present (GTK_WINDOW (search));
  syl_test_iterate_until (syl_test_widget_is_mapped, search);
  g_assert_cmpstr (syl_question_search_get_page (search), ==, "start");

  /* Typed in the entry: searched as typed, without case or accents. */
  gtk_editable_set_text (GTK_EDITABLE (syl_question_search_get_entry (search)), "ZEBRA");
  syl_test_iterate_until (has_one_result, search);
  g_assert_cmpuint (syl_question_search_get_n_results (search), ==, 1);
  g_assert_true (syl_question_search_get_result (search, 0) == question);
  g_assert_cmpstr (syl_question_search_get_page (search), ==, "results");

  row = gtk_list_box_get_row_at_index (syl_question_search_get_results_list (search), 0);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "zébracorn"));
  g_signal_emit_by_name (syl_question_search_get_results_list (search), "row-activated", row);
  syl_test_iterate ();
  g_assert_cmpstr (syl_question_search_get_page (search), ==, "detail");
  g_assert_nonnull (syl_test_find_label (search, syl_question_get_stem (question)));
  g_assert_nonnull (syl_test_find_label (search, syl_question_get_option_text (question, 0)));

  actions = syl_question_search_get_actions (search);
  shown = view_text (syl_question_actions_get_note_view (actions));
  g_assert_cmpstr (shown, ==, "Mnemonic: zébracorn");
  g_assert_true (adw_expander_row_get_expanded (syl_question_actions_get_note_row (actions)));

  /* A word added in the detail is found after going back. */
  type_text (syl_question_actions_get_note_view (actions), ", okapi");
  syl_test_iterate_until (is_saved, actions);
  note = stored_note (fixture, shipped_pack, qid);
  g_assert_cmpstr (note, ==, "Mnemonic: zébracorn, okapi");
  click (gtk_widget_get_template_child (GTK_WIDGET (search), SYL_TYPE_QUESTION_SEARCH, "back_button"));
  syl_question_search_run (search, "okapi");
  g_assert_cmpuint (syl_question_search_get_n_results (search), ==, 1);
  g_assert_true (syl_question_search_get_result (search, 0) == question);

  /* By id, by stem, and nothing for words nowhere. */
  syl_question_search_run (search, qid);
  g_assert_true (syl_question_search_get_result (search, 0) == question);
  syl_question_search_run (search, "qqqzzzxxx");
  g_assert_cmpuint (syl_question_search_get_n_results (search), ==, 0);
  g_assert_cmpstr (syl_question_search_get_page (search), ==, "none");
}

static void
record_opened (GtkWindow  *parent,
               const char *uri,
               gpointer    user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->opened, g_strdup (uri));
}

static char *
dup_param (const char *url,
           const char *key)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  g_autoptr(GHashTable) params = NULL;

  g_assert_nonnull (uri);
  params = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL);
  g_assert_nonnull (params);
  return g_strdup (g_hash_table_lookup (params, key));
}

static GPtrArray *
reports (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *all = syl_store_dup_reports (fixture->store, NULL, &error);

  g_assert_no_error (error);
  return all;
}

/* A pack with a report address: "Open Report" opens the issue form with
 * the report in its query, for the window the dialog belongs to, and
 * the report is kept. */
static void
test_report_open (Fixture       *fixture,
                  gconstpointer  user_data)
{
  SylQuestion *question = syl_pack_lookup_question (report_pack, "q3");
  GtkWidget *parent = gtk_window_new ();
  SylReportDialog *dialog;
  gpointer weak;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *template = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  const SylStoreReport *report;

  gtk_window_present (GTK_WINDOW (parent));
  dialog = SYL_REPORT_DIALOG (syl_report_dialog_new (GTK_WINDOW (parent), fixture->store, report_pack, question));
  syl_report_dialog_set_opener (dialog, record_opened, fixture);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_present (GTK_WINDOW (dialog));
  syl_test_iterate_until (syl_test_widget_is_mapped, dialog);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (syl_report_dialog_get_open_button (dialog))));
  g_assert_nonnull (strstr (syl_report_dialog_get_destination (dialog), "github.com"));
  /* The learner types the sentence at once. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == GTK_WIDGET (syl_report_dialog_get_text_view (dialog)));
  /* Nothing to send before a sentence. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (syl_report_dialog_get_open_button (dialog))));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (syl_report_dialog_get_copy_button (dialog))));

  adw_combo_row_set_selected (syl_report_dialog_get_kind_row (dialog), SYL_PROBLEM_KIND_TYPO);
  type_text (syl_report_dialog_get_text_view (dialog), "“pattern” & #2: misspelt?");
  click (syl_report_dialog_get_open_button (dialog));

  g_assert_cmpuint (fixture->opened->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (fixture->opened, 0), REPORT_ADDRESS "&title="));
  title = dup_param (g_ptr_array_index (fixture->opened, 0), "title");
  body = dup_param (g_ptr_array_index (fixture->opened, 0), "body");
  template = dup_param (g_ptr_array_index (fixture->opened, 0), "template");
  g_assert_cmpstr (title, ==, "q3 in test-minimal: Typo");
  g_assert_cmpstr (template, ==, "report.yml");
  g_assert_nonnull (strstr (body, "Pack: test-minimal, version 2\nQuestion: q3\n"));
  g_assert_true (g_str_has_suffix (body, "\n“pattern” & #2: misspelt?\n"));

  kept = reports (fixture);
  g_assert_cmpuint (kept->len, ==, 1);
  report = g_ptr_array_index (kept, 0);
  g_assert_cmpstr (report->pack_id, ==, "test-minimal");
  g_assert_cmpuint (report->pack_version, ==, 2);
  g_assert_cmpstr (report->question_id, ==, "q3");
  g_assert_cmpstr (report->kind, ==, "typo");
  g_assert_cmpstr (report->text, ==, "“pattern” & #2: misspelt?");
  g_assert_cmpstr (report->sent_via, ==, "opened");

  /* Sent: the dialog closes. */
  syl_test_iterate_until (is_hidden, weak);
  g_assert_true (is_hidden (weak));
}

/* No report address: only "Copy Report", which puts the report on the
 * clipboard and keeps it. Opened from the note row's button. */
static void
test_report_copy (Fixture       *fixture,
                  gconstpointer  user_data)
{
  SylQuestion *question = syl_pack_lookup_question (shipped_pack, "q1001");
  GtkWidget *actions = syl_question_actions_new ();
  SylReportDialog *dialog;
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GPtrArray) kept = NULL;
  const SylStoreReport *report;

  fixture->window = syl_test_show_in_window (actions, NULL, 600, 500);
  syl_question_actions_set_question (SYL_QUESTION_ACTIONS (actions), fixture->store, shipped_pack, question);
  syl_test_iterate ();
  click (syl_question_actions_get_report_button (SYL_QUESTION_ACTIONS (actions)));
  dialog = SYL_REPORT_DIALOG (syl_test_find_toplevel (SYL_TYPE_REPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == fixture->window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  syl_report_dialog_set_opener (dialog, record_opened, fixture);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (syl_report_dialog_get_open_button (dialog))));
  g_assert_nonnull (strstr (syl_report_dialog_get_destination (dialog), "no report address"));

  type_text (syl_report_dialog_get_text_view (dialog), "Option C is right too");
  click (syl_report_dialog_get_copy_button (dialog));
  g_assert_cmpuint (fixture->opened->len, ==, 0);
  g_assert_true (syl_report_dialog_is_copied (dialog));

  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (dialog)));
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_assert_nonnull (strstr (g_value_get_string (&value), "Problem: Answer key is wrong (answer-key)\n"
                                                         "Pack: aws-dop-c02, version "));
  g_assert_nonnull (strstr (g_value_get_string (&value), "Question: q1001\n"));
  g_assert_true (g_str_has_suffix (g_value_get_string (&value), "\nOption C is right too\n"));

  kept = reports (fixture);
  g_assert_cmpuint (kept->len, ==, 1);
  report = g_ptr_array_index (kept, 0);
  g_assert_cmpstr (report->kind, ==, "answer-key");
  g_assert_cmpstr (report->sent_via, ==, "copied");
  g_assert_cmpstr (report->text, ==, "Option C is right too");
}

static void
test_reports_list (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  SylReportsDialog *dialog;
  SylStoreReport report = {
    .pack_id = (char *) "aws-dop-c02", .pack_version = 2, .question_id = (char *) "q0007",
    .kind = (char *) "outdated", .text = (char *) "CodeCommit is closed to new customers",
    .created_at_us = T0, .sent_via = (char *) "copied",
  };
  GtkWidget *first;

  g_assert_true (syl_reports_dialog_show (NULL, fixture->store));
  dialog = SYL_REPORTS_DIALOG (syl_test_find_toplevel (SYL_TYPE_REPORTS_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (syl_reports_dialog_is_empty (dialog));
  g_assert_nonnull (syl_test_find_label (dialog, "No Reports Yet"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (syl_store_add_report (fixture->store, &report, &error), >, 0);
  report.question_id = (char *) "q0042";
  report.kind = (char *) "answer-key";
  report.text = (char *) "B is right";
  report.created_at_us = T0 + (gint64) 86400 * G_USEC_PER_SEC;
  report.sent_via = (char *) "opened";
  g_assert_cmpint (syl_store_add_report (fixture->store, &report, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (syl_reports_dialog_show (NULL, fixture->store));
  dialog = SYL_REPORTS_DIALOG (syl_test_find_toplevel (SYL_TYPE_REPORTS_DIALOG));
  g_assert_false (syl_reports_dialog_is_empty (dialog));
  g_assert_cmpuint (syl_reports_dialog_get_n_rows (dialog), ==, 2);
  /* Newest first: date, pack, question, kind, how it left, and the text. */
  first = syl_test_find_descendant (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "q0042 · Answer Key Is Wrong");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (first)), ==,
                   "6 Jan 2026 · aws-dop-c02, version 2 · Opened");
  g_assert_nonnull (syl_test_find_label (dialog, "B is right"));
  g_assert_nonnull (syl_test_find_label (dialog, "CodeCommit is closed to new customers"));
}

/* Escape closes each dialog; in the search, also from the search entry. */
static void
test_escape (Fixture       *fixture,
             gconstpointer  user_data)
{
  SylQuestion *question = syl_pack_lookup_question (report_pack, "q1");
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  GtkWidget *search;

  assert_escape_closes (GTK_WINDOW (syl_report_dialog_new (NULL, fixture->store, report_pack, question)));
  assert_escape_closes (GTK_WINDOW (syl_reports_dialog_new (NULL, none)));

  /* The focus in the search entry, which takes Escape first. */
  search = syl_question_search_new (NULL, fixture->store, shipped_pack);
  gtk_window_present (GTK_WINDOW (search));
  syl_test_iterate_until (syl_test_widget_is_mapped, search);
  gtk_widget_grab_focus (GTK_WIDGET (syl_question_search_get_entry (SYL_QUESTION_SEARCH (search))));
  g_assert_true (gtk_widget_is_focus (gtk_window_get_focus (GTK_WINDOW (search))));
  assert_escape_closes (GTK_WINDOW (search));

  /* And from the detail, the focus elsewhere. */
  search = syl_question_search_new (NULL, fixture->store, shipped_pack);
  syl_question_search_show_detail (SYL_QUESTION_SEARCH (search), syl_pack_lookup_question (shipped_pack, "q1001"));
  gtk_window_set_focus (GTK_WINDOW (search), NULL);
  assert_escape_closes (GTK_WINDOW (search));
}

/* Every control these widgets add has an accessible name. */
static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  user_data)
{
  SylQuestion *question = syl_pack_lookup_question (report_pack, "q1");
  SylQuestionActions *actions = SYL_QUESTION_ACTIONS (syl_question_actions_new ());
  SylReportDialog *report = SYL_REPORT_DIALOG (syl_report_dialog_new (NULL, fixture->store, report_pack, question));
  SylQuestionSearch *search = SYL_QUESTION_SEARCH (syl_question_search_new (NULL, fixture->store, shipped_pack));
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  GtkWidget *reports = syl_reports_dialog_new (NULL, none);

  g_object_ref_sink (actions);
  assert_labelled (syl_question_actions_get_note_view (actions));
  assert_labelled (syl_question_actions_get_report_button (actions));
  assert_labelled (gtk_widget_get_parent (GTK_WIDGET (syl_question_actions_get_note_row (actions))));

  assert_labelled (syl_report_dialog_get_kind_row (report));
  assert_labelled (syl_report_dialog_get_text_view (report));
  assert_labelled (syl_report_dialog_get_open_button (report));
  assert_labelled (syl_report_dialog_get_copy_button (report));

  assert_labelled (syl_question_search_get_entry (search));
  assert_labelled (syl_question_search_get_results_list (search));
  assert_labelled (gtk_widget_get_template_child (GTK_WIDGET (search), SYL_TYPE_QUESTION_SEARCH, "back_button"));
  assert_labelled (gtk_widget_get_template_child (GTK_WIDGET (search), SYL_TYPE_QUESTION_SEARCH, "options_list"));
  assert_labelled (syl_question_search_get_actions (search) != NULL
                   ? syl_question_actions_get_note_view (syl_question_search_get_actions (search)) : NULL);

  assert_labelled (gtk_widget_get_template_child (reports, SYL_TYPE_REPORTS_DIALOG, "list"));

  g_object_unref (actions);
  gtk_window_destroy (GTK_WINDOW (report));
  gtk_window_destroy (GTK_WINDOW (search));
  gtk_window_destroy (GTK_WINDOW (reports));
}

/* Each dialog fits 360 px: its content needs no more width. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  SylQuestion *question = syl_pack_lookup_question (report_pack, "q1");
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GtkWindow *windows[3];

  windows[0] = GTK_WINDOW (syl_report_dialog_new (NULL, fixture->store, report_pack, question));
  windows[1] = GTK_WINDOW (syl_question_search_new (NULL, fixture->store, shipped_pack));
  syl_question_search_show_detail (SYL_QUESTION_SEARCH (windows[1]), syl_pack_lookup_question (shipped_pack, "q1001"));
  windows[2] = GTK_WINDOW (syl_reports_dialog_new (NULL, kept));

  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    {
      int min = 0;

      gtk_window_set_default_size (windows[i], 360, 640);
      gtk_window_present (windows[i]);
      syl_test_iterate_until (syl_test_widget_is_mapped, windows[i]);
      gtk_widget_measure (adw_window_get_content (ADW_WINDOW (windows[i])), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min, NULL, NULL, NULL);
      g_test_message ("%s needs %d px", G_OBJECT_TYPE_NAME (windows[i]), min);
      g_assert_cmpint (min, <=, 360);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (windows[i])), <=, 360);
    }
}

/* The main window's actions open the search and the reports, both
 * listed in the main menu; Ctrl+Shift+F is in the shortcuts window. */
static void
test_window_actions (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GtkBuilder) overlay = gtk_builder_new_from_resource ("/io/github/syllabus/Syllabus/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (overlay);
  SylWindow *window = g_object_new (SYL_TYPE_WINDOW, "settings", settings, NULL);
  gboolean listed = FALSE;

  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *action = NULL;

        g_object_get (l->data, "action-name", &action, NULL);
        listed |= g_strcmp0 (action, "win.search-questions") == 0;
      }
  g_assert_true (listed);

  /* Without a pack and progress, nothing to search. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.search-questions", NULL) &&
                  syl_test_find_toplevel (SYL_TYPE_QUESTION_SEARCH) != NULL);

  syl_window_set_store (window, fixture->store);
  syl_window_set_pack (window, shipped_pack);
  gtk_window_present (GTK_WINDOW (window));
  syl_test_iterate_until (syl_test_widget_is_mapped, window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search-questions", NULL));
  syl_test_iterate ();
  g_assert_nonnull (syl_test_find_toplevel (SYL_TYPE_QUESTION_SEARCH));
  g_assert_true (gtk_window_get_transient_for (syl_test_find_toplevel (SYL_TYPE_QUESTION_SEARCH)) == GTK_WINDOW (window));

  /* The detail's task statement button opens the Syllabus in the main
   * window, and the search makes way for it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (syl_test_find_toplevel (SYL_TYPE_QUESTION_SEARCH)),
                                             "win.show-task", "s", "1.1"));
  syl_test_iterate ();
  g_assert_null (syl_test_find_toplevel (SYL_TYPE_QUESTION_SEARCH));
  g_assert_cmpstr (syl_window_get_visible_place (window), ==, "syllabus");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search-questions", NULL));
  syl_test_iterate ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-reports", NULL));
  syl_test_iterate ();
  g_assert_nonnull (syl_test_find_toplevel (SYL_TYPE_REPORTS_DIALOG));
}

static SylPack *
load_report_pack (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "packs", "minimal.xml", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GString) with_report = NULL;
  SylPack *pack;

  g_file_get_contents (path, &data, NULL, &error);
  g_assert_no_error (error);
  with_report = g_string_new (data);
  g_assert_cmpuint (g_string_replace (with_report, "id=\"test-minimal\"",
                                      "id=\"test-minimal\" report=\"" REPORT_ADDRESS "\"", 1), ==, 1);
  pack = syl_pack_load_from_data (with_report->str, with_report->len, "minimal.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_pack_get_report_address (pack), ==, REPORT_ADDRESS);
  return pack;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The test backend keeps the accessible properties for
   * gtk_test_accessible_has_property() (the suite runs with "none"). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  shipped_pack = syl_test_load_shipped_pack ();
  report_pack = load_report_pack ();

#define ADD(path, fn) g_test_add ("/syl/notes/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("drill-note", test_drill_note);
  ADD ("note-save-error", test_note_save_error);
  ADD ("review-row-note", test_review_row_note);
  ADD ("search-finds-note", test_search_finds_note);
  ADD ("report-open", test_report_open);
  ADD ("report-copy", test_report_copy);
  ADD ("reports-list", test_reports_list);
  ADD ("escape", test_escape);
  ADD ("accessible-names", test_accessible_names);
  ADD ("narrow", test_narrow);
  ADD ("window-actions", test_window_actions);
#undef ADD

  status = g_test_run ();

  g_clear_object (&shipped_pack);
  g_clear_object (&report_pack);
  return status;
}
