/* test-results-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "syl-answer-review-row.h"
#include "syl-clock.h"
#include "syl-confidence-view.h"
#include "syl-domain.h"
#include "syl-explanation-box.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-pacing-view.h"
#include "syl-results-page.h"
#include "syl-session.h"
#include "syl-sight-figures.h"
#include "syl-store.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)   /* 2026-01-05 10:00 UTC */
#define SEED 11

static SylPack *shared_pack;

/* What the fixture's finished session was. */
typedef enum
{
  KIND_EXAM,
  KIND_DRILL,
  KIND_DIAGNOSTIC,
  KIND_OLD_DRILL,
} Kind;

typedef struct
{
  char           *dir;
  SylStore       *store;
  SylClock       *clock;
  SylSession     *session;
  GtkWindow      *window;
  SylResultsPage *page;
  GPtrArray      *activations;   /* "action-name target" */
} Fixture;

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page), SYL_TYPE_RESULTS_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

static const char *
label_text (Fixture    *fixture,
            const char *name)
{
  return gtk_label_get_text (child (fixture, name));
}

static void
on_action_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  Fixture *fixture = user_data;
  g_autofree char *target = parameter != NULL ? g_variant_print (parameter, FALSE) : g_strdup ("");

  g_ptr_array_add (fixture->activations,
                   g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)), target));
}

/* The window's actions, recorded. */
static void
add_window_actions (Fixture *fixture)
{
  GSimpleActionGroup *group = g_simple_action_group_new ();
  const struct { const char *name; const char *type; } actions[] = {
    { "close-results", NULL },
    { "start-exam", NULL },
    { "start-drill", "(ssu)" },
    { "start-diagnostic", NULL },
    { "show-place", "s" },
    { "show-task", "s" },
    { "show-service", "s" },
    { "start-questions", "as" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autoptr(GSimpleAction) action =
        g_simple_action_new (actions[i].name,
                             actions[i].type != NULL ? G_VARIANT_TYPE (actions[i].type) : NULL);

      g_signal_connect (action, "activate", G_CALLBACK (on_action_cb), fixture);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }

  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));
  g_object_unref (group);
}

static void
click (gpointer button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  syl_test_iterate ();
}

/* Answers question i right when @right says so, wrong otherwise. */
static void
answer (Fixture  *fixture,
        guint     i,
        gboolean  right)
{
  SylQuestion *question = syl_session_get_question (fixture->session, i);
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;

  for (guint o = 0; o < syl_question_get_n_options (question); o++)
    if (syl_question_get_option_correct (question, o) == right)
      {
        g_array_append_val (chosen, o);
        if (!right)
          break;
      }

  g_assert_true (syl_session_answer (fixture->session, i, (guint *) (gpointer) chosen->data, chosen->len,
                                     FALSE, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  Kind kind = GPOINTER_TO_INT (user_data);
  gboolean exam = kind == KIND_EXAM;
  SylSessionSettings old_drill = { 0 };
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(SylQuizPlan) plan = NULL;
  guint n;

  fixture->activations = g_ptr_array_new_with_free_func (g_free);
  fixture->dir = g_dir_make_tmp ("syllabus-results-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "progress.db", NULL);
  fixture->store = syl_store_open (path, &error);
  g_assert_no_error (error);
  fixture->clock = syl_clock_new_manual (T0);

  builder = syl_quiz_builder_new (shared_pack, fixture->store, SEED);
  plan = exam ? syl_quiz_builder_build_exam (builder, &error)
       : kind == KIND_DIAGNOSTIC ? syl_quiz_builder_build_diagnostic (builder, 20, &error)
       : syl_quiz_builder_build_drill_domain (builder, "d4", 6, &error);
  g_assert_no_error (error);
  /* A drill saved by an older version has settings without the drill. */
  fixture->session = syl_session_new (shared_pack, fixture->store, fixture->clock, plan,
                                      kind == KIND_OLD_DRILL ? &old_drill : NULL, SEED, &error);
  g_assert_no_error (error);

  /* A learner who gets every third question wrong, leaves the last five
   * unanswered and flags two, in 2 h 31 min. */
  syl_session_start (fixture->session);
  n = syl_session_get_n_questions (fixture->session);
  for (guint i = 0; i + (exam ? 5 : 0) < n; i++)
    answer (fixture, i, i % 3 != 0);
  g_assert_true (syl_session_set_flagged (fixture->session, 1, TRUE, &error));
  g_assert_true (syl_session_set_flagged (fixture->session, 3, TRUE, &error));
  g_assert_no_error (error);
  syl_clock_advance (fixture->clock, (gint64) (exam ? 151 : 7) * 60 * G_USEC_PER_SEC);
  g_assert_nonnull (syl_session_finish (fixture->session, &error));
  g_assert_no_error (error);

  fixture->page = g_object_new (SYL_TYPE_RESULTS_PAGE,
                                "pack", shared_pack,
                                "store", fixture->store,
                                NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  add_window_actions (fixture);

  syl_results_page_set_session (fixture->page, fixture->session);
  gtk_window_present (fixture->window);
  while (!syl_test_widget_is_mapped (fixture->page))
    g_main_context_iteration (NULL, TRUE);
  syl_test_iterate ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  syl_test_iterate ();

  g_clear_object (&fixture->session);
  g_clear_object (&fixture->clock);
  syl_store_close (fixture->store);
  g_clear_object (&fixture->store);
  syl_test_remove_dir_files (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->activations, g_ptr_array_unref);
}

static GPtrArray *
domain_rows (Fixture *fixture)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *group = child (fixture, "domains_group");
  GPtrArray *stack = g_ptr_array_new ();

  /* Walk the group for its action rows, in order. */
  g_ptr_array_add (stack, group);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);
      g_autoptr(GPtrArray) children = g_ptr_array_new ();

      if (ADW_IS_ACTION_ROW (widget))
        {
          g_ptr_array_add (rows, widget);
          continue;
        }
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (children, c);
      for (guint i = children->len; i > 0; i--)
        g_ptr_array_add (stack, g_ptr_array_index (children, i - 1));
    }
  g_ptr_array_unref (stack);

  return rows;
}

static guint
n_review_rows_shown (Fixture *fixture)
{
  GtkListBox *list = child (fixture, "review_list");
  GtkListBoxRow *row;
  guint n = 0;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    n += gtk_widget_get_child_visible (GTK_WIDGET (row)) ? 1 : 0;

  return n;
}

static SylAnswerReviewRow *
review_row (Fixture *fixture,
            guint    i)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (child (fixture, "review_list"), i);

  g_assert_true (SYL_IS_ANSWER_REVIEW_ROW (row));
  return SYL_ANSWER_REVIEW_ROW (row);
}

static void
test_exam_score (Fixture       *fixture,
                 gconstpointer  user_data)
{
  const SylScoreReport *report = syl_session_get_report (fixture->session);
  g_autofree char *score = g_strdup_printf ("%u / 1000", report->scaled);
  g_autofree char *right = g_strdup_printf ("%u of 65 scored questions right · 2 h 31 min used", report->n_correct);

  g_assert_cmpuint (report->n_scored, ==, 65);
  g_assert_false (report->passed);

  g_assert_cmpstr (label_text (fixture, "score_label"), ==, score);
  g_assert_true (gtk_widget_has_css_class (child (fixture, "score_label"), "title-1"));
  g_assert_true (gtk_widget_has_css_class (child (fixture, "score_label"), "numeric"));
  g_assert_cmpstr (label_text (fixture, "verdict_label"), ==, "Did not pass — 750 needed (estimate)");
  g_assert_true (gtk_widget_has_css_class (child (fixture, "verdict_label"), "error"));
  g_assert_cmpstr (label_text (fixture, "right_label"), ==, right);

  /* The figure is said to be an estimate, with its formula. */
  g_assert_true (gtk_widget_get_visible (child (fixture, "estimate_label")));
  g_assert_nonnull (strstr (label_text (fixture, "estimate_label"), "estimate: 100 + 900 ×"));
}

static void
test_exam_domains (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const SylScoreReport *report = syl_session_get_report (fixture->session);
  g_autoptr(GPtrArray) rows = domain_rows (fixture);
  double last = -1;

  g_assert_cmpuint (rows->len, ==, 6);

  /* Weakest first; each row says right/total and whether it meets
   * competencies. */
  for (guint r = 0; r < rows->len; r++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, r);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      const SylDomainScore *score = NULL;

      for (guint d = 0; d < report->domains->len; d++)
        if (g_str_equal (syl_domain_get_title (g_array_index (report->domains, SylDomainScore, d).domain), title))
          score = &g_array_index (report->domains, SylDomainScore, d);

      g_assert_nonnull (score);
      g_assert_cmpfloat (score->fraction, >=, last);
      last = score->fraction;
      g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                       score->meets ? "Meets competencies" : "Needs improvement");
    }

  /* The first row has its "11/14" and a level bar. */
  {
    AdwActionRow *row = g_ptr_array_index (rows, 0);
    GtkWidget *level = NULL;
    GtkWidget *right = NULL;
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, row);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_LEVEL_BAR (w))
          level = w;
        else if (GTK_IS_LABEL (w) && strchr (gtk_label_get_text (GTK_LABEL (w)), '/') != NULL)
          right = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);

    g_assert_nonnull (level);
    g_assert_nonnull (right);
    g_assert_true (gtk_widget_has_css_class (right, "numeric"));
  }
}

static void
test_exam_review_filter (Fixture       *fixture,
                         gconstpointer  user_data)
{
  guint n_wrong = 0;
  SylAnswerReviewRow *row;

  for (guint i = 0; i < 75; i++)
    n_wrong += syl_session_is_correct (fixture->session, i) ? 0 : 1;

  g_assert_cmpuint (n_review_rows_shown (fixture), ==, 75);

  click (child (fixture, "wrong_button"));
  g_assert_cmpint (syl_results_page_get_filter (fixture->page), ==, SYL_RESULTS_FILTER_WRONG);
  g_assert_cmpuint (n_review_rows_shown (fixture), ==, n_wrong);
  /* 25 wrong of the first 70, and the last 5 unanswered */
  g_assert_cmpuint (n_wrong, ==, 24 + 5);

  click (child (fixture, "flagged_button"));
  g_assert_cmpuint (n_review_rows_shown (fixture), ==, 2);

  /* The unscored questions are revealed after the end. */
  g_assert_true (gtk_widget_get_visible (child (fixture, "unscored_button")));
  click (child (fixture, "unscored_button"));
  g_assert_cmpuint (n_review_rows_shown (fixture), ==, 10);

  click (child (fixture, "all_button"));
  g_assert_cmpuint (n_review_rows_shown (fixture), ==, 75);

  /* A row tells how it went; expanded, it explains and links. */
  row = review_row (fixture, 0);
  g_assert_false (syl_answer_review_row_is_correct (row));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "1. "));
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "Wrong · Task "));
  g_assert_null (syl_answer_review_row_get_details (row));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  syl_test_iterate ();
  g_assert_nonnull (syl_answer_review_row_get_details (row));

  {
    GtkWidget *w = syl_answer_review_row_get_details (row);
    SylExplanationBox *explanation = NULL;
    SylQuestion *question = syl_session_get_question (fixture->session, 0);

    for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
      if (SYL_IS_EXPLANATION_BOX (c))
        explanation = SYL_EXPLANATION_BOX (c);

    g_assert_nonnull (explanation);
    g_assert_cmpstr (syl_explanation_box_get_text (explanation), ==, syl_question_get_explanation (question));
    click (syl_explanation_box_get_task_button (explanation));
    g_assert_cmpuint (fixture->activations->len, ==, 1);
    g_assert_true (g_str_has_prefix (g_ptr_array_index (fixture->activations, 0), "show-task '"));
  }

  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (review_row (fixture, 1))),
                                   "Right · Task "));
  /* " · Unscored" may follow, depending on which questions the draw left
   * unscored. */
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (review_row (fixture, 1))),
                            " · Flagged"));
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (review_row (fixture, 74))),
                                   "Unanswered"));
}

static void
test_exam_buttons (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const SylScoreReport *report = syl_session_get_report (fixture->session);
  const SylDomainScore *weakest = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *label = NULL;

  for (guint d = 0; d < report->domains->len; d++)
    {
      const SylDomainScore *score = &g_array_index (report->domains, SylDomainScore, d);

      if (score->n_scored > 0 && (weakest == NULL || score->fraction < weakest->fraction))
        weakest = score;
    }

  label = g_strdup_printf ("Drill %s", syl_domain_get_title (weakest->domain));
  g_assert_cmpstr (label_text (fixture, "drill_label"), ==, label);
  click (child (fixture, "drill_button"));
  expected = g_strdup_printf ("start-drill ('domain', '%s', 10)", syl_domain_get_id (weakest->domain));
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==, expected);

  click (child (fixture, "retake_button"));
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 1), ==, "start-exam ");

  click (child (fixture, "done_button"));
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 2), ==, "close-results ");
}

static void
test_drill_results (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) rows = domain_rows (fixture);
  g_autofree char *target = NULL;

  /* 6 questions, every third wrong: 4 right; no scaled score, no pass. */
  g_assert_cmpstr (label_text (fixture, "score_label"), ==, "4 / 6");
  g_assert_cmpstr (label_text (fixture, "verdict_label"), ==, "67 % right");
  g_assert_false (gtk_widget_has_css_class (child (fixture, "verdict_label"), "error"));
  g_assert_cmpstr (label_text (fixture, "right_label"), ==, "4 of 6 questions right · 7 min used");
  g_assert_false (gtk_widget_get_visible (child (fixture, "estimate_label")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "unscored_button")));

  /* One domain drilled, one row. */
  g_assert_cmpuint (rows->len, ==, 1);

  click (child (fixture, "wrong_button"));
  g_assert_cmpuint (n_review_rows_shown (fixture), ==, 2);

  /* Drilling the weakest domain would be this drill again: Retake leads. */
  g_assert_false (gtk_widget_get_visible (child (fixture, "drill_button")));
  g_assert_true (gtk_widget_has_css_class (child (fixture, "retake_button"), "suggested-action"));

  /* Retake: the same drill, as many questions. */
  g_assert_cmpstr (gtk_button_get_label (child (fixture, "retake_button")), ==, "Re_take");
  g_assert_cmpstr (gtk_actionable_get_action_name (child (fixture, "retake_button")), ==, "win.start-drill");
  target = g_variant_print (gtk_actionable_get_action_target_value (child (fixture, "retake_button")), TRUE);
  g_assert_cmpstr (target, ==, "('domain', 'd4', uint32 6)");
  click (child (fixture, "retake_button"));
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==, "start-drill ('domain', 'd4', 6)");
}

static void
test_old_drill_results (Fixture       *fixture,
                        gconstpointer  user_data)
{
  /* A drill that does not say what it drilled leads back to Practice. */
  g_assert_false (syl_session_get_drill (fixture->session, NULL, NULL));
  g_assert_true (gtk_widget_get_visible (child (fixture, "drill_button")));
  g_assert_false (gtk_widget_has_css_class (child (fixture, "retake_button"), "suggested-action"));
  g_assert_cmpstr (gtk_button_get_label (child (fixture, "retake_button")), ==, "Back to _Practice");
  click (child (fixture, "retake_button"));
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==, "show-place 'practice'");
}

static void
test_diagnostic_results (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_assert_cmpstr (gtk_button_get_label (child (fixture, "retake_button")), ==, "Re_take");
  g_assert_null (gtk_actionable_get_action_target_value (child (fixture, "retake_button")));
  click (child (fixture, "retake_button"));
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==, "start-diagnostic ");
}

/* Under the score, first sight against repeats; then Pacing and
 * Confidence, whose drill starts the wrong-but-sure questions. */
static void
test_exam_practice_figures (Fixture       *fixture,
                            gconstpointer  data)
{
  SylSightFigures *figures = child (fixture, "sight_figures");
  SylPacingView *pacing = child (fixture, "pacing_view");
  SylConfidenceView *confidence = child (fixture, "confidence_view");
  GtkWidget *repeat_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (figures), SYL_TYPE_SIGHT_FIGURES, "repeat_box"));
  GtkLabel *first_caption = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (figures), SYL_TYPE_SIGHT_FIGURES,
                                                                      "first_caption"));
  GtkLabel *sure_wrong = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (confidence), SYL_TYPE_CONFIDENCE_VIEW,
                                                                   "sure_wrong_label"));
  GtkWidget *drill = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (confidence), SYL_TYPE_CONFIDENCE_VIEW,
                                                                "drill_button"));
  const SylScoreReport *report = syl_session_get_report (fixture->session);
  g_autofree char *caption = NULL;
  guint wrong = 0;
  GtkListBoxRow *row;

  /* A first exam on a fresh store: every question is new. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (figures)));
  g_assert_false (gtk_widget_get_visible (repeat_box));
  caption = g_strdup_printf ("First sight · %u of %u", report->n_correct, report->n_scored);
  g_assert_cmpstr (gtk_label_get_text (first_caption), ==, caption);
  g_assert_nonnull (strstr (syl_sight_figures_get_note (figures), "Every question was new"));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pacing)));

  for (guint i = 0; i < syl_session_get_n_questions (fixture->session); i++)
    wrong += syl_session_is_answered (fixture->session, i) && !syl_session_is_correct (fixture->session, i);
  {
    g_autofree char *count = g_strdup_printf ("%u", wrong);

    g_assert_cmpstr (gtk_label_get_text (sure_wrong), ==, count);
  }
  g_assert_true (gtk_widget_get_visible (drill));
  click (drill);
  g_assert_cmpuint (fixture->activations->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (fixture->activations, 0), "start-questions ['"));

  /* A slow question opens its answer in the review. */
  g_signal_emit_by_name (pacing, "question-activated", 1u);
  syl_test_iterate ();
  row = gtk_list_box_get_row_at_index (child (fixture, "review_list"), 1);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  path = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "packs", "aws-dop-c02", NULL);
  shared_pack = syl_pack_load (path, &error);
  g_assert_no_error (error);

#define ADD(kind, path, fn) \
  g_test_add (path, Fixture, GINT_TO_POINTER (kind), fixture_setup, fn, fixture_teardown)
  ADD (KIND_EXAM, "/syl/results-page/exam/score", test_exam_score);
  ADD (KIND_EXAM, "/syl/results-page/exam/domains", test_exam_domains);
  ADD (KIND_EXAM, "/syl/results-page/exam/review-filter", test_exam_review_filter);
  ADD (KIND_EXAM, "/syl/results-page/exam/buttons", test_exam_buttons);
  ADD (KIND_EXAM, "/syl/results-page/exam/practice-figures", test_exam_practice_figures);
  ADD (KIND_DRILL, "/syl/results-page/drill", test_drill_results);
  ADD (KIND_OLD_DRILL, "/syl/results-page/old-drill", test_old_drill_results);
  ADD (KIND_DIAGNOSTIC, "/syl/results-page/diagnostic", test_diagnostic_results);
#undef ADD

  status = g_test_run ();
  g_clear_object (&shared_pack);

  return status;
}
