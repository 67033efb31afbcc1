/* syl-question-search.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-question-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "syl-error-dialog.h"
#include "syl-explanation-box.h"
#include "syl-option-row.h"
#include "syl-question-index.h"
#include "syl-question-search.h"
#include "syl-quiz-format.h"
#include "syl-search.h"

/* Search Questions (Ctrl+Shift+F): the pack's questions found by words of
 * their stem, options, id or the learner's note (syl-question-index.c),
 * then one question's detail: stem, options with the key marked and the
 * reasons, the explanation, the note and "Report a Problem…". One window
 * with a stack rather than two panes, so that it works at 360 px. A note
 * edited in the detail is found by the next search. */
struct _SylQuestionSearch
{
  AdwWindow           parent_instance;

  /* template children */
  GtkButton          *back_button;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkLabel           *count_label;
  GtkListBox         *results_list;
  GtkScrolledWindow  *detail_scroller;
  GtkLabel           *id_label;
  GtkLabel           *stem_label;
  GtkListBox         *options_list;
  SylExplanationBox  *explanation_box;
  SylQuestionActions *actions;

  /* owned */
  SylStore           *store;
  SylPack            *pack;
  SylQuestionIndex   *index;
  GHashTable         *notes;        /* question id → first line, for the rows */
  GPtrArray          *results;      /* of SylQuestion, the rows shown */
};

G_DEFINE_FINAL_TYPE (SylQuestionSearch, syl_question_search, ADW_TYPE_WINDOW)

/* A long list costs more to build than anyone reads. */
#define MAX_ROWS 100

static void
remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
remember_note (SylQuestionSearch *self,
               const char        *question_id,
               const char        *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  syl_question_index_set_note (self->index, question_id, trimmed);
  if (trimmed[0] == '\0')
    g_hash_table_remove (self->notes, question_id);
  else
    {
      g_autofree char *line = g_strndup (trimmed, strcspn (trimmed, "\n"));

      g_hash_table_insert (self->notes, g_strdup (question_id), syl_quiz_format_excerpt (line, 80));
    }
}

static GtkWidget *
make_result_row (SylQuestionSearch *self,
                 SylQuestion       *question)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *excerpt = syl_quiz_format_excerpt (syl_question_get_stem (question), 110);
  const char *note = g_hash_table_lookup (self->notes, syl_question_get_id (question));
  g_autofree char *subtitle = NULL;

  if (note != NULL)
    /* Translators: a question found by search: its id · the learner's note on it */
    subtitle = g_strdup_printf (_("%s · Your note: %s"), syl_question_get_id (question), note);
  else
    subtitle = g_strdup (syl_question_get_id (question));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), excerpt);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
show_page (SylQuestionSearch *self,
           const char        *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), g_strcmp0 (name, "detail") == 0);
}

static void
on_search_changed_cb (SylQuestionSearch *self)
{
  syl_question_search_run (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_stop_search_cb (SylQuestionSearch *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_search_activate_cb (SylQuestionSearch *self)
{
  if (self->results->len > 0)
    syl_question_search_show_detail (self, g_ptr_array_index (self->results, 0));
}

static void
on_results_list_row_activated_cb (SylQuestionSearch *self,
                                  GtkListBoxRow     *row)
{
  int i = gtk_list_box_row_get_index (row);

  if (i >= 0 && (guint) i < self->results->len)
    syl_question_search_show_detail (self, g_ptr_array_index (self->results, i));
}

static void
on_back_button_clicked_cb (SylQuestionSearch *self)
{
  syl_question_actions_save (self->actions);
  /* Again: the note may have changed what matches. */
  on_search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_actions_note_saved_cb (SylQuestionSearch *self,
                          const char        *question_id,
                          const char        *text)
{
  remember_note (self, question_id, text);
}

static void
load_notes (SylQuestionSearch *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = syl_store_dup_notes (self->store, syl_pack_get_id (self->pack), &error);

  if (notes == NULL)
    {
      /* Questions are still found by their own words. */
      syl_error_dialog_show (GTK_WIDGET (self), _("Your Notes Could Not Be Read"), error->message);
      return;
    }

  for (guint i = 0; i < notes->len; i++)
    {
      const SylStoreNote *note = g_ptr_array_index (notes, i);

      remember_note (self, note->question_id, note->text);
    }
}

static void
syl_question_search_dispose (GObject *object)
{
  SylQuestionSearch *self = SYL_QUESTION_SEARCH (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_QUESTION_SEARCH);
  g_clear_object (&self->store);
  g_clear_object (&self->pack);
  g_clear_pointer (&self->index, syl_question_index_free);
  g_clear_pointer (&self->notes, g_hash_table_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_question_search_parent_class)->dispose (object);
}

/* The explanation's task and service buttons name the main window's
 * win.show-task and win.show-service, which a separate window does not
 * reach: pass them on to the window the search belongs to, and close the
 * search so that the place they open is seen. */
static void
forward_to_parent_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent == NULL)
    return;

  gtk_widget_activate_action_variant (GTK_WIDGET (parent), action_name, parameter);
  gtk_window_close (GTK_WINDOW (widget));
}

static void
syl_question_search_class_init (SylQuestionSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_question_search_dispose;

  g_type_ensure (SYL_TYPE_EXPLANATION_BOX);
  g_type_ensure (SYL_TYPE_QUESTION_ACTIONS);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-question-search.ui");
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, back_button);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, stack);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, count_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, results_list);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, id_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, stem_label);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, options_list);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, explanation_box);
  gtk_widget_class_bind_template_child (widget_class, SylQuestionSearch, actions);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_results_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_actions_note_saved_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-task", "s", forward_to_parent_action);
  gtk_widget_class_install_action (widget_class, "win.show-service", "s", forward_to_parent_action);
}

static void
syl_question_search_init (SylQuestionSearch *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->results = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * syl_question_search_new:
 * @parent: (nullable): the window it belongs to
 * @store: the progress store, for the notes
 * @pack: the pack whose questions are searched
 *
 * Returns: (transfer full): the dialog, to present
 */
GtkWidget *
syl_question_search_new (GtkWindow *parent,
                         SylStore  *store,
                         SylPack   *pack)
{
  SylQuestionSearch *self;

  g_return_val_if_fail (SYL_IS_STORE (store), NULL);
  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  self = g_object_new (SYL_TYPE_QUESTION_SEARCH, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->pack = g_object_ref (pack);
  self->index = syl_question_index_new (syl_pack_get_questions (pack));
  load_notes (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return GTK_WIDGET (self);
}

/**
 * syl_question_search_run:
 * @query: what to search for
 *
 * Searches now and lists what is found (the entry searches as the
 * learner types).
 */
void
syl_question_search_run (SylQuestionSearch *self,
                         const char        *query)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *count = NULL;

  g_return_if_fail (SYL_IS_QUESTION_SEARCH (self));

  found = syl_question_index_search (self->index, query);
  remove_all (self->results_list);
  g_ptr_array_set_size (self->results, 0);

  for (guint i = 0; i < found->len && i < MAX_ROWS; i++)
    {
      SylQuestion *question = g_ptr_array_index (found, i);

      g_ptr_array_add (self->results, g_object_ref (question));
      gtk_list_box_append (self->results_list, make_result_row (self, question));
    }

  if (found->len > MAX_ROWS)
    /* Translators: %u are two numbers of questions, the first always 100 */
    count = g_strdup_printf (_("The first %u of %u questions found; add words to narrow the search."),
                             MAX_ROWS, found->len);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question found", "%u questions found", found->len),
                             found->len);
  gtk_label_set_text (self->count_label, count);

  if (g_strcmp0 (query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    {
      g_signal_handlers_block_by_func (self->search_entry, on_search_changed_cb, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query != NULL ? query : "");
      g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed_cb, self);
    }

  if (found->len > 0)
    show_page (self, "results");
  else
    {
      g_auto(GStrv) words = syl_search_tokenize (query);

      show_page (self, words[0] != NULL ? "none" : "start");
    }
}

/** syl_question_search_get_n_results: Returns: how many questions are listed */
guint
syl_question_search_get_n_results (SylQuestionSearch *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_SEARCH (self), 0);
  return self->results->len;
}

/** syl_question_search_get_result: Returns: (transfer none): the @i-th question listed */
SylQuestion *
syl_question_search_get_result (SylQuestionSearch *self,
                                guint              i)
{
  g_return_val_if_fail (SYL_IS_QUESTION_SEARCH (self), NULL);
  g_return_val_if_fail (i < self->results->len, NULL);
  return g_ptr_array_index (self->results, i);
}

/**
 * syl_question_search_show_detail:
 * @question: a question of the pack
 *
 * Shows @question: stem, options with the key marked and the reasons,
 * explanation, note and "Report a Problem…".
 */
void
syl_question_search_show_detail (SylQuestionSearch *self,
                                 SylQuestion       *question)
{
  gboolean multiple;
  SylOptionRow *group = NULL;
  g_autofree char *id = NULL;

  g_return_if_fail (SYL_IS_QUESTION_SEARCH (self));
  g_return_if_fail (SYL_IS_QUESTION (question));

  multiple = syl_question_get_question_type (question) == SYL_QUESTION_MULTIPLE;
  /* Translators: above a question found by search, "Question q0042" */
  id = g_strdup_printf (_("Question %s"), syl_question_get_id (question));
  gtk_label_set_text (self->id_label, id);
  gtk_label_set_text (self->stem_label, syl_question_get_stem (question));

  remove_all (self->options_list);
  for (guint o = 0; o < syl_question_get_n_options (question); o++)
    {
      GtkWidget *option = syl_option_row_new (o + 1, syl_question_get_option_text (question, o), multiple);

      if (!multiple)
        {
          if (group != NULL)
            syl_option_row_set_group (SYL_OPTION_ROW (option), group);
          else
            group = SYL_OPTION_ROW (option);
        }
      syl_option_row_show_feedback (SYL_OPTION_ROW (option), syl_question_get_option_correct (question, o),
                                    FALSE, syl_question_get_option_why (question, o));
      gtk_list_box_append (self->options_list, option);
    }

  syl_explanation_box_set_question (self->explanation_box, question);
  syl_question_actions_set_question (self->actions, self->store, self->pack, question);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
  show_page (self, "detail");
}

/** syl_question_search_get_page: Returns: "start", "none", "results" or "detail" */
const char *
syl_question_search_get_page (SylQuestionSearch *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_SEARCH (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/** syl_question_search_get_entry: Returns: (transfer none): the search entry */
GtkSearchEntry *
syl_question_search_get_entry (SylQuestionSearch *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_SEARCH (self), NULL);
  return self->search_entry;
}

/** syl_question_search_get_results_list: Returns: (transfer none): the list of questions found */
GtkListBox *
syl_question_search_get_results_list (SylQuestionSearch *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_SEARCH (self), NULL);
  return self->results_list;
}

/** syl_question_search_get_actions: Returns: (transfer none): the detail's note and report */
SylQuestionActions *
syl_question_search_get_actions (SylQuestionSearch *self)
{
  g_return_val_if_fail (SYL_IS_QUESTION_SEARCH (self), NULL);
  return self->actions;
}
