/* test-syllabus-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "syl-domain.h"
#include "syl-mastery-indicator.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-syllabus-page.h"
#include "syl-task-row.h"
#include "syl-task.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

static SylPack *pack;

typedef struct
{
  char            *dir;
  SylStore        *store;
  GtkWindow       *window;
  SylSyllabusPage *page;
  GVariant        *drill;   /* the last win.start-drill parameter */
} Fixture;

static SylTaskRow *
find_task_row (Fixture    *fixture,
               const char *task_id)
{
  g_autoptr(GPtrArray) rows = syl_test_find_all (fixture->page, SYL_TYPE_TASK_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (syl_task_get_id (syl_task_row_get_task (g_ptr_array_index (rows, i))), task_id))
      return g_ptr_array_index (rows, i);

  return NULL;
}

static void
start_drill_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_clear_pointer (&fixture->drill, g_variant_unref);
  fixture->drill = g_variant_ref (parameter);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) drill = g_simple_action_new ("start-drill", G_VARIANT_TYPE ("(ssu)"));

  fixture->dir = g_dir_make_tmp ("syllabus-syllabus-page-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "progress.db", NULL);
  fixture->store = syl_store_open (path, &error);
  g_assert_no_error (error);

  fixture->page = g_object_new (SYL_TYPE_SYLLABUS_PAGE,
                                "pack", pack,
                                "store", fixture->store,
                                NULL);

  /* The window's action, as the page's buttons see it. */
  g_signal_connect (drill, "activate", G_CALLBACK (start_drill_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (drill));

  fixture->window = syl_test_show_in_window (GTK_WIDGET (fixture->page), G_ACTION_GROUP (group), 800, 600);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "progress.db", NULL);

  gtk_window_destroy (fixture->window);
  g_clear_pointer (&fixture->drill, g_variant_unref);
  syl_store_close (fixture->store);
  g_clear_object (&fixture->store);

  syl_test_remove_dir_files (fixture->dir);
  g_free (fixture->dir);
}

static void
test_domains_and_tasks (Fixture       *fixture,
                        gconstpointer  user_data)
{
  GListModel *domains = syl_pack_get_domains (pack);
  g_autoptr(GPtrArray) rows = syl_test_find_all (fixture->page, SYL_TYPE_TASK_ROW);
  guint position = 0;

  /* Six domains, each with its number, title and weight … */
  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, 6);
  for (guint d = 0; d < 6; d++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, d);
      g_autofree char *number = g_strdup_printf ("Domain %u", d + 1);
      g_autofree char *weight = g_strdup_printf ("%u %%", syl_domain_get_weight (domain));
      GListModel *tasks = syl_domain_get_tasks (domain);

      g_assert_nonnull (syl_test_find_label (fixture->page, number));
      g_assert_nonnull (syl_test_find_label (fixture->page, syl_domain_get_title (domain)));
      g_assert_nonnull (syl_test_find_label (fixture->page, weight));

      /* … and its task statements in the guide's order. */
      for (guint t = 0; t < g_list_model_get_n_items (tasks); t++, position++)
        {
          g_autoptr(SylTask) task = g_list_model_get_item (tasks, t);
          SylTaskRow *row;

          g_assert_cmpuint (position, <, rows->len);
          row = g_ptr_array_index (rows, position);
          g_assert_true (syl_task_row_get_task (row) == task);
        }
    }

  g_assert_cmpuint (rows->len, ==, 19);
  g_assert_cmpuint (position, ==, 19);
}

static void
test_task_row_content (Fixture       *fixture,
                       gconstpointer  user_data)
{
  SylTask *task = syl_pack_lookup_task (pack, "1.1");
  SylTaskRow *row = find_task_row (fixture, "1.1");
  GtkLabel *knowledge;
  GtkLabel *skill;
  g_autofree char *title = NULL;

  g_assert_nonnull (row);
  title = g_strdup_printf ("1.1 %s", syl_task_get_title (task));
  g_assert_nonnull (syl_test_find_label (row, title));
  g_assert_nonnull (syl_test_find_label (row, "Knowledge of"));
  g_assert_nonnull (syl_test_find_label (row, "Skills in"));

  /* The lines read as the guide writes them, and show when expanded. */
  knowledge = syl_test_find_label (row, syl_task_get_knowledge (task)[0]);
  skill = syl_test_find_label (row, syl_task_get_skills (task)[0]);
  g_assert_nonnull (knowledge);
  g_assert_nonnull (skill);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (knowledge)));

  syl_task_row_set_expanded (row, TRUE);
  syl_test_iterate_until (syl_test_widget_is_mapped, knowledge);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (knowledge)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (skill)));
}

static void
test_practice_this (Fixture       *fixture,
                    gconstpointer  user_data)
{
  SylTaskRow *row = find_task_row (fixture, "3.2");
  g_autoptr(GPtrArray) buttons = NULL;
  GtkButton *practice = NULL;
  const char *kind, *id;
  guint count;

  g_assert_nonnull (row);
  buttons = syl_test_find_all (row, GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "Practise This") == 0)
      practice = g_ptr_array_index (buttons, i);
  g_assert_nonnull (practice);
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (practice)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (practice)), ==, "win.start-drill");

  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (practice)));
  g_signal_emit_by_name (practice, "clicked");
  g_assert_nonnull (fixture->drill);
  g_variant_get (fixture->drill, "(&s&su)", &kind, &id, &count);
  g_assert_cmpstr (kind, ==, "task");
  g_assert_cmpstr (id, ==, "3.2");
  g_assert_cmpuint (count, ==, 10);
}

static gboolean
row_at_top (gpointer data)
{
  Fixture *fixture = data;
  SylTaskRow *row = find_task_row (fixture, "6.2");
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t point;

  if (!gtk_widget_compute_point (GTK_WIDGET (row), scrolled, &GRAPHENE_POINT_INIT (0, 0), &point))
    return FALSE;

  return point.y >= 0 && point.y < 50;
}

static void
test_show_task (Fixture       *fixture,
                gconstpointer  user_data)
{
  SylTaskRow *row = find_task_row (fixture, "6.2");
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_false (syl_task_row_get_expanded (row));

  g_assert_true (syl_syllabus_page_show_task (fixture->page, "6.2"));
  g_assert_true (syl_task_row_get_expanded (row));
  g_assert_false (syl_task_row_get_expanded (find_task_row (fixture, "6.1")));
  g_assert_false (syl_task_row_get_expanded (find_task_row (fixture, "1.1")));

  /* The row ends up at the top of the view, near the end of the guide. */
  syl_test_iterate_until (row_at_top, fixture);
  syl_test_iterate_for (800 * G_TIME_SPAN_MILLISECOND, FALSE);
  g_assert_true (row_at_top (fixture));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  g_assert_false (syl_syllabus_page_show_task (fixture->page, "9.9"));
}

static void
test_exam_facts_and_concepts (Fixture       *fixture,
                              gconstpointer  user_data)
{
  const char * const *concepts = syl_pack_get_concepts (pack);

  g_assert_nonnull (syl_test_find_label (fixture->page, "DOP-C02"));
  g_assert_nonnull (syl_test_find_label (fixture->page, "75"));
  g_assert_nonnull (syl_test_find_label (fixture->page, "180"));
  g_assert_nonnull (syl_test_find_label (fixture->page, "750"));
  g_assert_nonnull (syl_test_find_label (fixture->page, "Technologies and Concepts"));

  g_assert_nonnull (concepts[0]);
  for (guint i = 0; concepts[i] != NULL; i++)
    g_assert_nonnull (syl_test_find_label (fixture->page, concepts[i]));
}


static void
test_mastery (Fixture       *fixture,
              gconstpointer  user_data)
{
  SylTask *task = syl_pack_lookup_task (pack, "2.1");
  g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_task (pack, task);
  SylTaskRow *row = find_task_row (fixture, "2.1");
  g_autoptr(GPtrArray) indicators = syl_test_find_all (row, SYL_TYPE_MASTERY_INDICATOR);
  SylMasteryIndicator *indicator;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpuint (indicators->len, ==, 1);
  indicator = g_ptr_array_index (indicators, 0);

  /* Nothing answered: no figure, and the row says so. */
  before = g_strdup_printf ("%u questions · not practised yet", questions->len);
  g_assert_nonnull (syl_test_find_label (row, before));
  g_assert_cmpfloat (syl_mastery_indicator_get_value (indicator), <, 0);
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (indicator)));

  /* Answers reach the page when it is shown again. */
  syl_test_record_answer (fixture->store, pack, g_ptr_array_index (questions, 0), TRUE);
  syl_test_record_answer (fixture->store, pack, g_ptr_array_index (questions, 1), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (fixture->page), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (fixture->page), TRUE);
  syl_test_iterate_until (syl_test_widget_is_mapped, fixture->page);

  after = g_strdup_printf ("%u questions · 2 answers so far", questions->len);
  g_assert_nonnull (syl_test_find_label (row, after));
  g_assert_cmpfloat (syl_mastery_indicator_get_value (indicator), >, 0);
  g_assert_cmpfloat (syl_mastery_indicator_get_value (indicator), <=, 1);
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (GTK_WIDGET (indicator)), "Mastery "));

  /* Other task statements are still untouched. */
  g_assert_cmpfloat (syl_mastery_indicator_get_value (
                       g_ptr_array_index (syl_test_find_all (find_task_row (fixture, "1.1"), SYL_TYPE_MASTERY_INDICATOR), 0)),
                     <, 0);
}

static void
test_no_pack (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GPtrArray) status_pages = NULL;

  syl_page_set_pack (SYL_PAGE (fixture->page), NULL);
  g_assert_null (find_task_row (fixture, "1.1"));
  status_pages = syl_test_find_all (fixture->page, ADW_TYPE_STATUS_PAGE);
  g_assert_cmpuint (status_pages->len, ==, 1);
  syl_test_iterate_until (syl_test_widget_is_mapped, g_ptr_array_index (status_pages, 0));
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (status_pages, 0)));
  g_assert_cmpstr (adw_status_page_get_title (g_ptr_array_index (status_pages, 0)), ==, "No Exam Guide");
  g_assert_false (syl_syllabus_page_show_task (fixture->page, "1.1"));

  /* And back. */
  syl_page_set_pack (SYL_PAGE (fixture->page), pack);
  g_assert_nonnull (find_task_row (fixture, "1.1"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  path = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "packs", "aws-dop-c02", NULL);
  pack = syl_pack_load (path, &error);
  g_assert_no_error (error);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/syl/syllabus-page/domains-and-tasks", test_domains_and_tasks);
  ADD ("/syl/syllabus-page/task-row-content", test_task_row_content);
  ADD ("/syl/syllabus-page/practice-this", test_practice_this);
  ADD ("/syl/syllabus-page/show-task", test_show_task);
  ADD ("/syl/syllabus-page/exam-facts-and-concepts", test_exam_facts_and_concepts);
  ADD ("/syl/syllabus-page/mastery", test_mastery);
  ADD ("/syl/syllabus-page/no-pack", test_no_pack);
#undef ADD

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}
