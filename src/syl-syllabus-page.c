/* syl-syllabus-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-syllabus-page"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-domain.h"
#include "syl-forecast.h"
#include "syl-links.h"
#include "syl-mastery-indicator.h"
#include "syl-status-page.h"
#include "syl-syllabus-page.h"
#include "syl-task-row.h"
#include "syl-task.h"

/* How many questions "Practise This" asks for. */
#define DRILL_LENGTH 10

/* How long show_task() keeps the row at the top while it expands. */
#define SCROLL_FOLLOW_US (600 * G_TIME_SPAN_MILLISECOND)
/* On a busy machine rows above the target can still change height after
 * that; keep following until the target has held still for a few frames,
 * up to this long. */
#define SCROLL_FOLLOW_MAX_US (4 * G_TIME_SPAN_SECOND)
#define SCROLL_STABLE_FRAMES 3

/* The exam guide as the guide writes it: the exam's facts, then domains,
 * task statements with their knowledge and skills and the learner's
 * mastery, then the technologies and concepts. */
struct _SylSyllabusPage
{
  SylPage            parent_instance;

  /* template children */
  GtkStack          *stack;
  AdwStatusPage     *empty_page;
  GtkScrolledWindow *scrolled_window;
  AdwClamp          *clamp;
  GtkLabel          *exam_code_label;
  GtkLabel          *pack_title_label;
  GtkLabel          *questions_value_label;
  GtkLabel          *questions_caption_label;
  GtkLabel          *minutes_value_label;
  GtkLabel          *minutes_caption_label;
  GtkLabel          *pass_value_label;
  GtkLabel          *pass_caption_label;
  GtkLabel          *scored_label;
  GtkLabel          *response_types_label;
  GtkExpander       *notes_expander;
  GtkLabel          *exam_notes_detail_label;
  GtkBox            *domains_box;
  GtkBox            *concepts_box;
  GtkBox            *concepts_list;
  GtkBox            *out_of_scope_box;
  GtkBox            *out_of_scope_list;

  /* owned */
  GPtrArray         *task_rows;      /* of borrowed SylTaskRow, in guide order */
  GHashTable        *task_row_by_id; /* task id → borrowed SylTaskRow */
  gboolean           stale;          /* the pack changed while the page was hidden */

  /* show_task() */
  SylTaskRow        *scroll_target;  /* borrowed */
  guint              scroll_tick_id;
  gint64             scroll_until;
  gint64             scroll_give_up;
  double             scroll_last_y;
  guint              scroll_stable_frames;
};

G_DEFINE_FINAL_TYPE (SylSyllabusPage, syl_syllabus_page, SYL_TYPE_PAGE)

static void
remove_all_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_BOX (parent))
        gtk_box_remove (GTK_BOX (parent), child);
      else
        g_assert_not_reached ();
    }
}

static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);

  return label;
}

/* A line of a list: a bullet and the text as the guide writes it. */
static GtkWidget *
bullet_line (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *label = wrapped_label (text);

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_widget_add_css_class (bullet, "dim-label");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), bullet);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GtkWidget *
build_task_row (SylSyllabusPage *self,
                SylTask         *task)
{
  GtkWidget *row = syl_task_row_new (task, DRILL_LENGTH);

  g_ptr_array_add (self->task_rows, row);
  g_hash_table_insert (self->task_row_by_id, (gpointer) syl_task_get_id (task), row);

  return row;
}

static GtkWidget *
build_domain_section (SylSyllabusPage *self,
                      SylDomain       *domain,
                      guint            number)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *weight_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *label;
  GListModel *tasks = syl_domain_get_tasks (domain);
  g_autofree char *number_text = NULL;
  g_autofree char *weight_text = NULL;

  /* Translators: a heading above the domain's title, %u is its number */
  number_text = g_strdup_printf (_("Domain %u"), number);
  label = wrapped_label (number_text);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (titles), label);

  label = wrapped_label (syl_domain_get_title (domain));
  gtk_widget_add_css_class (label, "title-4");
  gtk_box_append (GTK_BOX (titles), label);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (header), titles);

  /* Translators: the domain's share of the exam, “22 %” */
  weight_text = g_strdup_printf (_("%u %%"), syl_domain_get_weight (domain));
  label = gtk_label_new (weight_text);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (weight_box), label);
  label = gtk_label_new (_("of the exam"));
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (weight_box), label);
  gtk_widget_set_valign (weight_box, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (weight_box, _("The share of the scored questions that come from this domain"));
  gtk_box_append (GTK_BOX (header), weight_box);

  gtk_box_append (GTK_BOX (section), header);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  {
    /* Not "GtkListBox" to a screen reader. */
    g_autofree char *list_name = g_strdup_printf (_("Domain %u · %s"), number, syl_domain_get_title (domain));

    syl_a11y_set_name (list, list_name);
  }
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(SylTask) task = g_list_model_get_item (tasks, i);

      gtk_list_box_append (GTK_LIST_BOX (list), build_task_row (self, task));
    }
  gtk_box_append (GTK_BOX (section), list);

  return section;
}

static char *
join_lines (const char * const *lines,
            const char         *prefix,
            const char         *separator)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, prefix);
      g_string_append (text, lines[i]);
    }

  return g_string_free (text, FALSE);
}

static void
fill_exam_card (SylSyllabusPage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  guint scored = syl_pack_get_scored (pack);
  guint unscored = syl_pack_get_unscored (pack);
  guint total = scored + unscored;
  guint minutes = syl_pack_get_minutes (pack);
  const char *response_types[3] = { NULL, };
  guint n_types = 0;
  g_autofree char *text = NULL;

  gtk_label_set_text (self->exam_code_label, syl_pack_get_exam_code (pack));
  gtk_label_set_text (self->pack_title_label, syl_pack_get_title (pack));

  text = g_strdup_printf ("%u", total);
  gtk_label_set_text (self->questions_value_label, text);
  g_free (text);
  gtk_label_set_text (self->questions_caption_label, ngettext ("question", "questions", total));

  text = g_strdup_printf ("%u", minutes);
  gtk_label_set_text (self->minutes_value_label, text);
  g_free (text);
  gtk_label_set_text (self->minutes_caption_label, ngettext ("minute", "minutes", minutes));

  text = g_strdup_printf ("%u", syl_pack_get_pass_score (pack));
  gtk_label_set_text (self->pass_value_label, text);
  g_free (text);
  gtk_label_set_text (self->pass_caption_label, _("to pass"));

  {
    g_autofree char *counted = NULL;
    g_autofree char *not_counted = NULL;
    g_autofree char *scale = NULL;

    counted = g_strdup_printf (ngettext ("%u question counts toward your score.",
                                         "%u questions count toward your score.",
                                         scored),
                               scored);
    if (unscored > 0)
      not_counted = g_strdup_printf (ngettext ("%u more does not, and you cannot tell which, "
                                               "so answer every question.",
                                               "%u more do not, and you cannot tell which, "
                                               "so answer every question.",
                                               unscored),
                                     unscored);
    /* Translators: the lowest and highest scaled scores */
    scale = g_strdup_printf (_("Scores are scaled from %'u to %'u."),
                             syl_pack_get_score_min (pack),
                             syl_pack_get_score_max (pack));
    text = g_strjoin (" ", counted, not_counted != NULL ? not_counted : scale,
                      not_counted != NULL ? scale : NULL, NULL);
  }
  gtk_label_set_text (self->scored_label, text);
  g_free (text);

  for (guint type = SYL_QUESTION_SINGLE; type <= SYL_QUESTION_MULTIPLE; type++)
    {
      const char *type_text = syl_pack_get_response_type_text (pack, type);

      if (type_text != NULL && type_text[0] != '\0')
        response_types[n_types++] = type_text;
    }
  text = join_lines (response_types, "• ", "\n");
  gtk_label_set_text (self->response_types_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->response_types_label), n_types > 0);
  g_free (text);

  text = join_lines (syl_pack_get_exam_notes (pack), "", "\n\n");
  gtk_label_set_text (self->exam_notes_detail_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_expander), text[0] != '\0');
}

static void
fill_appendix (SylSyllabusPage *self)
{
  const char * const *concepts = syl_pack_get_concepts (syl_page_get_pack (SYL_PAGE (self)));
  const char * const *out_of_scope = syl_pack_get_out_of_scope (syl_page_get_pack (SYL_PAGE (self)));

  for (guint i = 0; concepts[i] != NULL; i++)
    gtk_box_append (self->concepts_list, bullet_line (concepts[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->concepts_box), concepts[0] != NULL);

  for (guint i = 0; out_of_scope[i] != NULL; i++)
    gtk_box_append (self->out_of_scope_list, bullet_line (out_of_scope[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->out_of_scope_box), out_of_scope[0] != NULL);
}

/* The learner's standing on each task statement, from the store. Cheap
 * enough to redo whenever the page is shown, which is how answers given
 * in a quiz reach it. */
static void
update_mastery (SylSyllabusPage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(SylForecast) forecast = NULL;

  if (pack == NULL || self->stale)
    return;

  states = syl_page_dup_question_states (SYL_PAGE (self));
  if (states != NULL)
    forecast = syl_page_new_forecast (SYL_PAGE (self), states);
  index = syl_links_index_states (states);

  for (guint i = 0; i < self->task_rows->len; i++)
    {
      SylTaskRow *row = g_ptr_array_index (self->task_rows, i);
      SylTask *task = syl_task_row_get_task (row);
      g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_task (pack, task);

      syl_task_row_set_progress (row, questions->len,
                                 syl_links_count_attempts (index, questions),
                                 forecast != NULL ? syl_forecast_get_task_mastery (forecast, task)
                                                  : SYL_MASTERY_UNKNOWN);
    }
}

static void
stop_scrolling (SylSyllabusPage *self)
{
  if (self->scroll_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->scrolled_window), self->scroll_tick_id);
  self->scroll_tick_id = 0;
  self->scroll_target = NULL;
}

static void
syl_syllabus_page_reload (SylSyllabusPage *self)
{
  GListModel *domains;

  stop_scrolling (self);
  remove_all_children (GTK_WIDGET (self->domains_box));
  remove_all_children (GTK_WIDGET (self->concepts_list));
  remove_all_children (GTK_WIDGET (self->out_of_scope_list));
  g_hash_table_remove_all (self->task_row_by_id);
  g_ptr_array_set_size (self->task_rows, 0);

  if (syl_page_get_pack (SYL_PAGE (self)) == NULL)
    {
      syl_stack_show_status_page (self->stack, self->empty_page, "view-list-bullet-symbolic");
      return;
    }

  fill_exam_card (self);

  domains = syl_pack_get_domains (syl_page_get_pack (SYL_PAGE (self)));
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);

      gtk_box_append (self->domains_box, build_domain_section (self, domain, i + 1));
    }

  fill_appendix (self);
  update_mastery (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_stack_set_visible_child_name (self->stack, "guide");
}

/* Keeps the target row at the top of the view while it expands and while
 * the page is laid out for the first time after becoming visible. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  SylSyllabusPage *self = SYL_SYLLABUS_PAGE (user_data);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  graphene_point_t point;

  if (self->scroll_until == 0)
    {
      self->scroll_until = now + SCROLL_FOLLOW_US;
      self->scroll_give_up = now + SCROLL_FOLLOW_MAX_US;
      self->scroll_last_y = -1;
      self->scroll_stable_frames = 0;
    }

  if (self->scroll_target != NULL &&
      gtk_widget_compute_point (GTK_WIDGET (self->scroll_target), GTK_WIDGET (self->clamp),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);

      /* Leave a little room above so the row does not touch the edge. */
      gtk_adjustment_set_value (adjustment, MAX (0, point.y - 12));

      if (G_APPROX_VALUE (point.y, self->scroll_last_y, 0.5))
        self->scroll_stable_frames++;
      else
        self->scroll_stable_frames = 0;
      self->scroll_last_y = point.y;
    }

  if ((now >= self->scroll_until && self->scroll_stable_frames >= SCROLL_STABLE_FRAMES) ||
      now >= self->scroll_give_up)
    {
      self->scroll_tick_id = 0;
      self->scroll_target = NULL;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/* The guide is built when the page is first shown, not when the pack is
 * set: at start-up the window sets the pack on every place, and building
 * and measuring the whole guide nobody sees yet made the first window
 * late. */
static void
ensure_built (SylSyllabusPage *self)
{
  if (!self->stale)
    return;

  self->stale = FALSE;
  syl_syllabus_page_reload (self);
}

static void
on_map_cb (SylSyllabusPage *self)
{
  if (self->stale)
    ensure_built (self);
  else
    update_mastery (self);
}

static void
syl_syllabus_page_dispose (GObject *object)
{
  SylSyllabusPage *self = SYL_SYLLABUS_PAGE (object);

  stop_scrolling (self);
  /* The stack is both the bin's child and a template child: let the bin
   * drop it first so that it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_SYLLABUS_PAGE);
  g_clear_pointer (&self->task_row_by_id, g_hash_table_unref);
  g_clear_pointer (&self->task_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_syllabus_page_parent_class)->dispose (object);
}

static void
syl_syllabus_page_pack_changed (SylPage *page)
{
  SylSyllabusPage *self = SYL_SYLLABUS_PAGE (page);

  /* Hidden: built when first shown or asked for (ensure_built). */
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->stale)
    syl_syllabus_page_reload (self);
}

static void
syl_syllabus_page_store_changed (SylPage *page)
{
  update_mastery (SYL_SYLLABUS_PAGE (page));
}

static void
syl_syllabus_page_class_init (SylSyllabusPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SylPageClass *page_class = SYL_PAGE_CLASS (klass);

  object_class->dispose = syl_syllabus_page_dispose;

  page_class->pack_changed = syl_syllabus_page_pack_changed;
  page_class->store_changed = syl_syllabus_page_store_changed;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-syllabus-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, clamp);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, exam_code_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, pack_title_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, questions_value_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, questions_caption_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, minutes_value_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, minutes_caption_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, pass_value_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, pass_caption_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, scored_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, response_types_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, notes_expander);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, exam_notes_detail_label);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, domains_box);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, concepts_box);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, concepts_list);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, out_of_scope_box);
  gtk_widget_class_bind_template_child (widget_class, SylSyllabusPage, out_of_scope_list);
}

static void
syl_syllabus_page_init (SylSyllabusPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->task_rows = g_ptr_array_new ();
  self->task_row_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

/**
 * syl_syllabus_page_show_task:
 * @task_id: a task statement id, such as "1.2"
 *
 * Expands the task statement's row, scrolls it to the top of the page and
 * moves the keyboard focus to it.
 *
 * Returns: %TRUE if the pack has such a task statement
 */
gboolean
syl_syllabus_page_show_task (SylSyllabusPage *self,
                             const char      *task_id)
{
  SylTaskRow *row;

  g_return_val_if_fail (SYL_IS_SYLLABUS_PAGE (self), FALSE);
  g_return_val_if_fail (task_id != NULL, FALSE);

  ensure_built (self);
  row = g_hash_table_lookup (self->task_row_by_id, task_id);
  if (row == NULL)
    return FALSE;

  syl_task_row_set_expanded (row, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));

  self->scroll_target = row;
  self->scroll_until = 0;
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->scrolled_window),
                                                         scroll_tick_cb, self, NULL);

  return TRUE;
}
