/* syl-import-qti.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * IMS QTI 2.1, 2.2 and 3.0 (docs/import.md): an `assessmentItem` file
 * (`qti-assessment-item` in 3.0), or a content package, a zip whose
 * imsmanifest.xml lists the item files and maybe a test whose sections
 * become the pack's domains and tasks. Items with one
 * `choiceInteraction` become questions: the `responseDeclaration`'s
 * correct values (or the positive entries of its mapping) are the right
 * options, an option's `feedbackInline` or the `modalFeedback` with its
 * identifier is its why, other modal feedback the explanation. Other
 * interactions are left out with a warning.
 *
 * The XML comes from outside, so it gets the loader's rules: no DOCTYPE
 * (so no DTD and no entity declarations), nothing fetched, entities not
 * expanded, and limits on depth, attributes and comments checked before
 * libxml2 parses it. QTI 2 names elements in camel case and QTI 3 in
 * kebab case with a `qti-` prefix; both are read alike.
 */

#define G_LOG_DOMAIN "syl-import"

#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <string.h>

#include "syl-import-archive.h"
#include "syl-import-qti.h"
#include "syl-import-text.h"
#include "syl-pack-loader.h"

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | \
                       XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES | XML_PARSE_NOBLANKS)

/* Limits checked before parsing (libxml2 2.9 checks an element's
 * attributes for duplicates in quadratic time, and keeps a node for
 * every comment). QTI needs far less of each. */
#define MAX_DEPTH 256
#define MAX_ATTRIBUTES 256
#define MAX_COMMENTS 100000
/* Sections of a test nested in each other. */
#define MAX_SECTION_DEPTH 32

typedef struct _xmlDoc XmlDoc;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XmlDoc, xmlFreeDoc)

typedef struct
{
  char     *identifier;
  gboolean  multiple;
  GPtrArray *correct;        /* char * */
  GPtrArray *mapped_right;   /* char *: mapping entries above 0 */
} Declaration;

static void
declaration_free (Declaration *declaration)
{
  g_free (declaration->identifier);
  g_ptr_array_unref (declaration->correct);
  g_ptr_array_unref (declaration->mapped_right);
  g_free (declaration);
}

/* Names */

/* "assessment-item" and "assessmentItem" name the same thing. */
static gboolean
kebab_equals_camel (const char *kebab,
                    const char *camel)
{
  while (*kebab != '\0' && *camel != '\0')
    {
      if (*kebab == '-')
        {
          kebab++;
          if (g_ascii_toupper (*kebab) != *camel)
            return FALSE;
        }
      else if (*kebab != *camel)
        return FALSE;
      kebab++;
      camel++;
    }

  return *kebab == '\0' && *camel == '\0';
}

/* The element's name in QTI 2's camel case. */
static gboolean
is_named (xmlNode    *node,
          const char *camel)
{
  const char *name;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;

  name = (const char *)node->name;
  if (g_str_has_prefix (name, "qti-"))
    return kebab_equals_camel (name + 4, camel);

  return g_str_equal (name, camel);
}

static gboolean
is_interaction (xmlNode *node)
{
  const char *name = (const char *)node->name;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  return g_str_has_suffix (name, "Interaction") ||
         (g_str_has_prefix (name, "qti-") && g_str_has_suffix (name, "-interaction"));
}

/* The attribute @camel, or its QTI 3 spelling. */
static char *
dup_attr (xmlNode    *node,
          const char *camel)
{
  g_autoptr(GString) kebab = NULL;
  xmlChar *value = xmlGetProp (node, (const xmlChar *)camel);
  char *copy;

  if (value == NULL)
    {
      kebab = g_string_new (NULL);
      for (const char *p = camel; *p != '\0'; p++)
        {
          if (g_ascii_isupper (*p))
            {
              g_string_append_c (kebab, '-');
              g_string_append_c (kebab, g_ascii_tolower (*p));
            }
          else
            g_string_append_c (kebab, *p);
        }
      value = xmlGetProp (node, (const xmlChar *)kebab->str);
    }
  if (value == NULL)
    return NULL;

  copy = g_strstrip (g_strdup ((const char *)value));
  xmlFree (value);
  return copy;
}

static guint
node_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint)MIN (line, G_MAXUINT) : 0;
}

static xmlNode *
first_child_named (xmlNode    *node,
                   const char *camel)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_named (child, camel))
      return child;

  return NULL;
}

/* Text */

static gboolean
is_hidden_part (xmlNode *node)
{
  static const char * const hidden[] = {
    "feedbackInline", "feedbackBlock", "modalFeedback", "rubricBlock", "templateBlock",
    "templateInline", "printedVariable", "stylesheet", "infoControl", NULL,
  };

  for (guint i = 0; hidden[i] != NULL; i++)
    if (is_named (node, hidden[i]))
      return TRUE;

  return g_str_equal ((const char *)node->name, "script") ||
         g_str_equal ((const char *)node->name, "style");
}

static void
append_text (GString *out,
             xmlNode *node,
             gboolean skip_interactions,
             guint    depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          g_string_append (out, (const char *)child->content);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE || is_hidden_part (child))
        continue;
      if (skip_interactions && is_interaction (child))
        continue;

      if (g_str_equal ((const char *)child->name, "img"))
        {
          g_autofree char *alt = dup_attr (child, "alt");

          if (alt != NULL && alt[0] != '\0')
            g_string_append_printf (out, " [%s] ", alt);
          continue;
        }

      /* Blocks and line breaks are separated by a space; the rest runs on. */
      g_string_append_c (out, ' ');
      append_text (out, child, skip_interactions, depth + 1);
      g_string_append_c (out, ' ');
    }
}

static char *
dup_text (xmlNode  *node,
          gboolean  skip_interactions)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (node == NULL)
    return g_strdup ("");

  append_text (out, node, skip_interactions, 0);
  return syl_import_text_dup_clean (out->str, out->len);
}

static gboolean
has_image (xmlNode *node,
           guint    depth)
{
  if (depth > MAX_DEPTH)
    return FALSE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal ((const char *)child->name, "img") ||
          g_str_equal ((const char *)child->name, "object") ||
          has_image (child, depth + 1))
        return TRUE;
    }

  return FALSE;
}

/* Parsing */

static guint
count_lines_to (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n' || (data[i] == '\r' && data[i + 1] != '\n'))
      line++;

  return line;
}

static const char *
find_text (const char *from,
           const char *end,
           const char *needle)
{
  gsize length = strlen (needle);

  for (const char *p = from; p + length <= end; p++)
    if (memcmp (p, needle, length) == 0)
      return p;

  return NULL;
}

/* What libxml2 would take too long or too much memory for, and what
 * packs may not have: a DOCTYPE (DTD, entities). One pass over the
 * bytes, before parsing. */
static gboolean
check_markup (SylImportBank *bank,
              const char    *data,
              gsize          length)
{
  const char *end;
  const char *nul;
  const char *bad = NULL;
  guint depth = 0;
  guint comments = 0;

  /* An empty member of a package comes as NULL: no pointer arithmetic
   * on it (undefined behaviour, which UBSan reports). */
  if (length == 0 || data == NULL)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_EMPTY, 0, "the file is empty");
      return FALSE;
    }
  end = data + length;
  nul = memchr (data, '\0', length);
  if (nul != NULL || !g_utf8_validate (data, length, &bad))
    {
      const char *at = nul != NULL ? nul : bad;

      syl_import_bank_error (bank, SYL_IMPORT_ERROR_ENCODING, count_lines_to (data, at - data),
                             "this line is not UTF-8 text; QTI files must be UTF-8");
      return FALSE;
    }

  for (const char *p = data; p < end; p++)
    {
      const char *close;

      if (*p != '<')
        continue;

      if (p + 4 <= end && memcmp (p, "<!--", 4) == 0)
        {
          close = find_text (p + 4, end, "-->");
          comments++;
        }
      else if (p + 2 <= end && p[1] == '?')
        {
          close = find_text (p + 2, end, "?>");
          comments++;
        }
      else if (p + 9 <= end && memcmp (p, "<![CDATA[", 9) == 0)
        close = find_text (p + 9, end, "]]>");
      else if (p + 2 <= end && p[1] == '!')
        {
          syl_import_bank_error (bank, SYL_IMPORT_ERROR_FORBIDDEN, count_lines_to (data, p - data),
                                 "a DOCTYPE or entity declaration; QTI files with a DTD are"
                                 " refused (nothing is loaded from outside the file)");
          return FALSE;
        }
      else
        {
          gboolean in_quote = FALSE;
          char quote = 0;
          guint attributes = 0;

          for (close = p + 1; close < end; close++)
            {
              if (in_quote)
                {
                  if (*close == quote)
                    in_quote = FALSE;
                }
              else if (*close == '"' || *close == '\'')
                {
                  in_quote = TRUE;
                  quote = *close;
                }
              else if (*close == '=')
                attributes++;
              else if (*close == '>')
                break;
            }
          if (close >= end)
            close = NULL;

          if (attributes > MAX_ATTRIBUTES)
            {
              syl_import_bank_error (bank, SYL_IMPORT_ERROR_TOO_LARGE, count_lines_to (data, p - data),
                                     "an element with more than %u attributes", MAX_ATTRIBUTES);
              return FALSE;
            }
          if (close != NULL && p[1] == '/')
            depth = depth > 0 ? depth - 1 : 0;
          else if (close != NULL && close[-1] != '/' && ++depth > MAX_DEPTH)
            {
              syl_import_bank_error (bank, SYL_IMPORT_ERROR_TOO_LARGE, count_lines_to (data, p - data),
                                     "elements nested more than %u deep", MAX_DEPTH);
              return FALSE;
            }
        }

      if (comments > MAX_COMMENTS)
        {
          syl_import_bank_error (bank, SYL_IMPORT_ERROR_TOO_LARGE, count_lines_to (data, p - data),
                                 "more than %u comments and processing instructions", MAX_COMMENTS);
          return FALSE;
        }
      if (close == NULL)
        break;  /* the parser says what is unfinished, and where */
      p = close;
    }

  return TRUE;
}

static xmlDoc *
parse_xml (SylImportBank *bank,
           const char    *data,
           gsize          length)
{
  xmlParserCtxtPtr context;
  xmlDoc *doc;

  if (!check_markup (bank, data, length))
    return NULL;
  if (length > G_MAXINT)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_TOO_LARGE, 0, "the file is too large");
      return NULL;
    }

  context = xmlNewParserCtxt ();
  if (context == NULL)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_IO, 0, "out of memory");
      return NULL;
    }

  doc = xmlCtxtReadMemory (context, data, (int)length, NULL, "UTF-8", PARSE_OPTIONS);
  if (doc == NULL || !context->wellFormed)
    {
      xmlErrorPtr err = xmlCtxtGetLastError (context);
      g_autofree char *message = syl_pack_normalize_text (err != NULL && err->message != NULL ?
                                                          err->message : "not well-formed XML");

      if (g_str_has_suffix (message, "."))
        message[strlen (message) - 1] = '\0';
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, err != NULL ? MAX (err->line, 0) : 0,
                             "%s; the file is not well-formed XML (or it is cut short)", message);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  xmlFreeParserCtxt (context);
  return doc;
}

/* Items */

static Declaration *
read_declaration (xmlNode *node)
{
  Declaration *declaration = g_new0 (Declaration, 1);
  g_autofree char *cardinality = dup_attr (node, "cardinality");
  xmlNode *correct = first_child_named (node, "correctResponse");
  xmlNode *mapping = first_child_named (node, "mapping");

  declaration->identifier = dup_attr (node, "identifier");
  declaration->multiple = g_strcmp0 (cardinality, "multiple") == 0 ||
                          g_strcmp0 (cardinality, "ordered") == 0;
  declaration->correct = g_ptr_array_new_with_free_func (g_free);
  declaration->mapped_right = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *value = correct != NULL ? correct->children : NULL; value != NULL; value = value->next)
    if (is_named (value, "value"))
      g_ptr_array_add (declaration->correct, g_strstrip (dup_text (value, FALSE)));

  for (xmlNode *entry = mapping != NULL ? mapping->children : NULL; entry != NULL; entry = entry->next)
    {
      g_autofree char *key = NULL;
      g_autofree char *mapped = NULL;

      if (!is_named (entry, "mapEntry"))
        continue;
      key = dup_attr (entry, "mapKey");
      mapped = dup_attr (entry, "mappedValue");
      if (key != NULL && mapped != NULL && g_ascii_strtod (mapped, NULL) > 0)
        g_ptr_array_add (declaration->mapped_right, g_steal_pointer (&key));
    }

  return declaration;
}

static void
collect_interactions (xmlNode   *node,
                      GPtrArray *found,
                      guint      depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_interaction (child))
        g_ptr_array_add (found, child);
      else if (!is_hidden_part (child))
        collect_interactions (child, found, depth + 1);
    }
}

static void
collect_feedback (xmlNode   *node,
                  GPtrArray *found,
                  guint      depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_named (child, "modalFeedback") || is_named (child, "feedbackBlock"))
        g_ptr_array_add (found, child);
      else if (child->type == XML_ELEMENT_NODE && !is_interaction (child))
        collect_feedback (child, found, depth + 1);
    }
}

static int
choice_index (GPtrArray  *choice_ids,
              const char *identifier)
{
  for (guint i = 0; i < choice_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (choice_ids, i), identifier) == 0)
      return i;

  return -1;
}

static void
read_item (SylImportBank *bank,
           xmlNode       *root,
           const char    *domain,
           const char    *task)
{
  g_autoptr(SylImportQuestion) question = syl_import_question_new (node_line (root));
  g_autoptr(GPtrArray) declarations = g_ptr_array_new_with_free_func ((GDestroyNotify)declaration_free);
  g_autoptr(GPtrArray) interactions = g_ptr_array_new ();
  g_autoptr(GPtrArray) feedback = g_ptr_array_new ();
  g_autoptr(GPtrArray) choice_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) stem = g_string_new (NULL);
  g_autoptr(GString) explanation = g_string_new (NULL);
  g_autofree char *identifier = dup_attr (root, "identifier");
  g_autofree char *response_id = NULL;
  g_autofree char *body_text = NULL;
  g_autofree char *prompt_text = NULL;
  xmlNode *body = first_child_named (root, "itemBody");
  xmlNode *interaction;
  Declaration *declaration = NULL;
  GPtrArray *right;
  guint line = question->line;
  guint n_errors = bank->errors->len;

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (is_named (child, "responseDeclaration"))
      g_ptr_array_add (declarations, read_declaration (child));

  if (body != NULL)
    collect_interactions (body, interactions, 0);
  if (interactions->len != 1)
    {
      syl_import_bank_skip (bank, line, "item \"%.64s\" left out: it has %u interactions, and"
                            " Syllabus shows items with one choiceInteraction",
                            identifier != NULL ? identifier : "", interactions->len);
      return;
    }
  interaction = g_ptr_array_index (interactions, 0);
  if (!is_named (interaction, "choiceInteraction"))
    {
      syl_import_bank_skip (bank, node_line (interaction), "item \"%.64s\" left out: a %s cannot be"
                            " shown by Syllabus, which shows choiceInteraction items",
                            identifier != NULL ? identifier : "", (const char *)interaction->name);
      return;
    }

  response_id = dup_attr (interaction, "responseIdentifier");
  for (guint i = 0; i < declarations->len; i++)
    if (g_strcmp0 (((Declaration *)g_ptr_array_index (declarations, i))->identifier, response_id) == 0)
      declaration = g_ptr_array_index (declarations, i);
  if (declaration == NULL)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, node_line (interaction),
                             "the choiceInteraction's responseIdentifier \"%.64s\" has no"
                             " responseDeclaration", response_id != NULL ? response_id : "");
      return;
    }

  body_text = dup_text (body, TRUE);
  prompt_text = dup_text (first_child_named (interaction, "prompt"), FALSE);
  g_string_append (stem, body_text);
  if (prompt_text[0] != '\0')
    g_string_append_printf (stem, "%s%s", stem->len > 0 ? " " : "", prompt_text);
  question->stem = syl_import_text_dup_clean (stem->str, stem->len);
  question->id = g_steal_pointer (&identifier);
  question->domain = g_strdup (domain);
  question->task = g_strdup (task);

  if (has_image (body, 0))
    syl_import_bank_warn (bank, line, "item \"%.64s\" shows an image; Syllabus shows its text"
                          " (and the image's alt text) only", question->id != NULL ? question->id : "");

  for (xmlNode *child = interaction->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;
      g_autofree char *why = NULL;
      xmlNode *inline_feedback;

      if (!is_named (child, "simpleChoice"))
        continue;

      text = dup_text (child, FALSE);
      inline_feedback = first_child_named (child, "feedbackInline");
      if (inline_feedback != NULL)
        why = dup_text (inline_feedback, FALSE);
      g_ptr_array_add (choice_ids, dup_attr (child, "identifier"));
      syl_import_question_add_option (question, text, why, FALSE);
      if (question->options->len > SYL_IMPORT_MAX_OPTIONS)
        break;
    }

  right = declaration->correct->len > 0 ? declaration->correct : declaration->mapped_right;
  if (right->len == 0)
    {
      syl_import_bank_skip (bank, line, "item \"%.64s\" left out: its responseDeclaration gives no"
                            " correct response (correctResponse or a mapping above 0)",
                            question->id != NULL ? question->id : "");
      return;
    }
  for (guint i = 0; i < right->len; i++)
    {
      int index = choice_index (choice_ids, g_ptr_array_index (right, i));

      if (index < 0)
        syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, line,
                               "the correct response \"%.64s\" names no simpleChoice of the item",
                               (const char *)g_ptr_array_index (right, i));
      else
        ((SylImportOption *)g_ptr_array_index (question->options, index))->correct = TRUE;
    }

  if (!declaration->multiple)
    question->type = SYL_IMPORT_TYPE_SINGLE;
  else if (right->len == 1)
    syl_import_bank_warn (bank, line, "item \"%.64s\" lets the learner choose several options"
                          " but has one right answer; it becomes a one-answer question",
                          question->id != NULL ? question->id : "");

  /* Feedback tied to an option is its why; the rest explains the item. */
  collect_feedback (root, feedback, 0);
  for (guint i = 0; i < feedback->len; i++)
    {
      xmlNode *node = g_ptr_array_index (feedback, i);
      g_autofree char *feedback_id = dup_attr (node, "identifier");
      g_autofree char *text = dup_text (node, FALSE);
      int index = choice_index (choice_ids, feedback_id);

      if (text[0] == '\0')
        continue;
      if (index >= 0 && ((SylImportOption *)g_ptr_array_index (question->options, index))->why == NULL)
        ((SylImportOption *)g_ptr_array_index (question->options, index))->why = g_steal_pointer (&text);
      else
        g_string_append_printf (explanation, "%s%s", explanation->len > 0 ? " " : "", text);
    }
  question->explanation = g_strdup (explanation->str);

  if (bank->errors->len == n_errors)
    syl_import_bank_add (bank, g_steal_pointer (&question));
}

static void
read_item_root (SylImportBank *bank,
                xmlNode       *root,
                const char    *domain,
                const char    *task)
{
  if (root != NULL && is_named (root, "assessmentItem"))
    read_item (bank, root, domain, task);
  else if (root != NULL && g_str_equal ((const char *)root->name, "questestinterop"))
    syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, node_line (root),
                           "this is QTI 1.2, which Syllabus does not read; export the questions"
                           " as QTI 2.1 or 3.0");
  else if (root != NULL && is_named (root, "assessmentTest"))
    syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, node_line (root),
                           "a QTI test refers to its items in other files; import the content"
                           " package (the zip with imsmanifest.xml) instead");
  else
    syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, root != NULL ? node_line (root) : 0,
                           "not a QTI item: the root element is <%.64s>, not <assessmentItem>"
                           " or <qti-assessment-item>", root != NULL ? (const char *)root->name : "");
}

/* Packages */

/* @href (a URI reference in the package) resolved against the folder
 * @base, as an entry name; %NULL when it leaves the package or is not a
 * relative reference. */
static char *
dup_resolved (const char *base,
              const char *href)
{
  g_autofree char *unescaped = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  char *cut;

  if (href == NULL || href[0] == '\0' || href[0] == '/' || strchr (href, ':') != NULL)
    return NULL;

  unescaped = g_uri_unescape_string (href, NULL);
  if (unescaped == NULL)
    unescaped = g_strdup (href);
  cut = strpbrk (unescaped, "?#");
  if (cut != NULL)
    *cut = '\0';

  joined = base != NULL && base[0] != '\0' ? g_strconcat (base, "/", unescaped, NULL) : g_strdup (unescaped);
  parts = g_strsplit (joined, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0' || g_str_equal (parts[i], "."))
        continue;
      if (g_str_equal (parts[i], ".."))
        {
          if (kept->len == 0)
            return NULL;
          g_ptr_array_remove_index (kept, kept->len - 1);
          continue;
        }
      g_ptr_array_add (kept, parts[i]);
    }
  if (kept->len == 0)
    return NULL;

  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **)kept->pdata);
}

static char *
dup_folder (const char *entry)
{
  const char *slash = strrchr (entry, '/');

  return slash != NULL ? g_strndup (entry, slash - entry) : g_strdup ("");
}

typedef struct
{
  char *domain;
  char *task;
} Category;

static void
category_free (Category *category)
{
  g_free (category->domain);
  g_free (category->task);
  g_free (category);
}

static char *
dup_section_title (xmlNode *section)
{
  g_autofree char *title = dup_attr (section, "title");

  if (title == NULL || title[0] == '\0')
    {
      g_free (title);
      title = dup_attr (section, "identifier");
    }

  return title != NULL ? syl_import_text_dup_clean (title, -1) : g_strdup ("");
}

/* The outermost section of a test is the domain of its items, the
 * innermost the task. */
static void
read_sections (xmlNode    *node,
               const char *folder,
               const char *domain,
               const char *task,
               guint       depth,
               GHashTable *categories)
{
  if (depth > MAX_SECTION_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_named (child, "assessmentSection") || is_named (child, "testPart"))
        {
          g_autofree char *title = is_named (child, "assessmentSection") ? dup_section_title (child) : NULL;
          const char *child_domain = domain;
          const char *child_task = task;

          if (title != NULL && domain == NULL)
            child_domain = title;
          else if (title != NULL)
            child_task = title;
          read_sections (child, folder, child_domain, child_task, depth + 1, categories);
        }
      else if (is_named (child, "assessmentItemRef") && domain != NULL)
        {
          g_autofree char *href = dup_attr (child, "href");
          g_autofree char *entry = dup_resolved (folder, href);
          Category *category;

          if (entry == NULL || g_hash_table_contains (categories, entry))
            continue;
          category = g_new0 (Category, 1);
          category->domain = g_strdup (domain);
          category->task = g_strdup (task);
          g_hash_table_insert (categories, g_steal_pointer (&entry), category);
        }
    }
}

static gboolean
is_resource_type (const char *type,
                  const char *prefix)
{
  return type != NULL && g_ascii_strncasecmp (type, prefix, strlen (prefix)) == 0;
}

static char *
dup_resource_href (xmlNode *resource)
{
  char *href = dup_attr (resource, "href");

  if (href != NULL)
    return href;

  for (xmlNode *child = resource->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && g_str_equal ((const char *)child->name, "file"))
      return dup_attr (child, "href");

  return NULL;
}

static void
collect_resources (xmlNode   *node,
                   GPtrArray *found,
                   guint      depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal ((const char *)child->name, "resource"))
        g_ptr_array_add (found, child);
      else
        collect_resources (child, found, depth + 1);
    }
}

static char *
dup_entry_display (SylImportBank *bank,
                   const char    *entry)
{
  return g_strconcat (bank->source, "/", entry, NULL);
}

static void
read_package (SylImportBank *bank,
              const char    *data,
              gsize          length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GHashTable) categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify)category_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) resources = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) item_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(XmlDoc) manifest = NULL;
  g_autofree char *manifest_name = NULL;
  GBytes *bytes;
  xmlNode *root;

  entries = syl_import_archive_read (data, length, bank->source, ".xml", NULL, &error);
  if (entries == NULL)
    {
      syl_import_bank_take_error (bank, g_steal_pointer (&error));
      return;
    }

  bytes = g_hash_table_lookup (entries, "imsmanifest.xml");
  if (bytes == NULL)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, 0,
                             "no imsmanifest.xml at the top of the package; a QTI content"
                             " package lists its items there");
      return;
    }

  manifest_name = dup_entry_display (bank, "imsmanifest.xml");
  syl_import_bank_set_file (bank, manifest_name);
  manifest = parse_xml (bank, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (manifest == NULL)
    return;
  root = xmlDocGetRootElement (manifest);
  if (root == NULL)
    return;

  collect_resources (root, resources, 0);

  /* Tests first: their sections name the categories of the items. */
  for (guint i = 0; i < resources->len; i++)
    {
      xmlNode *resource = g_ptr_array_index (resources, i);
      g_autofree char *type = dup_attr (resource, "type");
      g_autofree char *href = NULL;
      g_autofree char *entry = NULL;
      g_autofree char *test_name = NULL;
      g_autofree char *folder = NULL;
      g_autoptr(XmlDoc) test = NULL;
      GBytes *test_bytes;

      if (is_resource_type (type, "imsqti_xmlv1p"))
        {
          syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, node_line (resource),
                                 "this package holds QTI 1.2, which Syllabus does not read;"
                                 " export the questions as QTI 2.1 or 3.0");
          return;
        }
      if (!is_resource_type (type, "imsqti_test_xml"))
        continue;

      href = dup_resource_href (resource);
      entry = dup_resolved (NULL, href);
      test_bytes = entry != NULL ? g_hash_table_lookup (entries, entry) : NULL;
      if (test_bytes == NULL)
        {
          syl_import_bank_warn (bank, node_line (resource), "the test \"%.200s\" is not in the"
                                " package; its sections are not used", href != NULL ? href : "");
          continue;
        }

      test_name = dup_entry_display (bank, entry);
      syl_import_bank_set_file (bank, test_name);
      test = parse_xml (bank, g_bytes_get_data (test_bytes, NULL), g_bytes_get_size (test_bytes));
      syl_import_bank_set_file (bank, manifest_name);
      if (test == NULL)
        return;
      folder = dup_folder (entry);
      read_sections (xmlDocGetRootElement (test), folder, NULL, NULL, 0, categories);
    }

  for (guint i = 0; i < resources->len; i++)
    {
      xmlNode *resource = g_ptr_array_index (resources, i);
      g_autofree char *type = dup_attr (resource, "type");
      g_autofree char *href = NULL;
      g_autofree char *entry = NULL;
      guint line = node_line (resource);

      if (!is_resource_type (type, "imsqti_item_xml"))
        continue;

      href = dup_resource_href (resource);
      entry = dup_resolved (NULL, href);
      if (entry == NULL)
        {
          syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, line,
                                 "the item \"%.200s\" is not a file inside the package",
                                 href != NULL ? href : "");
          continue;
        }
      if (!g_hash_table_add (seen, g_strdup (entry)))
        continue;
      if (!g_hash_table_contains (entries, entry))
        {
          syl_import_bank_error (bank, SYL_IMPORT_ERROR_SYNTAX, line,
                                 "the item \"%.200s\" is listed here but not in the package", entry);
          continue;
        }
      g_ptr_array_add (items, g_steal_pointer (&entry));
      g_array_append_val (item_lines, line);
    }

  if (items->len == 0 && bank->errors->len == 0)
    {
      syl_import_bank_error (bank, SYL_IMPORT_ERROR_EMPTY, node_line (root),
                             "the manifest lists no QTI items (resources of type"
                             " imsqti_item_xmlv2p1, …v2p2 or …v3p0)");
      return;
    }

  for (guint i = 0; i < items->len && !bank->full; i++)
    {
      const char *entry = g_ptr_array_index (items, i);
      GBytes *item_bytes = g_hash_table_lookup (entries, entry);
      Category *category = g_hash_table_lookup (categories, entry);
      g_autofree char *item_name = dup_entry_display (bank, entry);
      g_autoptr(XmlDoc) item = NULL;

      syl_import_bank_set_file (bank, item_name);
      item = parse_xml (bank, g_bytes_get_data (item_bytes, NULL), g_bytes_get_size (item_bytes));
      if (item != NULL)
        read_item_root (bank, xmlDocGetRootElement (item),
                        category != NULL ? category->domain : NULL,
                        category != NULL ? category->task : NULL);
    }

  syl_import_bank_set_file (bank, NULL);
}

/**
 * syl_import_qti_read:
 * @bank: where the questions and problems go
 * @data: a QTI item file, or a content package (zip)
 * @length: its size
 *
 * Reads QTI items into @bank.
 */
void
syl_import_qti_read (SylImportBank *bank,
                     const char    *data,
                     gsize          length)
{
  g_autoptr(XmlDoc) doc = NULL;

  if (syl_import_archive_looks_like_zip (data, length))
    {
      read_package (bank, data, length);
      syl_import_bank_set_file (bank, NULL);
      return;
    }

  doc = parse_xml (bank, data, length);
  if (doc != NULL)
    read_item_root (bank, xmlDocGetRootElement (doc), NULL, NULL);
}
