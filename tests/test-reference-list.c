/* test-reference-list.c: the "Learn More" links under an explanation, after
 * Check in a drill, in the results review, and on their own.
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "syl-answer-review-row.h"
#include "syl-clock.h"
#include "syl-explanation-box.h"
#include "syl-pack-loader.h"
#include "syl-pack-private.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-quiz-page.h"
#include "syl-reference-list.h"
#include "syl-results-page.h"
#include "syl-session.h"
#include "syl-store.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)   /* 2026-01-05 10:00 UTC */
#define SEED 5

static SylPack *shared_pack;

typedef struct
{
  char       *dir;
  SylStore   *store;
  SylClock   *clock;
  SylSession *session;
  GtkWindow  *window;
  GPtrArray  *opened;   /* the URIs the lists were asked to open */
} Fixture;

/* The opener of the tests: records the address and opens nothing. */
static gboolean
on_activate_link_cb (SylReferenceList *list,
                     const char       *uri,
                     Fixture          *fixture)
{
  g_ptr_array_add (fixture->opened, g_strdup (uri));
  return TRUE;
}

static void
intercept_links (Fixture   *fixture,
                 GtkWidget *root)
{
  g_autoptr(GPtrArray) lists = syl_test_find_all (root, SYL_TYPE_REFERENCE_LIST);

  for (guint i = 0; i < lists->len; i++)
    g_signal_connect (g_ptr_array_index (lists, i), "activate-link",
                      G_CALLBACK (on_activate_link_cb), fixture);
}

static gboolean
opened_something (gpointer data)
{
  Fixture *fixture = data;

  return fixture->opened->len > 0;
}

/* Presses a key to the widget that has the focus the way GTK hands it to
 * shortcut controllers and key bindings (as in test-quiz-flow.c): the
 * capture phase from the window down, the target, then the bubble phase
 * back up, until one takes it. */
static gboolean
press_key (GtkWindow *window,
           guint      keyval)
{
  return syl_test_press_key (window, keyval, 0);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->opened = g_ptr_array_new_with_free_func (g_free);
  fixture->dir = g_dir_make_tmp ("syllabus-references-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "progress.db", NULL);
  fixture->store = syl_store_open (path, &error);
  g_assert_no_error (error);
  fixture->clock = syl_clock_new_manual (T0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  syl_test_iterate ();

  g_clear_object (&fixture->session);
  g_clear_object (&fixture->clock);
  syl_store_close (fixture->store);
  g_clear_object (&fixture->store);
  syl_test_remove_dir_files (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->opened, g_ptr_array_unref);
}

static void
start_drill (Fixture *fixture)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (shared_pack, fixture->store, SEED);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = syl_quiz_builder_build_drill_domain (builder, "d2", 4, &error);
  g_assert_no_error (error);
  fixture->session = syl_session_new (shared_pack, fixture->store, fixture->clock, plan, NULL, SEED, &error);
  g_assert_no_error (error);
}

static const char *
link_title (GtkWidget *link)
{
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (link));

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

/* @list shows exactly the references of @question, each a link announced
 * as one, named by its title, with the address as tooltip. */
static void
assert_links_of (SylReferenceList *list,
                 SylQuestion      *question)
{
  guint n = syl_question_get_n_references (question);
  GtkLabel *heading;

  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <=, 3);
  g_assert_true (syl_reference_list_get_question (list) == question);
  g_assert_cmpuint (syl_reference_list_get_n_links (list), ==, n);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (list)));

  heading = syl_test_find_label (list, "Learn More");
  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (heading)));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_ROLE_HEADING);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *link = syl_reference_list_get_link (list, i);
      const char *title = syl_question_get_reference_title (question, i);
      const char *href = syl_question_get_reference_href (question, i);

      g_assert_true (GTK_IS_LINK_BUTTON (link));
      g_assert_true (g_str_has_prefix (href, "https://"));
      g_assert_cmpstr (link_title (link), ==, title);
      g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==, href);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (link), ==, href);
      g_assert_true (gtk_widget_get_focusable (link));
      g_assert_true (gtk_widget_is_drawable (link));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_ROLE_LINK);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL, title);
    }
}

/* After Check in a drill, the links are under the explanation; Tab
 * reaches each of them, and Enter on one opens its address. */
static void
test_after_check (Fixture       *fixture,
                  gconstpointer  user_data)
{
  SylQuizPage *page;
  SylExplanationBox *explanation;
  SylReferenceList *list;
  SylQuestion *question;
  g_autoptr(GPtrArray) reached = g_ptr_array_new ();
  GtkWidget *focus;

  start_drill (fixture);
  page = g_object_new (SYL_TYPE_QUIZ_PAGE, "pack", shared_pack, "store", fixture->store, NULL);
  syl_quiz_page_set_session (page, fixture->session);
  fixture->window = syl_test_show_in_window (GTK_WIDGET (page), NULL, 900, 700);
  syl_test_iterate ();

  explanation = SYL_EXPLANATION_BOX (gtk_widget_get_template_child (GTK_WIDGET (page), SYL_TYPE_QUIZ_PAGE,
                                                                     "explanation_box"));
  list = SYL_REFERENCE_LIST (syl_explanation_box_get_references (explanation));
  intercept_links (fixture, GTK_WIDGET (page));

  /* Before Check: nothing to see. */
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (list)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "quiz.choose", "u", 0));
  syl_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "quiz.primary", NULL));
  syl_test_iterate ();

  question = syl_session_get_question (fixture->session, 0);
  assert_links_of (list, question);

  /* The stem and the explanation are Tab stops on purpose (a screen
   * reader reads them, docs/accessibility.md); Tab goes on from them, and
   * does not stay there, so the links below are reached. */
  {
    GtkWidget *stem = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SYL_TYPE_QUIZ_PAGE, "stem_label"));
    GtkWidget *text = GTK_WIDGET (syl_test_find_label (explanation, syl_question_get_explanation (question)));
    GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (stem));

    gtk_widget_grab_focus (stem);
    g_assert_true (syl_test_press_tab (window, GTK_DIR_TAB_FORWARD) != stem);
    gtk_widget_grab_focus (text);
    g_assert_true (syl_test_press_tab (window, GTK_DIR_TAB_FORWARD) != text);
  }

  /* Tab, from the top of the page, comes to each link in turn. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SYL_TYPE_QUIZ_PAGE,
                                                                    "leave_button")));
  for (guint step = 0; step < 200 && reached->len < syl_reference_list_get_n_links (list); step++)
    {
      focus = syl_test_press_tab (GTK_WINDOW (fixture->window), GTK_DIR_TAB_FORWARD);
      g_assert_nonnull (focus);
      for (guint i = 0; i < syl_reference_list_get_n_links (list); i++)
        if (focus == syl_reference_list_get_link (list, i) && !g_ptr_array_find (reached, focus, NULL))
          g_ptr_array_add (reached, focus);
    }
  g_assert_cmpuint (reached->len, ==, syl_reference_list_get_n_links (list));
  for (guint i = 0; i < reached->len; i++)
    g_assert_true (g_ptr_array_index (reached, i) == syl_reference_list_get_link (list, i));

  /* Return on the focused link opens it (GtkButton's binding clicks it
   * once the press is shown), rather than go to the next question as
   * Return does elsewhere on the page. */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (GTK_IS_LINK_BUTTON (focus));
  g_assert_true (press_key (fixture->window, GDK_KEY_Return));
  syl_test_iterate_until (opened_something, fixture);
  syl_test_iterate ();
  g_assert_cmpuint (syl_session_get_current (fixture->session), ==, 0);
  g_assert_cmpuint (fixture->opened->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->opened, 0), ==,
                   gtk_link_button_get_uri (GTK_LINK_BUTTON (focus)));
  g_assert_true (gtk_link_button_get_visited (GTK_LINK_BUTTON (focus)));

  /* The next question's links replace these. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "quiz.primary", NULL));
  syl_test_iterate ();
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (list)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "quiz.choose", "u", 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "quiz.primary", NULL));
  syl_test_iterate ();
  assert_links_of (list, syl_session_get_question (fixture->session, 1));
}

/* In the results, each expanded row of the review has its question's
 * links, and clicking one opens it. */
static void
test_results_review (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  SylResultsPage *page;
  GtkListBox *review;
  g_autoptr(GPtrArray) lists = NULL;
  guint n;

  start_drill (fixture);
  syl_session_start (fixture->session);
  n = syl_session_get_n_questions (fixture->session);
  for (guint i = 0; i < n; i++)
    {
      guint first = 0;

      g_assert_true (syl_session_answer (fixture->session, i, &first, 1, FALSE, &error));
      g_assert_no_error (error);
    }
  g_assert_nonnull (syl_session_finish (fixture->session, &error));
  g_assert_no_error (error);

  page = g_object_new (SYL_TYPE_RESULTS_PAGE, "pack", shared_pack, "store", fixture->store, NULL);
  syl_results_page_set_session (page, fixture->session);
  fixture->window = syl_test_show_in_window (GTK_WIDGET (page), NULL, 900, 700);
  syl_test_iterate ();

  /* Collapsed rows have built nothing yet. */
  lists = syl_test_find_all (page, SYL_TYPE_REFERENCE_LIST);
  g_assert_cmpuint (lists->len, ==, 0);
  g_clear_pointer (&lists, g_ptr_array_unref);

  review = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (page), SYL_TYPE_RESULTS_PAGE, "review_list"));
  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (review, i);
      SylReferenceList *list;

      g_assert_true (SYL_IS_ANSWER_REVIEW_ROW (row));
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      syl_test_iterate ();

      list = SYL_REFERENCE_LIST (syl_test_find_descendant (syl_answer_review_row_get_details (SYL_ANSWER_REVIEW_ROW (row)),
                                                           SYL_TYPE_REFERENCE_LIST));
      g_assert_nonnull (list);
      syl_test_iterate_until (syl_test_widget_is_mapped, list);
      assert_links_of (list, syl_session_get_question (fixture->session, i));
    }

  lists = syl_test_find_all (page, SYL_TYPE_REFERENCE_LIST);
  g_assert_cmpuint (lists->len, ==, n);
  intercept_links (fixture, GTK_WIDGET (page));

  /* Tab from the first row's header reaches its links, past the stem,
   * the options and the explanation: the stem (and the score) are Tab
   * stops a screen reader reads, and Tab goes on from them. */
  {
    GtkWidget *score = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SYL_TYPE_RESULTS_PAGE, "score_label"));
    GtkWidget *stem = GTK_WIDGET (syl_test_find_label (syl_answer_review_row_get_details (SYL_ANSWER_REVIEW_ROW (gtk_list_box_get_row_at_index (review, 0))),
                                                       syl_question_get_stem (syl_session_get_question (fixture->session, 0))));
    GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (stem));

    gtk_widget_grab_focus (score);
    g_assert_true (syl_test_press_tab (window, GTK_DIR_TAB_FORWARD) != score);
    gtk_widget_grab_focus (stem);
    g_assert_true (syl_test_press_tab (window, GTK_DIR_TAB_FORWARD) != stem);
  }
  {
    SylReferenceList *first = g_ptr_array_index (lists, 0);
    GtkWidget *focus = NULL;
    guint step;

    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (review, 0)));
    for (step = 0; step < 50 && focus != syl_reference_list_get_link (first, 0); step++)
      {
        focus = syl_test_press_tab (GTK_WINDOW (fixture->window), GTK_DIR_TAB_FORWARD);
        g_assert_nonnull (focus);
      }
    g_assert_true (focus == syl_reference_list_get_link (first, 0));
  }

  {
    SylReferenceList *last = g_ptr_array_index (lists, n - 1);
    GtkWidget *link = syl_reference_list_get_link (last, syl_reference_list_get_n_links (last) - 1);

    g_signal_emit_by_name (link, "clicked");
    syl_test_iterate ();
    g_assert_cmpuint (fixture->opened->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (fixture->opened, 0), ==, gtk_link_button_get_uri (GTK_LINK_BUTTON (link)));
  }
}

static SylQuestion *
make_question (const char *id)
{
  SylQuestion *question = syl_question_new (id, SYL_QUESTION_SINGLE, NULL, "Which one?", "Because.");

  syl_question_add_option (question, "This", "It is.", TRUE);
  syl_question_add_option (question, "That", "It is not.", FALSE);
  return question;
}

/* A question without references shows no heading and no links, in the
 * explanation box as in the list itself. */
static void
test_none (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(SylQuestion) bare = make_question ("q1");
  g_autoptr(SylQuestion) with = make_question ("q2");
  GtkWidget *box = syl_explanation_box_new ();
  SylReferenceList *list = SYL_REFERENCE_LIST (syl_explanation_box_get_references (SYL_EXPLANATION_BOX (box)));
  GtkLabel *heading;

  syl_question_add_reference (with, "What is AWS CodeBuild?",
                              "https://docs.aws.amazon.com/codebuild/latest/userguide/welcome.html");

  fixture->window = syl_test_show_in_window (box, NULL, 600, 400);
  heading = syl_test_find_label (box, "Learn More");
  g_assert_nonnull (heading);

  syl_explanation_box_set_question (SYL_EXPLANATION_BOX (box), bare);
  syl_test_iterate ();
  g_assert_cmpuint (syl_reference_list_get_n_links (list), ==, 0);
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (heading)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (list)));
  g_assert_null (syl_test_find_descendant (box, GTK_TYPE_LINK_BUTTON));

  syl_explanation_box_set_question (SYL_EXPLANATION_BOX (box), with);
  syl_test_iterate ();
  g_assert_cmpuint (syl_reference_list_get_n_links (list), ==, 1);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (heading)));

  /* And back: the old links go with the old question. */
  syl_explanation_box_set_question (SYL_EXPLANATION_BOX (box), bare);
  syl_test_iterate ();
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (heading)));
  g_assert_null (syl_test_find_descendant (box, GTK_TYPE_LINK_BUTTON));

  syl_explanation_box_set_question (SYL_EXPLANATION_BOX (box), NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (list)));
}

/* The loader lets only allowed https addresses through; should one reach
 * the list anyway, it is not shown, and a link whose address changed
 * after it was made is not opened. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(SylQuestion) question = make_question ("q7");
  SylReferenceList *list = SYL_REFERENCE_LIST (syl_reference_list_new ());
  const char *bad[] = {
    "http://docs.aws.amazon.com/codebuild/latest/userguide/welcome.html",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "https://docs.aws.amazon.com.example.org/phish",
    "HTTPS://docs.aws.amazon.com:8443/x",
    "https://docs.aws.amazon.com/a\nb",
  };
  GtkWidget *link;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    syl_question_add_reference (question, "Looks fine", bad[i]);
  syl_question_add_reference (question, "AWS CodeBuild FAQs", "https://aws.amazon.com/codebuild/faqs/");

  g_signal_connect (list, "activate-link", G_CALLBACK (on_activate_link_cb), fixture);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_test_expect_message ("syl-reference-list", G_LOG_LEVEL_WARNING, "*question q7: not showing the reference*");
  syl_reference_list_set_question (list, question);
  g_test_assert_expected_messages ();
  fixture->window = syl_test_show_in_window (GTK_WIDGET (list), NULL, 600, 400);

  g_assert_cmpuint (syl_reference_list_get_n_links (list), ==, 1);
  link = syl_reference_list_get_link (list, 0);
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==, "https://aws.amazon.com/codebuild/faqs/");

  /* Opened, then given another address: that one is refused, and GTK's
   * own handler does not open it either. */
  g_signal_emit_by_name (link, "clicked");
  g_assert_cmpuint (fixture->opened->len, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gtk_link_button_set_uri (GTK_LINK_BUTTON (link), bad[i]);
      g_test_expect_message ("syl-reference-list", G_LOG_LEVEL_WARNING, "Not opening the link*");
      g_signal_emit_by_name (link, "clicked");
      g_test_assert_expected_messages ();
      g_assert_cmpuint (fixture->opened->len, ==, 1);
    }
}

/* A long title wraps inside a 360 px window rather than widen it. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(SylQuestion) question = make_question ("q9");
  GtkWidget *box = syl_explanation_box_new ();
  SylReferenceList *list = SYL_REFERENCE_LIST (syl_explanation_box_get_references (SYL_EXPLANATION_BOX (box)));
  GtkWidget *link;
  GtkWidget *label;
  int min_width = 0;

  syl_question_add_reference (question,
                              "Replicating automated backups to another AWS Region for Amazon RDS "
                              "Multi-AZ DB instance deployments and Multi-AZ DB cluster deployments",
                              "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReplicateBackups.html");
  syl_question_add_reference (question,
                              "AWSCodePipelineCrossAccountCrossRegionActionsWithCustomerManagedKeys",
                              "https://docs.aws.amazon.com/codepipeline/latest/userguide/pipelines-create-cross-account.html");
  syl_explanation_box_set_question (SYL_EXPLANATION_BOX (box), question);

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  fixture->window = syl_test_show_in_window (box, NULL, 360, 640);
  syl_test_iterate ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), ==, 360);

  for (guint i = 0; i < 2; i++)
    {
      link = syl_reference_list_get_link (list, i);
      label = gtk_button_get_child (GTK_BUTTON (link));
      g_assert_cmpint (gtk_widget_get_width (link), <=, 360);
      g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (label))), >, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  /* The test AT context, so that the accessible properties are kept and
   * can be checked (the other ui tests run with GTK_A11Y=none). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  path = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "packs", "aws-dop-c02", NULL);
  shared_pack = syl_pack_load (path, &error);
  g_assert_no_error (error);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/syl/reference-list/after-check", test_after_check);
  ADD ("/syl/reference-list/results-review", test_results_review);
  ADD ("/syl/reference-list/none", test_none);
  ADD ("/syl/reference-list/refused", test_refused);
  ADD ("/syl/reference-list/narrow", test_narrow);
#undef ADD

  status = g_test_run ();
  g_clear_object (&shared_pack);

  return status;
}
