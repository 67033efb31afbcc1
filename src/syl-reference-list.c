/* syl-reference-list.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-reference-list"

#include "config.h"

#include "syl-reference-list.h"
#include "syl-reference.h"

/* A question's references under its explanation: a "Learn More" heading
 * and one link per <reference>, its (translated) title as the label and
 * its address as the tooltip, opened in the learner's browser. Nothing at
 * all when the question has none.
 *
 * The links are GtkLinkButtons: focusable, activated with Enter, announced
 * as links, with GTK's "Copy URL" menu. Opening goes through the
 * ::activate-link signal, whose default handler calls gtk_show_uri() (in
 * the Flatpak, the OpenURI portal); a handler that returns %TRUE opens
 * nothing, which is how the tests see what would be opened. */
struct _SylReferenceList
{
  GtkWidget    parent_instance;

  /* template children */
  GtkWidget   *box;
  GtkWidget   *links_box;

  /* owned */
  SylQuestion *question;
  GPtrArray   *links;
};

G_DEFINE_FINAL_TYPE (SylReferenceList, syl_reference_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE_LINK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
syl_reference_list_real_activate_link (SylReferenceList *self,
                                       const char       *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* The window as parent, so that the portal can place its dialog (if
   * it shows one) over Syllabus. */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);

  return TRUE;
}

static gboolean
on_link_activate_link_cb (SylReferenceList *self,
                          GtkLinkButton    *link)
{
  const char *uri = gtk_link_button_get_uri (link);
  g_autofree char *problem = NULL;
  gboolean handled = FALSE;

  /* The loader lets only https addresses on the allow-list through; this
   * is a second lock, should anything else ever give a link an address.
   * Returning TRUE keeps GtkLinkButton from opening it itself. */
  if (uri == NULL || !syl_reference_check_href (uri, &problem))
    {
      g_autofree char *shown = g_strescape (uri != NULL ? uri : "", NULL);

      g_warning ("Not opening the link “%s”: it %s", shown,
                 problem != NULL ? problem : "has no address");
      return TRUE;
    }

  g_signal_emit (self, signals[ACTIVATE_LINK], 0, uri, &handled);
  gtk_link_button_set_visited (link, TRUE);

  return TRUE;
}

static GtkWidget *
make_link (SylReferenceList *self,
           const char       *title,
           const char       *href)
{
  GtkWidget *label;
  GtkWidget *link;

  /* A long title wraps (at a word, or inside a long word if it must)
   * rather than widen the window past 360 px, but only when it has to:
   * its natural width is the title on one line. */
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", title,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "natural-wrap-mode", GTK_NATURAL_WRAP_NONE,
                        "xalign", 0.0f,
                        NULL);
  link = g_object_new (GTK_TYPE_LINK_BUTTON,
                       "uri", href,
                       "child", label,
                       "halign", GTK_ALIGN_START,
                       "tooltip-text", href,
                       NULL);
  gtk_widget_add_css_class (link, "reference-link");
  gtk_accessible_update_property (GTK_ACCESSIBLE (link),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, href,
                                  -1);
  g_signal_connect_object (link, "activate-link",
                           G_CALLBACK (on_link_activate_link_cb), self,
                           G_CONNECT_SWAPPED);

  return link;
}

static void
clear_links (SylReferenceList *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->links_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->links_box), child);
  g_ptr_array_set_size (self->links, 0);
}

static void
syl_reference_list_dispose (GObject *object)
{
  SylReferenceList *self = SYL_REFERENCE_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_REFERENCE_LIST);
  g_clear_object (&self->question);
  g_clear_pointer (&self->links, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_reference_list_parent_class)->dispose (object);
}

static void
syl_reference_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SylReferenceList *self = SYL_REFERENCE_LIST (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_reference_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SylReferenceList *self = SYL_REFERENCE_LIST (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      syl_reference_list_set_question (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_reference_list_class_init (SylReferenceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_reference_list_dispose;
  object_class->get_property = syl_reference_list_get_property;
  object_class->set_property = syl_reference_list_set_property;

  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL,
                         SYL_TYPE_QUESTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SylReferenceList::activate-link:
   * @self: the list
   * @uri: the address of the link, an allowed https:// address
   *
   * Emitted when the learner activates a link. The default handler opens
   * @uri with gtk_show_uri(); return %TRUE from a handler to open it some
   * other way, or not at all.
   *
   * Returns: %TRUE when the link was handled
   */
  signals[ACTIVATE_LINK] =
    g_signal_new_class_handler ("activate-link",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (syl_reference_list_real_activate_link),
                                g_signal_accumulator_true_handled, NULL,
                                NULL,
                                G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-reference-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SylReferenceList, box);
  gtk_widget_class_bind_template_child (widget_class, SylReferenceList, links_box);
}

static void
syl_reference_list_init (SylReferenceList *self)
{
  self->links = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
syl_reference_list_new (void)
{
  return g_object_new (SYL_TYPE_REFERENCE_LIST, NULL);
}

/**
 * syl_reference_list_set_question:
 * @question: (nullable): the question whose references to show
 *
 * Shows a link for each reference of @question whose address is an
 * allowed https:// address (the loader refuses any other, so a refused
 * one is a bug elsewhere and is logged). Hides the list, heading
 * included, when there is none.
 */
void
syl_reference_list_set_question (SylReferenceList *self,
                                 SylQuestion      *question)
{
  g_return_if_fail (SYL_IS_REFERENCE_LIST (self));
  g_return_if_fail (question == NULL || SYL_IS_QUESTION (question));

  if (!g_set_object (&self->question, question))
    return;

  clear_links (self);
  for (guint i = 0; question != NULL && i < syl_question_get_n_references (question); i++)
    {
      const char *title = syl_question_get_reference_title (question, i);
      const char *href = syl_question_get_reference_href (question, i);
      g_autofree char *problem = NULL;
      GtkWidget *link;

      if (href == NULL || title == NULL || !syl_reference_check_href (href, &problem))
        {
          g_autofree char *shown = g_strescape (href != NULL ? href : "", NULL);

          g_warning ("%s:%u: question %s: not showing the reference “%s”: it %s",
                     syl_question_get_source_file (question) != NULL
                       ? syl_question_get_source_file (question) : "(no file)",
                     syl_question_get_source_line (question),
                     syl_question_get_id (question),
                     shown,
                     problem != NULL ? problem : "has no address or title");
          continue;
        }

      link = make_link (self, title, href);
      gtk_box_append (GTK_BOX (self->links_box), link);
      g_ptr_array_add (self->links, link);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), self->links->len > 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
}

/**
 * syl_reference_list_get_question:
 *
 * Returns: (transfer none) (nullable): the question shown
 */
SylQuestion *
syl_reference_list_get_question (SylReferenceList *self)
{
  g_return_val_if_fail (SYL_IS_REFERENCE_LIST (self), NULL);

  return self->question;
}

/**
 * syl_reference_list_get_n_links:
 *
 * Returns: how many links are shown
 */
guint
syl_reference_list_get_n_links (SylReferenceList *self)
{
  g_return_val_if_fail (SYL_IS_REFERENCE_LIST (self), 0);

  return self->links->len;
}

/**
 * syl_reference_list_get_link:
 *
 * Returns: (transfer none): the #GtkLinkButton of the @i-th link shown
 */
GtkWidget *
syl_reference_list_get_link (SylReferenceList *self,
                             guint             i)
{
  g_return_val_if_fail (SYL_IS_REFERENCE_LIST (self), NULL);
  g_return_val_if_fail (i < self->links->len, NULL);

  return g_ptr_array_index (self->links, i);
}
