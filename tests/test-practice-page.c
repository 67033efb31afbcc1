/* test-practice-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "syl-clock.h"
#include "syl-pack-loader.h"
#include "syl-pack-private.h"
#include "syl-practice-page.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-session.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

#define HOUR_US ((gint64) 3600 * G_USEC_PER_SEC)
#define DAY_US (24 * HOUR_US)

static SylPack *pack;

typedef struct
{
  char            *dir;
  SylStore        *store;
  GSettings       *settings;
  GtkWindow       *window;
  SylPracticePage *page;
  GPtrArray       *activated;   /* "name" or "name parameter" */
} Fixture;

static AdwActionRow *
find_row (Fixture    *fixture,
          const char *action)
{
  return ADW_ACTION_ROW (syl_test_find_actionable (fixture->page, ADW_TYPE_ACTION_ROW, action));
}

static void
record_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  Fixture *fixture = user_data;
  g_autofree char *text = parameter != NULL ? g_variant_print (parameter, FALSE) : NULL;

  g_ptr_array_add (fixture->activated,
                   text != NULL ? g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)), text)
                                : g_strdup (g_action_get_name (G_ACTION (action))));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  static const GActionEntry win_actions[] = {
    { "start-exam", record_action_cb },
    { "start-review", record_action_cb },
    { "start-weak-spots", record_action_cb },
    { "start-missed", record_action_cb },
    { "resume-session", record_action_cb },
    { "start-drill", record_action_cb, "(ssu)" },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("syl-practice-page-XXXXXX", NULL);
  path = g_build_filename (fixture->dir, "progress.db", NULL);
  fixture->store = syl_store_open (path, &error);
  g_assert_no_error (error);

  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "extra-time");

  fixture->activated = g_ptr_array_new_with_free_func (g_free);
  g_action_map_add_action_entries (G_ACTION_MAP (group), win_actions, G_N_ELEMENTS (win_actions), fixture);

  fixture->page = g_object_new (SYL_TYPE_PRACTICE_PAGE,
                                "pack", pack,
                                "store", fixture->store,
                                "settings", fixture->settings,
                                NULL);
  fixture->window = syl_test_show_in_window (GTK_WIDGET (fixture->page), G_ACTION_GROUP (group), 800, 900);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->settings);
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);

  syl_test_remove_dir_files (fixture->dir);
  g_free (fixture->dir);
}

static guint
choose (SylQuestion *question,
        gboolean     right,
        guint       *chosen)
{
  guint n = 0;

  for (guint o = 0; o < syl_question_get_n_options (question); o++)
    if (syl_question_get_option_correct (question, o) == right)
      {
        chosen[n++] = o;
        if (!right)
          break;
      }

  return n;
}

static void
test_empty_store (Fixture       *fixture,
                  gconstpointer  user_data)
{
  AdwPreferencesGroup *resume_group;
  AdwActionRow *row;

  /* No unfinished session: no resume card. */
  resume_group = ADW_PREFERENCES_GROUP (syl_test_find_descendant (GTK_WIDGET (fixture->page), ADW_TYPE_PREFERENCES_GROUP));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (resume_group)));

  row = find_row (fixture, "win.start-exam");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "75 questions · all new to you · 180 minutes");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_settings_set_boolean (fixture->settings, "extra-time", TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "75 questions · all new to you · 210 minutes");
  g_signal_emit_by_name (row, "activate");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "start-exam");

  /* Nothing to review: the rows say why, and stay where Tab and a screen
   * reader reach them, but start nothing (audit row 33: greyed out, they
   * were skipped and their reason unreadable). */
  row = find_row (fixture, "win.start-review");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row)));
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Nothing due — answer some questions first");
  g_signal_emit_by_name (row, "activate");

  row = find_row (fixture, "win.start-missed");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Nothing to revisit yet — finish a session first");
  g_signal_emit_by_name (row, "activate");
  g_assert_cmpuint (fixture->activated->len, ==, 1);

  row = find_row (fixture, "win.start-weak-spots");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
}

static void
test_resume_and_due (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, fixture->store, 11);
  g_autoptr(SylClock) past = syl_clock_new_manual (g_get_real_time () - 21 * DAY_US);
  g_autoptr(SylClock) clock = syl_clock_new_system ();
  g_autoptr(SylQuizPlan) drill = NULL;
  g_autoptr(SylQuizPlan) exam = NULL;
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;
  AdwPreferencesGroup *resume_group;
  AdwActionRow *row;
  GtkWidget *button;
  guint chosen[16];

  /* Six questions missed three weeks ago: due now, and missed last time. */
  drill = syl_quiz_builder_build_drill_domain (builder, "d4", 6, &error);
  g_assert_no_error (error);
  session = syl_session_new (pack, fixture->store, past, drill, NULL, 1, &error);
  g_assert_no_error (error);
  syl_session_start (session);
  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      guint n = choose (syl_session_get_question (session, i), FALSE, chosen);

      g_assert_true (syl_session_answer (session, i, chosen, n, FALSE, &error));
    }
  syl_session_finish (session, &error);
  g_assert_no_error (error);
  g_clear_object (&session);

  /* An exam simulation left after three answers. */
  exam = syl_quiz_builder_build_exam (builder, &error);
  g_assert_no_error (error);
  session = syl_session_new (pack, fixture->store, clock, exam, NULL, 2, &error);
  g_assert_no_error (error);
  syl_session_start (session);
  for (guint i = 0; i < 3; i++)
    {
      guint n = choose (syl_session_get_question (session, i), TRUE, chosen);

      g_assert_true (syl_session_answer (session, i, chosen, n, FALSE, &error));
    }
  g_assert_true (syl_session_pause (session, &error));
  g_assert_no_error (error);

  syl_practice_page_refresh (fixture->page);

  resume_group = ADW_PREFERENCES_GROUP (syl_test_find_descendant (GTK_WIDGET (fixture->page), ADW_TYPE_PREFERENCES_GROUP));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (resume_group)));
  row = ADW_ACTION_ROW (syl_test_find_descendant (GTK_WIDGET (resume_group), ADW_TYPE_ACTION_ROW));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Exam Simulation");
  /* 180 minutes less the moment it took to answer: 3 h 00 or 2 h 59. */
  g_assert_true (g_str_equal (adw_action_row_get_subtitle (row), "Paused · 3 of 75 answered · 3 h 00 min left")
                 || g_str_equal (adw_action_row_get_subtitle (row), "Paused · 3 of 75 answered · 2 h 59 min left"));
  button = syl_test_find_actionable (resume_group, GTK_TYPE_BUTTON, "win.resume-session");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "resume-session");

  /* The due count. */
  row = find_row (fixture, "win.start-review");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row), "6 questions due"));

  row = find_row (fixture, "win.start-missed");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row), "6 questions you got wrong"));

  /* Finishing the exam removes the resume card on the next refresh. */
  syl_session_abandon (session, &error);
  g_assert_no_error (error);
  syl_practice_page_refresh (fixture->page);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (resume_group)));
}

static void
assert_target (GtkWidget  *button,
               const char *kind,
               const char *id,
               guint       count)
{
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  const char *target_kind, *target_id;
  guint target_count;

  g_assert_nonnull (target);
  g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE ("(ssu)")));
  g_variant_get (target, "(&s&su)", &target_kind, &target_id, &target_count);
  g_assert_cmpstr (target_kind, ==, kind);
  if (id != NULL)
    g_assert_cmpstr (target_id, ==, id);
  g_assert_cmpuint (target_count, ==, count);
}

static guint
find_item (GListModel *model,
           const char *prefix)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_has_prefix (gtk_string_object_get_string (item), prefix))
        return i;
    }

  g_assert_not_reached ();
}

static void
test_drill_builder (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) combos = syl_test_find_all (fixture->page, ADW_TYPE_COMBO_ROW);
  AdwComboRow *kind_row, *target_row;
  GtkSpinButton *spin;
  GtkWidget *button;
  GListModel *targets;

  g_assert_cmpuint (combos->len, ==, 2);
  kind_row = g_ptr_array_index (combos, 0);
  target_row = g_ptr_array_index (combos, 1);
  spin = GTK_SPIN_BUTTON (syl_test_find_descendant (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON));
  button = syl_test_find_actionable (fixture->page, GTK_TYPE_BUTTON, "win.start-drill");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));

  /* Domains by default, ten questions. */
  g_assert_cmpuint (adw_combo_row_get_selected (kind_row), ==, 0);
  targets = adw_combo_row_get_model (target_row);
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 6);
  assert_target (button, "domain", NULL, 10);

  adw_combo_row_set_selected (target_row, find_item (targets, "3 "));
  assert_target (button, "domain", "d3", 10);

  /* Task statements. */
  adw_combo_row_set_selected (kind_row, 1);
  targets = adw_combo_row_get_model (target_row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (target_row)), ==, "_Task statement");
  g_assert_cmpuint (g_list_model_get_n_items (targets), >, 6);
  adw_combo_row_set_selected (target_row, find_item (targets, "2.1 "));
  gtk_spin_button_set_value (spin, 25);
  assert_target (button, "task", "2.1", 25);

  /* The count stays within 5–50. */
  gtk_spin_button_set_value (spin, 500);
  assert_target (button, "task", "2.1", 50);
  gtk_spin_button_set_value (spin, 1);
  assert_target (button, "task", "2.1", 5);

  /* Services, by name; only those some question involves. */
  adw_combo_row_set_selected (kind_row, 2);
  targets = adw_combo_row_get_model (target_row);
  g_assert_cmpuint (g_list_model_get_n_items (targets), >, 10);
  adw_combo_row_set_selected (target_row, find_item (targets, "AWS CodePipeline"));
  gtk_spin_button_set_value (spin, 15);
  assert_target (button, "service", "codepipeline", 15);

  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "start-drill ('service', 'codepipeline', 15)");

  /* Chosen from elsewhere. */
  g_assert_true (syl_practice_page_set_drill (fixture->page, "task", "6.2"));
  assert_target (button, "task", "6.2", 15);
  g_assert_false (syl_practice_page_set_drill (fixture->page, "task", "no-such-task"));
}

/* The exam row says how many questions are new; when fewer than the
 * scored ones are, a warning says scores will run high; when none is, the
 * page says the bank has run out. */
static void
test_fresh_questions (Fixture       *fixture,
                      gconstpointer  user_data)
{
  GListModel *questions = syl_pack_get_questions (pack);
  guint n_questions = g_list_model_get_n_items (questions);
  GtkWidget *warning = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->page), SYL_TYPE_PRACTICE_PAGE,
                                                                  "exam_warning_row"));
  AdwActionRow *row = find_row (fixture, "win.start-exam");

  g_assert_false (gtk_widget_get_visible (warning));

  /* All but the last 60 seen: fewer new questions than scored ones. */
  for (guint i = 0; i < n_questions - 60; i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);

      syl_test_record_answer (fixture->store, pack, q, TRUE);
    }
  syl_practice_page_refresh (fixture->page);
  {
    guint n_new = 0, n_seen = 0;

    g_assert_cmpint (sscanf (adw_action_row_get_subtitle (row), "75 questions · %u new to you · %u seen before · 180 minutes",
                             &n_new, &n_seen), ==, 2);
    g_assert_cmpuint (n_new + n_seen, ==, 75);
    g_assert_cmpuint (n_new, >, 0);
    g_assert_cmpuint (n_new, <, 65);
  }
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (warning)), ==,
                   "You have seen most of this pack: scores will run high");

  for (guint i = n_questions - 60; i < n_questions; i++)
    {
      g_autoptr(SylQuestion) q = g_list_model_get_item (questions, i);

      syl_test_record_answer (fixture->store, pack, q, TRUE);
    }
  syl_practice_page_refresh (fixture->page);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "75 questions · 0 new to you · 75 seen before · 180 minutes");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (warning)), ==,
                   "No question is new to you any more");
}

/* A language with part of the pack translated says how much, under Start,
 * so that English questions in a German window are explained; a whole
 * translation (and the English pack) says nothing. */
static void
test_partial_translation (Fixture       *fixture,
                          gconstpointer  user_data)
{
  GtkWidget *label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->page), SYL_TYPE_PRACTICE_PAGE,
                                                                "translation_label"));
  guint n_questions = g_list_model_get_n_items (syl_pack_get_questions (pack));
  g_autofree char *expected = g_strdup_printf ("36 of %u questions are translated so far; the others appear as the pack was written.",
                                               n_questions);

  g_assert_false (gtk_widget_get_visible (label));

  syl_pack_set_n_questions_translated (pack, 36);
  syl_page_set_pack (SYL_PAGE (fixture->page), NULL);
  syl_page_set_pack (SYL_PAGE (fixture->page), pack);
  syl_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, expected);

  syl_pack_set_n_questions_translated (pack, n_questions);
  syl_page_set_pack (SYL_PAGE (fixture->page), NULL);
  syl_page_set_pack (SYL_PAGE (fixture->page), pack);
  syl_test_iterate ();
  g_assert_false (gtk_widget_get_visible (label));

  syl_pack_set_n_questions_translated (pack, G_MAXUINT);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  path = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "packs", "aws-dop-c02", NULL);
  pack = syl_pack_load (path, &error);
  g_assert_no_error (error);

  g_test_add ("/syl/practice-page/empty-store", Fixture, NULL, fixture_setup, test_empty_store, fixture_teardown);
  g_test_add ("/syl/practice-page/resume-and-due", Fixture, NULL, fixture_setup, test_resume_and_due, fixture_teardown);
  g_test_add ("/syl/practice-page/drill-builder", Fixture, NULL, fixture_setup, test_drill_builder, fixture_teardown);
  g_test_add ("/syl/practice-page/fresh-questions", Fixture, NULL, fixture_setup, test_fresh_questions, fixture_teardown);
  g_test_add ("/syl/practice-page/partial-translation", Fixture, NULL, fixture_setup, test_partial_translation,
              fixture_teardown);

  status = g_test_run ();
  g_clear_object (&pack);

  return status;
}
