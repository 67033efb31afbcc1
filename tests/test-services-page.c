/* test-services-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "syl-category.h"
#include "syl-links.h"
#include "syl-mastery-indicator.h"
#include "syl-pack-loader.h"
#include "syl-question.h"
#include "syl-service-row.h"
#include "syl-service.h"
#include "syl-services-page.h"
#include "syl-task.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

static SylPack *pack;

typedef struct
{
  char            *dir;
  SylStore        *store;
  GtkWindow       *window;
  SylServicesPage *page;
  GVariant        *drill;      /* the last win.start-drill parameter */
  GVariant        *show_task;  /* the last win.show-task parameter */
} Fixture;

static GtkListBox *
service_list (Fixture *fixture)
{
  g_autoptr(GPtrArray) lists = syl_test_find_all (fixture->page, GTK_TYPE_LIST_BOX);

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
      return g_ptr_array_index (lists, i);

  g_assert_not_reached ();
}

/* The services listed, in order. */
static GPtrArray *
listed_services (Fixture *fixture)
{
  GtkListBox *list = service_list (fixture);
  GPtrArray *services = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_ptr_array_add (services, syl_service_row_get_service (SYL_SERVICE_ROW (row)));

  return services;
}

static SylServiceRow *
find_service_row (Fixture    *fixture,
                  const char *service_id)
{
  GtkListBox *list = service_list (fixture);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_str_equal (syl_service_get_id (syl_service_row_get_service (SYL_SERVICE_ROW (row))), service_id))
      return SYL_SERVICE_ROW (row);

  return NULL;
}

static gboolean
is_listed (Fixture    *fixture,
           const char *service_id)
{
  return find_service_row (fixture, service_id) != NULL;
}

static void
record_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  GVariant **slot = user_data;

  g_clear_pointer (slot, g_variant_unref);
  *slot = g_variant_ref (parameter);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) drill = g_simple_action_new ("start-drill", G_VARIANT_TYPE ("(ssu)"));
  g_autoptr(GSimpleAction) show_task = g_simple_action_new ("show-task", G_VARIANT_TYPE_STRING);
  int width = GPOINTER_TO_INT (user_data);

  fixture->dir = g_dir_make_tmp ("syllabus-services-page-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "progress.db", NULL);
  fixture->store = syl_store_open (path, &error);
  g_assert_no_error (error);

  fixture->page = g_object_new (SYL_TYPE_SERVICES_PAGE,
                                "pack", pack,
                                "store", fixture->store,
                                NULL);

  /* The window's actions, as the page's buttons and rows see them. */
  g_signal_connect (drill, "activate", G_CALLBACK (record_cb), &fixture->drill);
  g_signal_connect (show_task, "activate", G_CALLBACK (record_cb), &fixture->show_task);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (drill));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (show_task));

  fixture->window = syl_test_show_in_window (GTK_WIDGET (fixture->page), G_ACTION_GROUP (group),
                                             width > 0 ? width : 1000, 700);
  syl_test_iterate_for (100 * G_TIME_SPAN_MILLISECOND, FALSE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  g_clear_pointer (&fixture->drill, g_variant_unref);
  g_clear_pointer (&fixture->show_task, g_variant_unref);
  syl_store_close (fixture->store);
  g_clear_object (&fixture->store);

  syl_test_remove_dir_files (fixture->dir);
  g_free (fixture->dir);
}

typedef struct
{
  Fixture *fixture;
  guint    n_rows;
} RowCount;

static gboolean
row_count_is (gpointer data)
{
  RowCount *count = data;
  g_autoptr(GPtrArray) services = listed_services (count->fixture);

  return services->len == count->n_rows;
}

static gboolean
row_count_changed (gpointer data)
{
  return !row_count_is (data);
}

/* Types @text as the learner would, and waits for the list to follow. */
static void
search (Fixture    *fixture,
        const char *text)
{
  GtkSearchEntry *entry = GTK_SEARCH_ENTRY (syl_test_find_descendant (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY));
  g_autoptr(GPtrArray) before = listed_services (fixture);
  RowCount count = { fixture, before->len };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The entry waits a moment after the last key before it searches. */
  syl_test_iterate_until (row_count_changed, &count);
  syl_test_iterate_for (300 * G_TIME_SPAN_MILLISECOND, FALSE);
}

static void
test_every_service_listed (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GListModel *categories = syl_pack_get_categories (pack);
  g_autoptr(GPtrArray) listed = listed_services (fixture);
  guint n_services = 0;

  for (guint c = 0; c < g_list_model_get_n_items (categories); c++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, c);
      GListModel *services = syl_category_get_services (category);

      for (guint s = 0; s < g_list_model_get_n_items (services); s++, n_services++)
        {
          g_autoptr(SylService) service = g_list_model_get_item (services, s);
          SylServiceRow *row = find_service_row (fixture, syl_service_get_id (service));

          /* In the guide's order, with name and summary. */
          g_assert_nonnull (row);
          g_assert_true (g_ptr_array_index (listed, n_services) == service);
          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                           syl_service_get_name (service));
          g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                           syl_service_get_summary (service));
          g_assert_cmpint (adw_action_row_get_subtitle_lines (ADW_ACTION_ROW (row)), ==, 1);
          g_assert_nonnull (syl_test_find_descendant (GTK_WIDGET (row), SYL_TYPE_MASTERY_INDICATOR));
        }
    }

  g_assert_cmpuint (n_services, >, 100);
  g_assert_cmpuint (listed->len, ==, n_services);

  /* Grouped by category: each category's title heads its first row. */
  g_assert_nonnull (gtk_list_box_row_get_header (gtk_list_box_get_row_at_index (service_list (fixture), 0)));
  g_assert_null (gtk_list_box_row_get_header (gtk_list_box_get_row_at_index (service_list (fixture), 1)));
}

static void
test_search_ecs (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) listed = NULL;

  search (fixture, "ecs");
  g_assert_true (is_listed (fixture, "ecs"));
  g_assert_false (is_listed (fixture, "s3"));

  /* Found by name first, before the services whose summaries mention it. */
  listed = listed_services (fixture);
  g_assert_cmpstr (syl_service_get_id (g_ptr_array_index (listed, 0)), ==, "ecs");
  g_assert_nonnull (syl_test_find_label (fixture->page, "Mentioned in Summaries"));

  /* Clearing the search brings everything back. */
  search (fixture, "");
  g_assert_true (is_listed (fixture, "s3"));
}

static void
test_search_case_and_accents (Fixture       *fixture,
                              gconstpointer  user_data)
{
  const char *queries[] = { "ECS", "Ecs", "ÉCS", "écs", "Elastic Container" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_test_message ("query “%s”", queries[i]);
      search (fixture, queries[i]);
      g_assert_true (is_listed (fixture, "ecs"));
      g_assert_false (is_listed (fixture, "s3"));
      search (fixture, "");
    }

  /* Abbreviations are aliases. */
  search (fixture, "SSM");
  g_assert_true (is_listed (fixture, "systems-manager"));
}

static void
test_search_empty_state (Fixture       *fixture,
                         gconstpointer  user_data)
{
  AdwStatusPage *empty = NULL;
  g_autoptr(GPtrArray) status_pages = NULL;

  search (fixture, "xyzzy");
  g_assert_null (gtk_list_box_get_row_at_index (service_list (fixture), 0));

  status_pages = syl_test_find_all (fixture->page, ADW_TYPE_STATUS_PAGE);
  for (guint i = 0; i < status_pages->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (status_pages, i)) &&
        g_strcmp0 (adw_status_page_get_title (g_ptr_array_index (status_pages, i)), "No Matching Services") == 0)
      empty = g_ptr_array_index (status_pages, i);
  g_assert_nonnull (empty);
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "No services match “xyzzy”"));

  search (fixture, "");
  g_assert_true (is_listed (fixture, "ecs"));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (empty)));
}

static GtkButton *
find_button (gpointer    root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = syl_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static void
test_select_shows_detail (Fixture       *fixture,
                          gconstpointer  user_data)
{
  SylService *ecs = syl_pack_lookup_service (pack, "ecs");
  g_autoptr(GPtrArray) tasks = syl_links_dup_tasks_for_service (pack, ecs);
  g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_service (pack, ecs);
  GtkLabel *summary;
  GtkLabel *name;
  GtkButton *drill;
  g_autofree char *stats = NULL;
  const char *kind, *id;
  guint count;
  g_autoptr(GPtrArray) task_rows = NULL;
  guint n_task_rows = 0;

  g_assert_null (syl_services_page_get_shown_service (fixture->page));
  g_signal_emit_by_name (service_list (fixture), "row-activated", find_service_row (fixture, "ecs"));
  g_assert_true (syl_services_page_get_shown_service (fixture->page) == ecs);

  /* Name as a title, the summary, how much there is to practise. */
  summary = syl_test_find_label (fixture->page, syl_service_get_summary (ecs));
  g_assert_nonnull (summary);
  syl_test_iterate_until (syl_test_widget_is_mapped, summary);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (summary)));
  name = syl_test_find_label (fixture->page, syl_service_get_name (ecs));
  g_assert_nonnull (name);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "title-1"));
  stats = g_strdup_printf ("%u questions · not practised yet", questions->len);
  g_assert_nonnull (syl_test_find_label (fixture->page, stats));

  /* Drill This Service. */
  drill = find_button (fixture->page, "Drill This Service");
  g_assert_nonnull (drill);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (drill)));
  g_signal_emit_by_name (drill, "clicked");
  g_assert_nonnull (fixture->drill);
  g_variant_get (fixture->drill, "(&s&su)", &kind, &id, &count);
  g_assert_cmpstr (kind, ==, "service");
  g_assert_cmpstr (id, ==, "ecs");
  g_assert_cmpuint (count, ==, 10);

  /* Appears in task statements: one row per task, each opening it. */
  g_assert_cmpuint (tasks->len, >, 0);
  task_rows = syl_test_find_all (fixture->page, ADW_TYPE_ACTION_ROW);
  for (guint i = 0; i < task_rows->len; i++)
    {
      GtkActionable *row = g_ptr_array_index (task_rows, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (row), "win.show-task") != 0)
        continue;

      g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (row), NULL), ==,
                       syl_task_get_id (g_ptr_array_index (tasks, n_task_rows)));
      n_task_rows++;
    }
  g_assert_cmpuint (n_task_rows, ==, tasks->len);

  for (guint i = 0; i < task_rows->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (task_rows, i)), "win.show-task") == 0)
      {
        g_signal_emit_by_name (g_ptr_array_index (task_rows, i), "activate");
        break;
      }
  g_assert_nonnull (fixture->show_task);
  g_assert_cmpstr (g_variant_get_string (fixture->show_task, NULL), ==,
                   syl_task_get_id (g_ptr_array_index (tasks, 0)));
}

static void
test_status (Fixture       *fixture,
             gconstpointer  user_data)
{
  SylServiceRow *closed = find_service_row (fixture, "app-runner");
  SylServiceRow *retired = find_service_row (fixture, "opsworks");
  SylServiceRow *available = find_service_row (fixture, "ecs");
  GtkLabel *pill;

  g_assert_nonnull (closed);
  pill = syl_test_find_label (closed, "Closed");
  g_assert_nonnull (pill);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pill)));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (pill)));
  g_assert_nonnull (syl_test_find_label (retired, "Retired"));
  g_assert_null (syl_test_find_label (available, "Closed"));
  g_assert_null (syl_test_find_label (available, "Retired"));

  /* The detail explains what the status means. */
  g_assert_true (syl_services_page_show_service (fixture->page, "opsworks"));
  g_assert_nonnull (syl_test_find_label (fixture->page, syl_service_status_describe (SYL_SERVICE_RETIRED)));
}

static void
test_show_service (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GtkSearchEntry *entry = GTK_SEARCH_ENTRY (syl_test_find_descendant (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY));
  GtkListBoxRow *selected;

  /* A search that hides the service is cleared. */
  search (fixture, "ecs");
  g_assert_false (is_listed (fixture, "s3"));
  g_assert_true (syl_services_page_show_service (fixture->page, "s3"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (is_listed (fixture, "s3"));

  selected = gtk_list_box_get_selected_row (service_list (fixture));
  g_assert_nonnull (selected);
  g_assert_cmpstr (syl_service_get_id (syl_service_row_get_service (SYL_SERVICE_ROW (selected))), ==, "s3");
  g_assert_cmpstr (syl_service_get_id (syl_services_page_get_shown_service (fixture->page)), ==, "s3");
  g_assert_nonnull (syl_test_find_label (fixture->page, syl_service_get_summary (syl_pack_lookup_service (pack, "s3"))));

  g_assert_false (syl_services_page_show_service (fixture->page, "no-such-service"));
  g_assert_cmpstr (syl_service_get_id (syl_services_page_get_shown_service (fixture->page)), ==, "s3");
}

static gboolean
search_has_focus (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *entry = syl_test_find_descendant (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static void
test_ctrl_f (Fixture       *fixture,
             gconstpointer  user_data)
{
  GtkShortcutController *controller = NULL;
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->page));
  gboolean found = FALSE;

  /* Ctrl+F is bound on the page, for the whole window while it shows … */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (item))
        controller = GTK_SHORTCUT_CONTROLLER (item);
    }
  g_object_unref (controllers);
  g_assert_nonnull (controller);
  g_assert_cmpint (gtk_shortcut_controller_get_scope (controller), ==, GTK_SHORTCUT_SCOPE_MANAGED);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
      g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

      found |= g_str_equal (trigger, "<Control>f");
    }
  g_assert_true (found);

  /* … and focuses the search entry. */
  g_signal_emit_by_name (service_list (fixture), "row-activated", find_service_row (fixture, "ecs"));
  gtk_widget_grab_focus (GTK_WIDGET (find_button (fixture->page, "Drill This Service")));
  g_assert_false (search_has_focus (fixture));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "services.search", NULL));
  syl_test_iterate_until (search_has_focus, fixture);
  g_assert_true (search_has_focus (fixture));
}

/* Down from the search field goes to the first service listed, at any
 * width; with a search, to the first match (audit row 14). */
static void
test_down_from_search (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GtkWidget *entry = syl_test_find_descendant (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *first;
  GtkWidget *focus;

  gtk_widget_grab_focus (entry);
  syl_test_iterate_until (search_has_focus, fixture);
  g_assert_true (search_has_focus (fixture));
  g_assert_true (syl_test_press_key (fixture->window, GDK_KEY_Down, 0));
  first = GTK_WIDGET (gtk_list_box_get_row_at_index (service_list (fixture), 0));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_test_message ("Down: %s", syl_test_describe_widget (focus));
  g_assert_true (focus == first);
  g_assert_true (syl_test_widget_is_shown (first));

  search (fixture, "ecs");
  gtk_widget_grab_focus (entry);
  g_assert_true (syl_test_press_key (fixture->window, GDK_KEY_Down, 0));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (SYL_IS_SERVICE_ROW (focus));
  g_assert_cmpstr (syl_service_get_id (syl_service_row_get_service (SYL_SERVICE_ROW (focus))), ==, "ecs");
}

/* The search entry takes the keys typed in the list, Return too: Return
 * on a row opens that row, not the first match (audit row 13). */
static void
test_return_on_row (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GtkWidget *entry = syl_test_find_descendant (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY);
  SylServiceRow *ecs = find_service_row (fixture, "ecs");

  g_assert_true (gtk_list_box_get_row_at_index (service_list (fixture), 0) != GTK_LIST_BOX_ROW (ecs));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (ecs)));
  g_signal_emit_by_name (entry, "activate");
  g_assert_nonnull (syl_services_page_get_shown_service (fixture->page));
  g_assert_cmpstr (syl_service_get_id (syl_services_page_get_shown_service (fixture->page)), ==, "ecs");
}

static gboolean
leaflet_folded (gpointer data)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (data));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (syl_test_find_descendant (GTK_WIDGET (fixture->page), ADW_TYPE_LEAFLET));
  GtkWidget *back;

  /* 360 px: the list and the detail are two pages. */
  syl_test_iterate_until (leaflet_folded, leaflet);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  g_signal_emit_by_name (service_list (fixture), "row-activated", find_service_row (fixture, "ecs"));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");

  back = GTK_WIDGET (syl_test_find_label (fixture->page, "All Services"));
  g_assert_nonnull (back);
  back = gtk_widget_get_ancestor (back, GTK_TYPE_BUTTON);
  syl_test_iterate_until (syl_test_widget_is_mapped, back);
  g_assert_true (gtk_widget_get_mapped (back));
  g_assert_nonnull (gtk_widget_get_tooltip_text (back));
  g_signal_emit_by_name (back, "clicked");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  /* From another place, straight to the detail. */
  g_assert_true (syl_services_page_show_service (fixture->page, "s3"));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
}

static void
test_wide (Fixture       *fixture,
           gconstpointer  user_data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (syl_test_find_descendant (GTK_WIDGET (fixture->page), ADW_TYPE_LEAFLET));

  /* Side by side: the list stays in view beside the detail. */
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_signal_emit_by_name (service_list (fixture), "row-activated", find_service_row (fixture, "ecs"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (service_list (fixture))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (syl_test_find_label (fixture->page, syl_service_get_summary (
    syl_pack_lookup_service (pack, "ecs"))))));
}


static void
test_mastery (Fixture       *fixture,
              gconstpointer  user_data)
{
  SylService *ecs = syl_pack_lookup_service (pack, "ecs");
  g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_service (pack, ecs);
  SylMasteryIndicator *indicator = SYL_MASTERY_INDICATOR (syl_test_find_descendant (GTK_WIDGET (find_service_row (fixture, "ecs")), SYL_TYPE_MASTERY_INDICATOR));
  g_autoptr(GPtrArray) labels = NULL;
  gboolean found = FALSE;

  g_assert_cmpfloat (syl_mastery_indicator_get_value (indicator), <, 0);

  syl_test_record_answer (fixture->store, pack, g_ptr_array_index (questions, 0), TRUE);
  /* Answers reach the page when it is shown again. */
  gtk_widget_set_visible (GTK_WIDGET (fixture->page), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (fixture->page), TRUE);
  syl_test_iterate_until (syl_test_widget_is_mapped, fixture->page);

  indicator = SYL_MASTERY_INDICATOR (syl_test_find_descendant (GTK_WIDGET (find_service_row (fixture, "ecs")), SYL_TYPE_MASTERY_INDICATOR));
  g_assert_cmpfloat (syl_mastery_indicator_get_value (indicator), >, 0);
  g_assert_cmpfloat (syl_mastery_indicator_get_value (
                       SYL_MASTERY_INDICATOR (syl_test_find_descendant (GTK_WIDGET (find_service_row (fixture, "s3")), SYL_TYPE_MASTERY_INDICATOR))), <, 0);

  g_assert_true (syl_services_page_show_service (fixture->page, "ecs"));
  labels = syl_test_find_all (fixture->page, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));
      g_autofree char *prefix = g_strdup_printf ("%u questions · your mastery ", questions->len);

      found |= g_str_has_prefix (text, prefix) && g_str_has_suffix (text, " %");
    }
  g_assert_true (found);
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

#define ADD(path, width, fn) g_test_add (path, Fixture, GINT_TO_POINTER (width), fixture_setup, fn, fixture_teardown)
  ADD ("/syl/services-page/every-service-listed", 0, test_every_service_listed);
  ADD ("/syl/services-page/search-ecs", 0, test_search_ecs);
  ADD ("/syl/services-page/search-case-and-accents", 0, test_search_case_and_accents);
  ADD ("/syl/services-page/search-empty-state", 0, test_search_empty_state);
  ADD ("/syl/services-page/select-shows-detail", 0, test_select_shows_detail);
  ADD ("/syl/services-page/status", 0, test_status);
  ADD ("/syl/services-page/show-service", 0, test_show_service);
  ADD ("/syl/services-page/ctrl-f", 0, test_ctrl_f);
  ADD ("/syl/services-page/down-from-search/wide", 1000, test_down_from_search);
  ADD ("/syl/services-page/down-from-search/narrow", 360, test_down_from_search);
  ADD ("/syl/services-page/return-on-row", 0, test_return_on_row);
  ADD ("/syl/services-page/wide", 1000, test_wide);
  ADD ("/syl/services-page/narrow", 360, test_narrow);
  ADD ("/syl/services-page/mastery", 0, test_mastery);
#undef ADD

  ret = g_test_run ();
  g_clear_object (&pack);

  return ret;
}
