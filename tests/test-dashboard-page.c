/* test-dashboard-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "syl-activity-calendar.h"
#include "syl-calibration.h"
#include "syl-clock.h"
#include "syl-confidence-view.h"
#include "syl-dashboard-page.h"
#include "syl-domain-card.h"
#include "syl-domain.h"
#include "syl-forecast-record-dialog.h"
#include "syl-forecast.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-score-chart.h"
#include "syl-session.h"
#include "syl-task.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

#define HOUR_US ((gint64) 3600 * G_USEC_PER_SEC)
#define DAY_US (24 * HOUR_US)

static SylPack *pack;

typedef struct
{
  char             *dir;
  SylStore         *store;
  GSettings        *settings;
  GtkWindow        *window;
  SylDashboardPage *page;
  GPtrArray        *activated;   /* "name" or "name parameter" */
} Fixture;

static gboolean
transition_done (gpointer data)
{
  return !gtk_stack_get_transition_running (GTK_STACK (data));
}

/* The stack directly under the page: first run, dashboard or no pack.
 * Waits for its crossfade so that only the visible page is mapped. */
static const char *
visible_state (Fixture *fixture)
{
  GtkStack *stack = GTK_STACK (adw_bin_get_child (ADW_BIN (fixture->page)));

  syl_test_iterate_until (transition_done, stack);
  return gtk_stack_get_visible_child_name (stack);
}

static GtkLabel *
find_label_with_class (gpointer    root,
                       const char *css_class,
                       guint       nth)
{
  g_autoptr(GPtrArray) labels = syl_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (labels, i)) &&
        gtk_widget_has_css_class (g_ptr_array_index (labels, i), css_class) && nth-- == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

/* The first label under @root whose text contains @text. */
static GtkLabel *
find_label_containing (gpointer    root,
                       const char *text)
{
  g_autoptr(GPtrArray) labels = syl_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return g_ptr_array_index (labels, i);

  return NULL;
}

static GtkButton *
find_button_with_action (gpointer    root,
                         const char *action)
{
  g_autoptr(GPtrArray) buttons = syl_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (buttons, i)))
      return g_ptr_array_index (buttons, i);

  return NULL;
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
    { "start-diagnostic", record_action_cb },
    { "start-review", record_action_cb },
    { "start-weak-spots", record_action_cb },
    { "start-drill", record_action_cb, "(ssu)" },
    { "show-task", record_action_cb, "s" },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("syl-dashboard-page-XXXXXX", NULL);
  path = g_build_filename (fixture->dir, "progress.db", NULL);
  fixture->store = syl_store_open (path, &error);
  g_assert_no_error (error);

  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "exam-date");
  g_settings_reset (fixture->settings, "daily-goal");

  fixture->activated = g_ptr_array_new_with_free_func (g_free);
  g_action_map_add_action_entries (G_ACTION_MAP (group), win_actions, G_N_ELEMENTS (win_actions), fixture);

  fixture->page = g_object_new (SYL_TYPE_DASHBOARD_PAGE,
                                "pack", pack,
                                "store", fixture->store,
                                "settings", fixture->settings,
                                NULL);
  fixture->window = syl_test_show_in_window (GTK_WIDGET (fixture->page), G_ACTION_GROUP (group), 1000, 800);
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

/* Answers a drill of @n questions on @domain_id, all right or all wrong,
 * at @when, and submits it. */
static void
answer_drill (Fixture    *fixture,
              const char *domain_id,
              guint       n,
              gboolean    right,
              gint64      when_us)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, fixture->store, 7);
  g_autoptr(SylClock) clock = syl_clock_new_manual (when_us);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  plan = syl_quiz_builder_build_drill_domain (builder, domain_id, n, &error);
  g_assert_no_error (error);
  session = syl_session_new (pack, fixture->store, clock, plan, NULL, 3, &error);
  g_assert_no_error (error);
  syl_session_start (session);

  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      SylQuestion *question = syl_session_get_question (session, i);
      guint chosen[16];
      guint n_chosen = 0;

      for (guint o = 0; o < syl_question_get_n_options (question) && n_chosen < G_N_ELEMENTS (chosen); o++)
        if (syl_question_get_option_correct (question, o) == right)
          {
            chosen[n_chosen++] = o;
            if (!right)
              break;
          }

      syl_clock_advance (clock, 30 * G_USEC_PER_SEC);
      g_assert_true (syl_session_answer (session, i, chosen, n_chosen, FALSE, &error));
      g_assert_no_error (error);
    }

  syl_session_finish (session, &error);
  g_assert_no_error (error);
}

static void
test_first_run (Fixture       *fixture,
                gconstpointer  user_data)
{
  AdwStatusPage *status;
  GtkButton *button;

  g_assert_cmpstr (visible_state (fixture), ==, "first-run");

  status = ADW_STATUS_PAGE (syl_test_find_descendant (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE));
  for (g_autoptr(GPtrArray) pages = syl_test_find_all (fixture->page, ADW_TYPE_STATUS_PAGE); pages->len > 0; g_ptr_array_remove_index (pages, 0))
    if (gtk_widget_get_mapped (g_ptr_array_index (pages, 0)))
      status = g_ptr_array_index (pages, 0);

  g_assert_cmpstr (adw_status_page_get_title (status), ==, "Find Out Where You Stand");
  g_assert_cmpstr (adw_status_page_get_description (status), ==, "A 20-question diagnostic across all six domains");
  g_assert_cmpstr (adw_status_page_get_icon_name (status), ==, "io.github.syllabus.Syllabus");

  button = find_button_with_action (status, "win.start-diagnostic");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (button), "suggested-action"));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "start-diagnostic");
}

static void
test_no_pack (Fixture       *fixture,
              gconstpointer  user_data)
{
  syl_page_set_pack (SYL_PAGE (fixture->page), NULL);
  g_assert_cmpstr (visible_state (fixture), ==, "no-pack");

  syl_page_set_pack (SYL_PAGE (fixture->page), pack);
  g_assert_cmpstr (visible_state (fixture), ==, "first-run");
}

static void
test_with_progress (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(SylForecast) forecast = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;
  GtkLabel *score, *pass;
  GtkButton *plan_button;
  SylActivityCalendar *calendar;
  gint64 now = g_get_real_time ();
  double value;
  char *end;

  /* Domain 1 known well an hour ago; domain 3 missed three weeks ago. */
  answer_drill (fixture, "d3", 8, FALSE, now - 21 * DAY_US);
  answer_drill (fixture, "d1", 10, TRUE, now - HOUR_US);

  syl_dashboard_page_refresh (fixture->page);
  g_assert_cmpstr (visible_state (fixture), ==, "dashboard");

  /* Six domain cards, weakest first, as the forecast orders them. */
  cards = syl_test_find_all (fixture->page, SYL_TYPE_DOMAIN_CARD);
  g_assert_cmpuint (cards->len, ==, 6);
  forecast = syl_forecast_new (pack, fixture->store, g_get_real_time (), &error);
  g_assert_no_error (error);
  expected = syl_forecast_dup_domains_by_mastery (forecast);
  for (guint i = 0; i < cards->len; i++)
    {
      SylDomainCard *card = g_ptr_array_index (cards, i);
      SylDomain *domain = syl_domain_card_get_domain (card);

      g_assert_true (domain == g_ptr_array_index (expected, i));
      g_assert_cmpuint (syl_domain_card_get_n_tasks (card), ==,
                        g_list_model_get_n_items (syl_domain_get_tasks (domain)));
      if (i > 0)
        g_assert_cmpfloat (syl_forecast_get_domain_mastery (forecast, syl_domain_card_get_domain (g_ptr_array_index (cards, i - 1))),
                           <=, syl_forecast_get_domain_mastery (forecast, domain));
    }
  /* The domain answered right an hour ago is the strongest. */
  g_assert_cmpstr (syl_domain_get_id (syl_domain_card_get_domain (g_ptr_array_index (cards, 5))), ==, "d1");

  /* The readiness figures: a scaled score and a chance in per cent. */
  score = find_label_with_class (fixture->page, "title-1", 0);
  pass = find_label_with_class (fixture->page, "title-1", 1);
  value = g_ascii_strtod (gtk_label_get_text (score), &end);
  g_assert_true (*end == '\0');
  g_assert_cmpfloat (value, >=, syl_pack_get_score_min (pack));
  g_assert_cmpfloat (value, <=, syl_pack_get_score_max (pack));
  g_assert_cmpfloat (value, ==, (double) (gint64) (syl_forecast_get_expected_score (forecast) + 0.5));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (pass), "%"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (score)))), "estimate"));

  /* No exam date: the page says where to set it, with a button that
   * looks like a link and is one to a screen reader (audit row 25: a
   * link in a label showed no focus ring and was announced as a label). */
  {
    GtkButton *date_button = find_button_with_action (fixture->page, "app.preferences");
    GtkLabel *date_label = find_label_containing (fixture->page, "Set your exam date in Preferences");

    g_assert_nonnull (date_button);
    g_assert_nonnull (date_label);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (date_button)));
    g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (date_label), GTK_WIDGET (date_button)));
    g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (date_button)), ==, GTK_ACCESSIBLE_ROLE_LINK);
  }

  /* The questions missed three weeks ago are due: the plan reviews them. */
  g_assert_nonnull (find_label_containing (fixture->page, "8 reviews due"));
  {
    g_autofree char *today = syl_store_day_for_time (g_get_real_time ());
    g_autoptr(GArray) days = syl_store_dup_daily_activity (fixture->store, today, today, &error);
    guint answered_today = days->len > 0 ? g_array_index (days, SylStoreDay, 0).answers : 0;
    g_autofree char *plan = g_strdup_printf ("Today: 8 reviews + %u new questions", 30 - 8 - answered_today);

    g_assert_no_error (error);
    g_assert_nonnull (find_label_containing (fixture->page, plan));
  }
  plan_button = find_button_with_action (fixture->page, "win.start-review");
  g_assert_nonnull (plan_button);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (plan_button), "suggested-action"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (plan_button), "pill"));

  /* Activity: today is among the active days. */
  calendar = SYL_ACTIVITY_CALENDAR (syl_test_find_descendant (GTK_WIDGET (fixture->page), SYL_TYPE_ACTIVITY_CALENDAR));
  g_assert_cmpuint (syl_activity_calendar_get_n_cells (calendar), ==, SYL_ACTIVITY_WEEKS * 7);
  g_assert_cmpuint (syl_activity_calendar_get_n_active_days (calendar), >=, 1);

  /* A task row's Drill button asks for that task statement. */
  {
    SylDomainCard *card = g_ptr_array_index (cards, 0);
    g_autoptr(GPtrArray) buttons = syl_test_find_all (card, GTK_TYPE_BUTTON);
    GVariant *target;
    const char *kind, *id;
    guint count;

    g_assert_cmpuint (buttons->len, ==, 1 + syl_domain_card_get_n_tasks (card));
    target = gtk_actionable_get_action_target_value (g_ptr_array_index (buttons, 0));
    g_variant_get (target, "(&s&su)", &kind, &id, &count);
    g_assert_cmpstr (kind, ==, "domain");
    g_assert_cmpstr (id, ==, syl_domain_get_id (syl_domain_card_get_domain (card)));
    g_assert_cmpuint (count, ==, 10);

    target = gtk_actionable_get_action_target_value (g_ptr_array_index (buttons, 1));
    g_variant_get (target, "(&s&su)", &kind, &id, &count);
    g_assert_cmpstr (kind, ==, "task");
    g_assert_true (syl_task_get_domain (syl_pack_lookup_task (pack, id)) == syl_domain_card_get_domain (card));

    g_signal_emit_by_name (g_ptr_array_index (buttons, 1), "clicked");
    g_assert_cmpuint (fixture->activated->len, ==, 1);
    g_assert_true (g_str_has_prefix (g_ptr_array_index (fixture->activated, 0), "start-drill ('task', "));
  }
}

static void
test_exam_date_and_scores (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) exam = g_date_time_add_days (now, 23);
  g_autofree char *exam_day = g_date_time_format (exam, "%Y-%m-%d");
  SylScoreChart *chart;
  GtkLabel *status;
  const char *ids[] = { "q1001", NULL };
  SylStoreSession stored = {
    .mode = (char *) "exam",
    .pack_id = (char *) syl_pack_get_id (pack),
    .question_ids = (GStrv) ids,
    .started_at_us = g_get_real_time () - DAY_US,
  };
  g_autoptr(GError) error = NULL;
  gint64 id;

  answer_drill (fixture, "d2", 5, TRUE, g_get_real_time () - HOUR_US);
  id = syl_store_insert_session (fixture->store, &stored, &error);
  g_assert_no_error (error);
  syl_store_finish_session (fixture->store, id, g_get_real_time () - DAY_US / 2, 1000, TRUE, 712, &error);
  g_assert_no_error (error);

  /* Setting the exam date refreshes the page by itself. */
  g_settings_set_string (fixture->settings, "exam-date", exam_day);
  g_assert_cmpstr (visible_state (fixture), ==, "dashboard");

  status = find_label_containing (fixture->page, "Exam in 23 days · no reviews due");
  g_assert_nonnull (status);
  g_assert_null (find_button_with_action (fixture->page, "app.preferences"));

  /* Nothing due: the plan turns to weak spots. */
  g_assert_nonnull (find_button_with_action (fixture->page, "win.start-weak-spots"));

  chart = SYL_SCORE_CHART (syl_test_find_descendant (GTK_WIDGET (fixture->page), SYL_TYPE_SCORE_CHART));
  g_assert_cmpuint (syl_score_chart_get_n_scores (chart), ==, 1);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));

  /* With an exam date, the forecast is carried to it. */
  {
    GtkLabel *projection = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (fixture->page), SYL_TYPE_DASHBOARD_PAGE,
                                                                     "projection_label"));

    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (projection)));
    g_assert_true (g_str_has_prefix (gtk_label_get_text (projection), "If you keep today’s pace, on "));
  }

  /* The forecast record: no forecast was stored before that exam, so the
   * dialog says what will appear. */
  {
    GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->page), SYL_TYPE_DASHBOARD_PAGE,
                                                                   "record_button"));
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint before = g_list_model_get_n_items (toplevels);
    SylForecastRecordDialog *dialog = NULL;

    g_signal_emit_by_name (button, "clicked");
    syl_test_iterate ();
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

        if (SYL_IS_FORECAST_RECORD_DIALOG (window))
          dialog = SYL_FORECAST_RECORD_DIALOG (window);
      }
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
    g_assert_nonnull (dialog);
    g_assert_true (syl_forecast_record_dialog_is_empty (dialog));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* Confidence of the last 30 days: five sure right answers. */
  {
    GtkWidget *view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->page), SYL_TYPE_DASHBOARD_PAGE,
                                                                 "confidence_view"));
    GtkLabel *sure_right = GTK_LABEL (gtk_widget_get_template_child (view, SYL_TYPE_CONFIDENCE_VIEW, "sure_right_label"));

    g_assert_true (gtk_widget_get_visible (view));
    g_assert_cmpstr (gtk_label_get_text (sure_right), ==, "5");
  }
}

/* The forecast record with entries: the header line, and a row each. */
static void
test_forecast_record (void)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (SylCalibrationEntry));
  const SylCalibrationEntry two[] = {
    { .made_at_us = G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC, .estimate = 700, .low = 650, .high = 760,
      .pass_probability = 0.2, .has_score = TRUE, .score = 730 },
    { .made_at_us = G_GINT64_CONSTANT (1768607200) * G_USEC_PER_SEC, .estimate = 760, .low = 710, .high = 810,
      .pass_probability = 0.6, .has_score = TRUE, .score = 800 },
  };
  GtkWidget *dialog;
  g_autoptr(GPtrArray) rows = NULL;

  g_array_append_vals (entries, two, 1);
  dialog = syl_forecast_record_dialog_new (NULL, pack, entries);
  /* One simulation: not a record yet. */
  g_assert_true (syl_forecast_record_dialog_is_empty (SYL_FORECAST_RECORD_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_array_append_vals (entries, &two[1], 1);
  dialog = syl_forecast_record_dialog_new (NULL, pack, entries);
  gtk_window_present (GTK_WINDOW (dialog));
  syl_test_iterate ();
  g_assert_false (syl_forecast_record_dialog_is_empty (SYL_FORECAST_RECORD_DIALOG (dialog)));
  g_assert_cmpstr (syl_forecast_record_dialog_get_summary (SYL_FORECAST_RECORD_DIALOG (dialog)), ==,
                   "Off by 35 points on average over 2 simulations");
  rows = syl_test_find_all (dialog, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 2);
  /* Most recent first. */
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "forecast 760 (710–810) · scored 800 · pass call right");
  gtk_window_destroy (GTK_WINDOW (dialog));
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

  g_test_add ("/syl/dashboard-page/first-run", Fixture, NULL, fixture_setup, test_first_run, fixture_teardown);
  g_test_add ("/syl/dashboard-page/no-pack", Fixture, NULL, fixture_setup, test_no_pack, fixture_teardown);
  g_test_add ("/syl/dashboard-page/with-progress", Fixture, NULL, fixture_setup, test_with_progress, fixture_teardown);
  g_test_add_func ("/syl/dashboard-page/forecast-record", test_forecast_record);
  g_test_add ("/syl/dashboard-page/exam-date-and-scores", Fixture, NULL,
              fixture_setup, test_exam_date_and_scores, fixture_teardown);

  status = g_test_run ();
  g_clear_object (&pack);

  return status;
}
