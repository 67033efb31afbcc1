/* syl-services-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-services-page"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-category.h"
#include "syl-domain.h"
#include "syl-forecast.h"
#include "syl-links.h"
#include "syl-mastery-indicator.h"
#include "syl-search.h"
#include "syl-service-row.h"
#include "syl-service.h"
#include "syl-services-page.h"
#include "syl-status-page.h"
#include "syl-task.h"

/* How many questions "Drill This Service" asks for. */
#define DRILL_LENGTH 10

/* What the learner has done with one service. */
typedef struct
{
  guint  n_questions;
  guint  attempts;
  double mastery;    /* SYL_MASTERY_UNKNOWN before any answer */
} Progress;

/* Every service of the exam guide's appendix by category, searchable as
 * you type, and the chosen one's detail: summary, status, other names,
 * the task statements it appears in and the learner's mastery. The list
 * and the detail sit side by side, or on two pages of a leaflet when the
 * window is narrow. */
struct _SylServicesPage
{
  SylPage             parent_instance;

  /* template children */
  GtkStack           *page_stack;
  AdwStatusPage      *empty_page;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkListBox         *list_box;
  AdwStatusPage      *no_results_page;
  GtkRevealer        *back_revealer;
  GtkButton          *back_button;
  GtkStack           *detail_stack;
  AdwStatusPage      *no_selection_page;
  GtkScrolledWindow  *detail_scrolled_window;
  GtkLabel           *category_label;
  GtkLabel           *name_label;
  GtkLabel           *aliases_label;
  GtkWidget          *status_box;
  GtkLabel           *status_pill;
  GtkLabel           *status_label;
  GtkLabel           *summary_label;
  GtkLabel           *stats_label;
  GtkButton          *drill_button;
  GtkWidget          *tasks_box;
  GtkListBox         *tasks_list;

  /* owned */
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkSortListModel   *sort_model;  /* what the list shows */
  GtkCustomSorter    *sorter;
  GStrv               tokens;      /* the folded words searched for */
  GHashTable         *ranks;       /* borrowed SylService → SylSearchRank */
  GHashTable         *texts;       /* borrowed SylService → ServiceTexts */
  SylService         *shown;
  GHashTable         *progress;    /* borrowed service id → Progress */
  gboolean            stale;       /* the pack changed while the page was hidden */
};

G_DEFINE_FINAL_TYPE (SylServicesPage, syl_services_page, SYL_TYPE_PAGE)

static void show_detail (SylServicesPage *self,
                         SylService      *service);
static void syl_services_page_reload (SylServicesPage *self);

/* The list is built when the page is first shown, not when the pack is
 * set: at start-up the window sets the pack on every place, and building
 * and measuring 106 rows nobody sees yet made the first window late. */
static void
ensure_built (SylServicesPage *self)
{
  if (!self->stale)
    return;

  self->stale = FALSE;
  syl_services_page_reload (self);
}

static guint
domain_number (SylPack   *pack,
               SylDomain *domain)
{
  GListModel *domains = syl_pack_get_domains (pack);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(SylDomain) item = g_list_model_get_item (domains, i);

      if (item == domain)
        return i + 1;
    }

  return 0;
}

static const Progress *
lookup_progress (SylServicesPage *self,
                 SylService      *service)
{
  static const Progress none = { 0, 0, SYL_MASTERY_UNKNOWN };
  const Progress *progress = g_hash_table_lookup (self->progress, syl_service_get_id (service));

  return progress != NULL ? progress : &none;
}

static SylServiceRow *
find_row (SylServicesPage *self,
          SylService      *service)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (syl_service_row_get_service (SYL_SERVICE_ROW (row)) == service)
      return SYL_SERVICE_ROW (row);

  return NULL;
}

/* A service's name, summary and aliases folded once, when the rows are
 * built, so that filtering at each keystroke does not fold all 106
 * services again. A field the service lacks stays %NULL, as
 * syl_search_rank_tokens() treats it. */
typedef struct
{
  SylSearchText  *name;
  SylSearchText  *summary;
  SylSearchText **aliases;      /* NULL-terminated, or %NULL */
} ServiceTexts;

static void
service_texts_free (gpointer data)
{
  ServiceTexts *texts = data;

  if (texts == NULL)
    return;

  syl_search_text_free (texts->name);
  syl_search_text_free (texts->summary);
  for (guint i = 0; texts->aliases != NULL && texts->aliases[i] != NULL; i++)
    syl_search_text_free (texts->aliases[i]);
  g_free (texts->aliases);
  g_free (texts);
}

static ServiceTexts *
service_texts_new (SylService *service)
{
  ServiceTexts *texts = g_new0 (ServiceTexts, 1);
  const char *name = syl_service_get_name (service);
  const char *summary = syl_service_get_summary (service);
  const char * const *aliases = syl_service_get_aliases (service);

  if (name != NULL)
    texts->name = syl_search_text_new (name);
  if (summary != NULL)
    texts->summary = syl_search_text_new (summary);
  if (aliases != NULL)
    {
      guint n = g_strv_length ((char **) aliases);

      texts->aliases = g_new0 (SylSearchText *, n + 1);
      for (guint i = 0; i < n; i++)
        texts->aliases[i] = syl_search_text_new (aliases[i]);
    }

  return texts;
}

/* The prepared texts of @service, made now if the rows were not built
 * with it (the filter may run on the old rows after a pack change). */
static const ServiceTexts *
lookup_texts (SylServicesPage *self,
              SylService      *service)
{
  ServiceTexts *texts = g_hash_table_lookup (self->texts, service);

  if (texts == NULL)
    {
      texts = service_texts_new (service);
      g_hash_table_insert (self->texts, service, texts);
    }

  return texts;
}

/* One prepared entry per service of the pack, made with the rows. */
static void
prepare_texts (SylServicesPage *self)
{
  GListModel *categories = syl_pack_get_categories (syl_page_get_pack (SYL_PAGE (self)));

  g_hash_table_remove_all (self->texts);
  for (guint c = 0; c < g_list_model_get_n_items (categories); c++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, c);
      GListModel *services = syl_category_get_services (category);

      for (guint s = 0; s < g_list_model_get_n_items (services); s++)
        {
          g_autoptr(SylService) service = g_list_model_get_item (services, s);

          lookup_texts (self, service);
        }
    }
}

static gpointer
map_category_to_services (gpointer item,
                          gpointer user_data)
{
  g_autoptr(SylCategory) category = item;

  return g_object_ref (syl_category_get_services (category));
}

static gboolean
filter_service (gpointer item,
                gpointer user_data)
{
  SylServicesPage *self = SYL_SERVICES_PAGE (user_data);
  SylService *service = SYL_SERVICE (item);

  const ServiceTexts *texts;
  SylSearchRank rank;

  if (self->tokens == NULL || self->tokens[0] == NULL)
    return TRUE;

  texts = lookup_texts (self, service);
  rank = syl_search_rank_texts ((const char * const *) self->tokens,
                                texts->name,
                                texts->summary,
                                (const SylSearchText * const *) texts->aliases);
  g_hash_table_insert (self->ranks, service, GINT_TO_POINTER (rank));

  return rank != SYL_SEARCH_NO_MATCH;
}

static SylSearchRank
rank_of (SylServicesPage *self,
         SylService      *service)
{
  gpointer rank;

  if (g_hash_table_lookup_extended (self->ranks, service, NULL, &rank))
    return GPOINTER_TO_INT (rank);

  return SYL_SEARCH_IN_NAME;
}

/* Services found by name or abbreviation before those whose summary
 * mentions the words; the sort is stable, so the guide's order stays
 * within each group. */
static int
compare_services (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  SylServicesPage *self = SYL_SERVICES_PAGE (user_data);

  return rank_of (self, SYL_SERVICE ((gpointer) b)) - rank_of (self, SYL_SERVICE ((gpointer) a));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SylServicesPage *self = SYL_SERVICES_PAGE (user_data);
  GtkWidget *row = syl_service_row_new (SYL_SERVICE (item));

  syl_service_row_set_mastery (SYL_SERVICE_ROW (row), lookup_progress (self, SYL_SERVICE (item))->mastery);

  return row;
}

/* A category title above the first row of each category, and while
 * searching, a title above the services found only in summaries. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  SylServicesPage *self = SYL_SERVICES_PAGE (user_data);
  SylService *service = syl_service_row_get_service (SYL_SERVICE_ROW (row));
  SylService *before_service = before != NULL ? syl_service_row_get_service (SYL_SERVICE_ROW (before)) : NULL;
  SylCategory *category = syl_service_get_category (service);
  gboolean new_section;
  GtkWidget *header;
  GtkWidget *label;

  new_section = rank_of (self, service) == SYL_SEARCH_IN_SUMMARY &&
                (before_service == NULL || rank_of (self, before_service) != SYL_SEARCH_IN_SUMMARY);

  if (category == NULL ||
      (!new_section && before_service != NULL && syl_service_get_category (before_service) == category))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 18);
  gtk_widget_set_margin_end (header, 18);

  if (new_section)
    {
      label = gtk_label_new (_("Mentioned in Summaries"));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "heading");
      gtk_box_append (GTK_BOX (header), label);
      if (before != NULL)
        {
          gtk_widget_set_margin_top (header, 24);
          gtk_box_prepend (GTK_BOX (header), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
        }
    }

  label = gtk_label_new (syl_category_get_title (category));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (header), label);

  gtk_list_box_row_set_header (row, header);
}

static void
select_shown_row (SylServicesPage *self)
{
  SylServiceRow *row = self->shown != NULL ? find_row (self, self->shown) : NULL;

  if (row != NULL)
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (self->list_box);
}

static void
update_list_state (SylServicesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->sort_model != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) == 0)
    {
      g_autofree char *description = NULL;

      /* Translators: %s is what the learner typed in the search entry */
      description = g_strdup_printf (_("No services match “%s”. Try a name, an abbreviation such as "
                                       "ECS, or a word from a summary."),
                                     text);
      adw_status_page_set_description (self->no_results_page, description);
      syl_stack_show_status_page (self->list_stack, self->no_results_page, "system-search-symbolic");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
    }

  select_shown_row (self);
}

static void
apply_search (SylServicesPage *self,
              const char      *text)
{
  g_auto(GStrv) tokens = syl_search_tokenize (text);

  if (self->tokens != NULL && g_strv_equal ((const char * const *) tokens, (const char * const *) self->tokens))
    return;

  g_strfreev (self->tokens);
  self->tokens = g_steal_pointer (&tokens);
  g_hash_table_remove_all (self->ranks);
  if (self->filter != NULL)
    {
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
      /* Section titles depend on the neighbours, which sorting changes. */
      gtk_list_box_invalidate_headers (self->list_box);
    }
  update_list_state (self);
}

static void
fill_tasks (SylServicesPage *self,
            SylService      *service)
{
  g_autoptr(GPtrArray) tasks = syl_links_dup_tasks_for_service (syl_page_get_pack (SYL_PAGE (self)), service);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tasks_list))) != NULL)
    gtk_list_box_remove (self->tasks_list, child);

  for (guint i = 0; i < tasks->len; i++)
    {
      SylTask *task = g_ptr_array_index (tasks, i);
      SylDomain *domain = syl_task_get_domain (task);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
      g_autofree char *title = g_strdup_printf ("%s %s", syl_task_get_id (task), syl_task_get_title (task));
      g_autofree char *subtitle = NULL;

      if (domain != NULL)
        /* Translators: “Domain 1 · SDLC Automation” */
        subtitle = g_strdup_printf (_("Domain %u · %s"),
                                    domain_number (syl_page_get_pack (SYL_PAGE (self)), domain),
                                    syl_domain_get_title (domain));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (syl_task_get_id (task)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-task");
      gtk_widget_set_tooltip_text (row, _("Show in the syllabus"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show in the syllabus"),
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_append (self->tasks_list, row);
    }

  gtk_widget_set_visible (self->tasks_box, tasks->len > 0);
}

static void
update_stats (SylServicesPage *self)
{
  const Progress *progress;
  g_autofree char *questions = NULL;
  g_autofree char *text = NULL;

  if (self->shown == NULL)
    return;

  progress = lookup_progress (self, self->shown);
  questions = g_strdup_printf (ngettext ("%u question", "%u questions", progress->n_questions),
                               progress->n_questions);

  if (progress->n_questions == 0)
    text = g_strdup (_("No questions about this service yet; it may still come up in the exam."));
  else if (progress->attempts == 0 || progress->mastery < 0)
    /* Translators: “12 questions · not practised yet” */
    text = g_strdup_printf (_("%s · not practised yet"), questions);
  else
    {
      g_autofree char *percent = syl_mastery_format_percent (progress->mastery);

      /* Translators: “12 questions · your mastery 64 %” */
      text = g_strdup_printf (_("%s · your mastery %s"), questions, percent);
    }

  gtk_label_set_text (self->stats_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->drill_button), progress->n_questions > 0);
}

static void
show_detail (SylServicesPage *self,
             SylService      *service)
{
  SylServiceStatus status = syl_service_get_status (service);
  SylCategory *category = syl_service_get_category (service);
  const char * const *aliases = syl_service_get_aliases (service);
  g_autofree char *drill_tooltip = NULL;

  if (!g_set_object (&self->shown, service) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "detail") == 0)
    return;

  gtk_label_set_text (self->category_label, category != NULL ? syl_category_get_title (category) : "");
  gtk_label_set_text (self->name_label, syl_service_get_name (service));
  gtk_label_set_text (self->summary_label, syl_service_get_summary (service));

  if (aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) aliases);
      g_autofree char *text = NULL;

      /* Translators: %s is a list of other names, “ECS, Elastic Container Service” */
      text = g_strdup_printf (_("Also called %s"), joined);
      gtk_label_set_text (self->aliases_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->aliases_label), aliases[0] != NULL);

  gtk_widget_set_visible (self->status_box, status != SYL_SERVICE_AVAILABLE);
  if (status != SYL_SERVICE_AVAILABLE)
    {
      gtk_label_set_text (self->status_pill, syl_service_status_short (status));
      gtk_label_set_text (self->status_label, syl_service_status_describe (status));
    }

  /* The target first: the window's action takes a parameter. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->drill_button),
                                          g_variant_new ("(ssu)", "service", syl_service_get_id (service),
                                                         DRILL_LENGTH));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->drill_button), "win.start-drill");
  /* Translators: %u is a number of questions, %s the name of a service */
  drill_tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Practise %u question that involves %s",
                                                "Practise %u questions that involve %s",
                                                DRILL_LENGTH),
                                   DRILL_LENGTH, syl_service_get_name (service));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->drill_button), drill_tooltip);

  update_stats (self);
  fill_tasks (self, service);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scrolled_window), 0);
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

/* On a narrow window, moves to the detail page, with the keyboard focus
 * on its back button rather than on the first selectable label. */
static void
show_detail_page (SylServicesPage *self)
{
  if (!adw_leaflet_get_folded (self->leaflet))
    return;

  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
}

/* AdwLeaflet moves the focus into the page it shows, which can land on
 * the service's name, a selectable label that then shows all its text
 * selected. Put the focus on the detail's action instead. */
static void
settle_focus (SylServicesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !GTK_IS_LABEL (focus) ||
      !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->detail_stack)))
    return;

  gtk_label_select_region (GTK_LABEL (focus), 0, 0);
  if (adw_leaflet_get_folded (self->leaflet))
    gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
  else if (gtk_widget_get_visible (GTK_WIDGET (self->drill_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->drill_button));
}

/* How far the learner has got with each service, from the store. Redone
 * whenever the page is shown, which is how answers given in a quiz reach
 * it. */
static void
update_progress (SylServicesPage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(SylForecast) forecast = NULL;
  GListModel *categories;
  GtkListBoxRow *row;

  g_hash_table_remove_all (self->progress);
  if (pack == NULL || self->stale)
    return;

  states = syl_page_dup_question_states (SYL_PAGE (self));
  if (states != NULL)
    forecast = syl_page_new_forecast (SYL_PAGE (self), states);
  index = syl_links_index_states (states);

  categories = syl_pack_get_categories (pack);
  for (guint c = 0; c < g_list_model_get_n_items (categories); c++)
    {
      g_autoptr(SylCategory) category = g_list_model_get_item (categories, c);
      GListModel *services = syl_category_get_services (category);

      for (guint s = 0; s < g_list_model_get_n_items (services); s++)
        {
          g_autoptr(SylService) service = g_list_model_get_item (services, s);
          g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_service (pack, service);
          Progress *progress = g_new0 (Progress, 1);

          progress->n_questions = questions->len;
          progress->attempts = syl_links_count_attempts (index, questions);
          progress->mastery = SYL_MASTERY_UNKNOWN;
          if (progress->attempts > 0 && forecast != NULL)
            progress->mastery = syl_forecast_get_service_mastery (forecast, service);

          g_hash_table_insert (self->progress, (gpointer) syl_service_get_id (service), progress);
        }
    }

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    syl_service_row_set_mastery (SYL_SERVICE_ROW (row),
                                 lookup_progress (self, syl_service_row_get_service (SYL_SERVICE_ROW (row)))->mastery);

  update_stats (self);
}

static void
syl_services_page_reload (SylServicesPage *self)
{
  GtkMapListModel *map;
  GtkFlattenListModel *flatten;

  g_clear_object (&self->shown);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_hash_table_remove_all (self->ranks);
  g_hash_table_remove_all (self->texts);
  syl_stack_show_status_page (self->detail_stack, self->no_selection_page, "system-search-symbolic");
  adw_leaflet_set_visible_child_name (self->leaflet, "list");

  if (syl_page_get_pack (SYL_PAGE (self)) == NULL)
    {
      g_hash_table_remove_all (self->progress);
      syl_stack_show_status_page (self->page_stack, self->empty_page, "system-search-symbolic");
      return;
    }

  update_progress (self);
  prepare_texts (self);

  map = gtk_map_list_model_new (g_object_ref (syl_pack_get_categories (syl_page_get_pack (SYL_PAGE (self)))),
                                map_category_to_services, NULL, NULL);
  flatten = gtk_flatten_list_model_new (G_LIST_MODEL (map));
  self->filter = gtk_custom_filter_new (filter_service, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (flatten), g_object_ref (GTK_FILTER (self->filter)));
  self->sorter = gtk_custom_sorter_new (compare_services, self, NULL);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (GTK_SORTER (self->sorter)));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->sort_model), create_row, self, NULL);

  update_list_state (self);
  gtk_stack_set_visible_child_name (self->page_stack, "services");
}

static void
on_search_entry_search_changed_cb (SylServicesPage *self,
                                   GtkSearchEntry  *entry)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_search_entry_stop_search_cb (SylServicesPage *self,
                                GtkSearchEntry  *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  apply_search (self, "");
}

/* Enter in the search entry opens the first match. */
static void
on_search_entry_activate_cb (SylServicesPage *self,
                             GtkSearchEntry  *entry)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkListBoxRow *row;

  /* The entry captures the keys typed in the list, Return too: on a row
   * of the list, Return opens that row, not the first match. */
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_LIST_BOX_ROW (w) && gtk_widget_get_parent (w) == GTK_WIDGET (self->list_box))
      {
        g_signal_emit_by_name (self->list_box, "row-activated", w);
        return;
      }

  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
  row = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (row != NULL)
    g_signal_emit_by_name (self->list_box, "row-activated", row);
}

/* Down in the search entry goes to the first service listed, as in
 * GNOME Settings; without it the focus went to the list's scrolled window
 * and stayed there, unnamed and without a ring. */
static gboolean
on_search_entry_down_cb (GtkWidget *entry,
                         GVariant  *args,
                         gpointer   user_data)
{
  SylServicesPage *self = SYL_SERVICES_PAGE (user_data);
  GtkListBoxRow *row;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "list") != 0)
    return FALSE;

  row = gtk_list_box_get_selected_row (self->list_box);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (row == NULL)
    return FALSE;

  return gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_list_box_row_selected_cb (SylServicesPage *self,
                             GtkListBoxRow   *row)
{
  if (row != NULL)
    show_detail (self, syl_service_row_get_service (SYL_SERVICE_ROW (row)));
}

static void
on_list_box_row_activated_cb (SylServicesPage *self,
                              GtkListBoxRow   *row)
{
  gtk_list_box_select_row (self->list_box, row);
  show_detail (self, syl_service_row_get_service (SYL_SERVICE_ROW (row)));
  show_detail_page (self);
}

static void
on_back_button_clicked_cb (SylServicesPage *self)
{
  SylServiceRow *row = self->shown != NULL ? find_row (self, self->shown) : NULL;

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_leaflet_folded_cb (SylServicesPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  gtk_revealer_set_reveal_child (self->back_revealer, folded);

  /* Folded onto the detail page: the way back is where the focus goes. */
  if (folded && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->detail_stack)) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
}

static void
on_map_cb (SylServicesPage *self)
{
  if (self->stale)
    ensure_built (self);
  else
    update_progress (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SylServicesPage *self = SYL_SERVICES_PAGE (widget);

  if (syl_page_get_pack (SYL_PAGE (self)) == NULL)
    return;

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
syl_services_page_dispose (GObject *object)
{
  SylServicesPage *self = SYL_SERVICES_PAGE (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  /* The stack is both the bin's child and a template child: let the bin
   * drop it first so that it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_SERVICES_PAGE);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->tokens, g_strfreev);
  g_clear_pointer (&self->ranks, g_hash_table_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->progress, g_hash_table_unref);
  g_clear_object (&self->shown);

  G_OBJECT_CLASS (syl_services_page_parent_class)->dispose (object);
}

static void
syl_services_page_pack_changed (SylPage *page)
{
  SylServicesPage *self = SYL_SERVICES_PAGE (page);

  /* Prepared for the old pack's services; remade with the rows. */
  g_hash_table_remove_all (self->texts);
  /* Hidden: built when first shown or asked for (ensure_built). */
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->stale)
    syl_services_page_reload (self);
}

static void
syl_services_page_store_changed (SylPage *page)
{
  update_progress (SYL_SERVICES_PAGE (page));
}

static void
syl_services_page_class_init (SylServicesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SylPageClass *page_class = SYL_PAGE_CLASS (klass);

  object_class->dispose = syl_services_page_dispose;

  page_class->pack_changed = syl_services_page_pack_changed;
  page_class->store_changed = syl_services_page_store_changed;

  /* Ctrl+F, through the GtkShortcutController in the template. */
  gtk_widget_class_install_action (widget_class, "services.search", NULL, search_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-services-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, back_revealer);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, no_selection_page);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, detail_scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, category_label);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, aliases_label);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, status_box);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, status_pill);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, stats_label);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, drill_button);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, tasks_box);
  gtk_widget_class_bind_template_child (widget_class, SylServicesPage, tasks_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
}

static void
syl_services_page_init (SylServicesPage *self)
{
  GtkEventController *shortcuts;

  self->progress = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->ranks = g_hash_table_new (NULL, NULL);
  self->texts = g_hash_table_new_full (NULL, NULL, NULL, service_texts_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->list_box, update_header, self, NULL);
  /* Typing while the list has the focus starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, self->sidebar);

  /* Before the entry's text moves its cursor with it. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, 0),
                                                          gtk_callback_action_new (on_search_entry_down_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), shortcuts);
  on_leaflet_folded_cb (self);

  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

/**
 * syl_services_page_show_service:
 * @service_id: the id of a service of the pack, such as "ecs"
 *
 * Shows the service's detail, selects it in the list (clearing a search
 * that hides it) and, on a narrow window, moves to the detail page.
 *
 * Returns: %TRUE if the pack has such a service
 */
gboolean
syl_services_page_show_service (SylServicesPage *self,
                                const char      *service_id)
{
  SylService *service;
  SylServiceRow *row;

  g_return_val_if_fail (SYL_IS_SERVICES_PAGE (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  if (syl_page_get_pack (SYL_PAGE (self)) == NULL || (service = syl_pack_lookup_service (syl_page_get_pack (SYL_PAGE (self)), service_id)) == NULL)
    return FALSE;

  ensure_built (self);

  show_detail (self, service);

  row = find_row (self, service);
  if (row == NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      apply_search (self, "");
      row = find_row (self, service);
    }
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));

  /* Called from another place, before this page may even have been laid
   * out: move to the detail whether or not the leaflet is folded yet. */
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  show_detail_page (self);
  settle_focus (self);

  return TRUE;
}

/**
 * syl_services_page_get_shown_service:
 *
 * Returns: (nullable) (transfer none): the service whose detail is shown
 */
SylService *
syl_services_page_get_shown_service (SylServicesPage *self)
{
  g_return_val_if_fail (SYL_IS_SERVICES_PAGE (self), NULL);

  return self->shown;
}
