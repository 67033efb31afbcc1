/* syl-pack-loader.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-loader"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include "syl-pack-input.h"
#include "syl-pack-loader.h"
#include "syl-pack-private.h"
#include "syl-pack-scan.h"
#include "syl-pack-schema-resources.h"
#include "syl-reference.h"

/* How the loader stays safe with untrusted files:
 *
 * - the size is checked before anything is read (SYL_PACK_MAX_FILE_SIZE);
 * - the bytes must be UTF-8 (no NUL), and a declared encoding must be UTF-8;
 * - the prolog is scanned before parsing and a DOCTYPE is refused, so no DTD,
 *   no entity declaration (billion laughs, external entities) ever reaches
 *   libxml2; the reader refuses DOCTYPE and entity nodes again;
 * - libxml2 runs with XML_PARSE_NONET and without XML_PARSE_NOENT,
 *   XML_PARSE_DTDLOAD, XML_PARSE_XINCLUDE or XML_PARSE_HUGE;
 * - the file is read with a streaming xmlTextReader validated against the
 *   built-in RELAX NG schema; each top-level element (and each question) is
 *   expanded on its own, so memory stays proportional to one element.
 */

#define SCHEMA_RESOURCE "/io/github/syllabus/Syllabus/schema/pack.rng"
#define MAX_ERRORS_PER_FILE 50
#define NS ((const xmlChar *)SYL_PACK_NAMESPACE)
/* XML_PARSE_BIG_LINES: without it, every line past 65,535 is 65,535. */
#define READER_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES)
#define MAX_ID_LENGTH 64

/* Bounds of the numbers, as in data/schema/pack.rng: small enough that
 * no sum or product of them wraps a guint. */
#define MAX_VERSION 1000000000
#define MAX_EXAM_QUESTIONS 100000       /* scored=, unscored= */
#define MAX_MINUTES 1440
#define MAX_SCORE 100000                /* score-min=, score-max=, pass= */
#define MAX_WEIGHT 100
#define MAX_SHOWN_CHARS 80

G_DEFINE_QUARK (syl-pack-error-quark, syl_pack_error)

/* The errors of a whole load, formatted. */
typedef struct
{
  GString *text;
  int first_code;               /* -1 while empty */
  guint count;
} ErrorText;

typedef struct
{
  guint line;                   /* 0: no line */
  int code;
  char *message;
} ErrorEntry;

/* The errors of one file, kept apart until the file is done, so that they
 * can be sorted and merged (see loader_merge_attribute_errors()). */
typedef struct
{
  GArray *entries;              /* ErrorEntry, at most MAX_ERRORS_PER_FILE */
  int first_code;               /* -1 while empty */
  guint count;                  /* all of them, shown or not */
} ErrorList;

typedef struct
{
  const char *kind;             /* static string */
  char *file;
  guint line;
} IdSite;

typedef struct
{
  char *question;
  guint line;
} ChangeSite;

typedef enum
{
  FILE_PACK,                    /* root <pack> */
  FILE_QUESTIONS,               /* root <questions pack="…"> of a folder pack */
} FileKind;

typedef struct
{
  SylPack *pack;
  GHashTable *ids;              /* id → IdSite */
  ErrorText all;

  /* the file being read */
  char *file;                   /* as messages name it */
  FileKind kind;
  xmlTextReaderPtr reader;
  ErrorList structure;          /* malformed, schema, encoding… */
  ErrorList semantic;           /* rules that span elements */
  ErrorList stream_errors;      /* what the streaming reader said */
  ErrorList attr_errors;        /* attributes the loader checks itself */
  gboolean schema_derailed;     /* see on_reader_error_cb() */
  gboolean parse_failed;
  gboolean stop;

  guint weight_sum;
  guint n_domains;
  guint exam_line;              /* of pack.xml (pack_file) */
  char *pack_file;
  GArray *change_sites;         /* ChangeSite: <change> elements of pack.xml */
  GHashTable *change_versions;  /* versions with a <changes> */
  gboolean syllabus_ok;         /* pack.xml read without structural errors */
} Loader;

static void
id_site_free (gpointer data)
{
  IdSite *site = data;

  g_free (site->file);
  g_free (site);
}

static void
change_site_clear (gpointer data)
{
  ChangeSite *site = data;

  g_free (site->question);
}

static void
error_entry_clear (gpointer data)
{
  ErrorEntry *entry = data;

  g_free (entry->message);
}

static void
error_list_init (ErrorList *list)
{
  list->entries = g_array_new (FALSE, FALSE, sizeof (ErrorEntry));
  g_array_set_clear_func (list->entries, error_entry_clear);
  list->first_code = -1;
  list->count = 0;
}

static void
error_list_clear (ErrorList *list)
{
  g_clear_pointer (&list->entries, g_array_unref);
}

static void
error_list_reset (ErrorList *list)
{
  g_array_set_size (list->entries, 0);
  list->first_code = -1;
  list->count = 0;
}

/* Whatever a message quotes (an id, a name, libxml2's words about the
 * file), it stays one line of FILE:LINE: text: control characters are
 * escaped here, as a last guard. */
static char *
dup_one_line (const char *message)
{
  GString *out;

  if (strpbrk (message, "\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12"
                        "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f") == NULL)
    return g_strdup (message);

  out = g_string_new (NULL);
  for (const char *p = message; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_c (out, (char)c);
    }

  return g_string_free (out, FALSE);
}

static void
error_list_add (ErrorList  *list,
                int         code,
                guint       line,
                const char *message)
{
  ErrorEntry entry;

  if (list->first_code < 0)
    list->first_code = code;
  list->count++;
  if (list->count > MAX_ERRORS_PER_FILE)
    return;

  entry.line = line;
  entry.code = code;
  entry.message = dup_one_line (message);
  g_array_append_val (list->entries, entry);
}

/* Moves every entry of @from to the end of @to. */
static void
error_list_move (ErrorList *to,
                 ErrorList *from)
{
  for (guint i = 0; i < from->entries->len; i++)
    {
      ErrorEntry *entry = &g_array_index (from->entries, ErrorEntry, i);

      error_list_add (to, entry->code, entry->line, entry->message);
    }
  if (from->count > from->entries->len)
    to->count += from->count - from->entries->len;
  error_list_reset (from);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const ErrorEntry *x = a, *y = b;

  return (x->line > y->line) - (x->line < y->line);
}

static void G_GNUC_PRINTF (5, 6)
loader_error (Loader     *self,
              ErrorList  *list,
              int         code,
              guint       line,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  error_list_add (list, code, line, message);
}

#define structure_error(self, code, line, ...) \
  loader_error ((self), &(self)->structure, (code), (line), __VA_ARGS__)
#define semantic_error(self, code, line, ...) \
  loader_error ((self), &(self)->semantic, (code), (line), __VA_ARGS__)

/* Moves the errors of the current file to the list of all errors. When the
 * file broke the schema, rule errors are dropped: they would mostly repeat
 * the same problem. */
static void
loader_flush_file (Loader *self)
{
  ErrorList *list = self->structure.count > 0 ? &self->structure : &self->semantic;

  if (list->count > 0)
    {
      if (self->all.first_code < 0)
        self->all.first_code = list->first_code;
      self->all.count += list->count;
      for (guint i = 0; i < list->entries->len; i++)
        {
          ErrorEntry *entry = &g_array_index (list->entries, ErrorEntry, i);

          if (entry->line > 0)
            g_string_append_printf (self->all.text, "%s:%u: %s\n",
                                    self->file, entry->line, entry->message);
          else
            g_string_append_printf (self->all.text, "%s: %s\n", self->file, entry->message);
        }
      if (list->count > list->entries->len)
        g_string_append_printf (self->all.text,
                                "%s: %u more errors not shown\n",
                                self->file, list->count - list->entries->len);
    }

  error_list_reset (&self->structure);
  error_list_reset (&self->semantic);
  error_list_reset (&self->stream_errors);
  error_list_reset (&self->attr_errors);
}

/* The loader's own attribute errors are schema errors, reported where
 * the full schema would have reported them: along with the other schema
 * errors, and not after a problem that stops validation (malformed XML,
 * DOCTYPE, namespace…). They say more than libxml2's "failed to validate
 * attributes" for the same element, which is dropped. */
static void
loader_merge_attribute_errors (Loader *self)
{
  ErrorList *list = &self->structure;
  g_autoptr(GHashTable) lines = g_hash_table_new (NULL, NULL);

  if (self->attr_errors.count == 0)
    return;

  for (guint i = 0; i < self->attr_errors.entries->len; i++)
    g_hash_table_add (lines, GUINT_TO_POINTER (g_array_index (self->attr_errors.entries,
                                                              ErrorEntry, i).line));
  for (guint i = list->entries->len; i-- > 0;)
    {
      ErrorEntry *entry = &g_array_index (list->entries, ErrorEntry, i);

      if (entry->code == SYL_PACK_ERROR_SCHEMA &&
          g_hash_table_contains (lines, GUINT_TO_POINTER (entry->line)))
        {
          g_array_remove_index (list->entries, i);
          list->count--;
        }
    }

  error_list_move (list, &self->attr_errors);
  list->first_code = SYL_PACK_ERROR_SCHEMA;
  g_array_sort (list->entries, compare_entries);
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/**
 * syl_pack_normalize_text:
 * @text: (nullable): text as written in the file
 *
 * Collapses runs of XML white space (space, tab, newline, carriage return)
 * to one space and trims both ends, as the loader does for every text.
 *
 * Returns: (transfer full): the normalised text, "" for %NULL
 */
char *
syl_pack_normalize_text (const char *text)
{
  char *out;
  char *q;
  gboolean pending_space = FALSE;
  gsize length;

  if (text == NULL)
    return g_strdup ("");

  /* Most texts are normal already, one line with single spaces: libc's
   * string functions find that far faster than the loop below. */
  length = strlen (text);
  if (length > 0 && !is_xml_space (text[0]) && !is_xml_space (text[length - 1]) &&
      strpbrk (text, "\t\n\r") == NULL && strstr (text, "  ") == NULL)
    return g_memdup2 (text, length + 1);

  /* The result is never longer than the input: write it in place through
   * a pointer (this runs on every text of a pack). */
  out = g_malloc (length + 1);
  q = out;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_xml_space (*p))
        {
          pending_space = q != out;
          continue;
        }
      if (pending_space)
        *q++ = ' ';
      pending_space = FALSE;
      *q++ = *p;
    }
  *q = '\0';

  return out;
}

/* Schema */

/* Removes the facets (pattern, maxLength) of <define name="id-value">:
 * libxml2 2.9 compiles the pattern's regular expression again for every
 * attribute it checks, a quarter of the time a pack takes to load. The
 * loader checks the id syntax itself (check_id()); data/schema/pack.rng
 * keeps the facets for authors' tools. */
static void
strip_id_facets (xmlDocPtr doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *define = root != NULL ? root->children : NULL; define != NULL; define = define->next)
    {
      xmlChar *name;
      gboolean is_id_value;

      if (define->type != XML_ELEMENT_NODE || !xmlStrEqual (define->name, (const xmlChar *)"define"))
        continue;
      name = xmlGetNoNsProp (define, (const xmlChar *)"name");
      is_id_value = xmlStrEqual (name, (const xmlChar *)"id-value");
      xmlFree (name);
      if (!is_id_value)
        continue;

      for (xmlNode *data = define->children; data != NULL; data = data->next)
        {
          xmlNode *next;

          if (data->type != XML_ELEMENT_NODE || !xmlStrEqual (data->name, (const xmlChar *)"data"))
            continue;
          for (xmlNode *param = data->children; param != NULL; param = next)
            {
              next = param->next;
              if (param->type == XML_ELEMENT_NODE &&
                  xmlStrEqual (param->name, (const xmlChar *)"param"))
                {
                  xmlUnlinkNode (param);
                  xmlFreeNode (param);
                }
            }
          return;
        }
    }

  g_error ("The built-in pack schema has no <define name=\"id-value\"><data>");
}

static gpointer
compile_schema (gpointer data)
{
  g_autoptr(GBytes) bytes = syl_pack_loader_dup_schema ();
  xmlRelaxNGParserCtxtPtr ctxt;
  xmlRelaxNGPtr schema;
  xmlDocPtr doc;
  gsize size;
  const char *rng = g_bytes_get_data (bytes, &size);

  xmlInitParser ();
  doc = xmlReadMemory (rng, (int)size, "pack.rng", NULL, XML_PARSE_NONET);
  if (doc == NULL)
    g_error ("The built-in pack schema is not well-formed");
  strip_id_facets (doc);

  /* The context works on its own copy of the document. */
  ctxt = xmlRelaxNGNewDocParserCtxt (doc);
  schema = xmlRelaxNGParse (ctxt);
  xmlRelaxNGFreeParserCtxt (ctxt);
  xmlFreeDoc (doc);

  /* The schema is part of the program: failing here is a build bug. */
  if (schema == NULL)
    g_error ("The built-in pack schema does not compile");

  return schema;
}

static xmlRelaxNGPtr
get_schema (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, compile_schema, NULL);

  return once.retval;
}

/**
 * syl_pack_loader_dup_schema:
 *
 * Returns: (transfer full): the RELAX NG schema of pack files built into
 *   the program (data/schema/pack.rng)
 */
GBytes *
syl_pack_loader_dup_schema (void)
{
  GBytes *bytes;

  bytes = g_resource_lookup_data (syl_pack_schema_get_resource (), SCHEMA_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);

  return bytes;
}

/* Checks before parsing */

static gboolean
check_bytes (Loader     *self,
             const char *data,
             gsize       length)
{
  g_autoptr(GError) local_error = NULL;
  guint line = 0;

  if (!syl_pack_scan (data, length, &line, &local_error))
    {
      structure_error (self, local_error->code, line, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* DOM helpers for the expanded elements */

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  /* strcmp(), not xmlStrEqual(): this runs for every element and child
   * looked at, and libc's is many times faster on the long namespace. */
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         node->ns != NULL && node->ns->href != NULL &&
         strcmp ((const char *) node->ns->href, (const char *) NS) == 0 &&
         (name == NULL || strcmp ((const char *) node->name, name) == 0);
}

static xmlNode *
first_child (xmlNode    *node,
             const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, name))
      return child;

  return NULL;
}

static guint
node_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint)line : 0;
}

/* The node's own text (not its child elements'), normalised. */
static char *
dup_text (xmlNode *node)
{
  g_autoptr(GString) text = NULL;

  if (node == NULL)
    return g_strdup ("");

  /* Most elements hold one text node: normalise it without a copy. */
  if (node->children != NULL && node->children->next == NULL &&
      (node->children->type == XML_TEXT_NODE || node->children->type == XML_CDATA_SECTION_NODE))
    return syl_pack_normalize_text ((const char *)node->children->content);

  text = g_string_new (NULL);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
        child->content != NULL)
      g_string_append (text, (const char *)child->content);

  return syl_pack_normalize_text (text->str);
}

/* Like dup_text(), but an empty text is an error. @what names the element
 * for the message. */
static char *
dup_required_text (Loader     *self,
                   xmlNode    *node,
                   const char *what)
{
  char *text = dup_text (node);

  if (node != NULL && text[0] == '\0')
    semantic_error (self, SYL_PACK_ERROR_EMPTY_TEXT, node_line (node),
                    "<%s> is empty; write its text", what);

  return text;
}

static char *
dup_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *)name);
  char *result;

  if (value == NULL)
    return NULL;

  result = g_strstrip (g_strdup ((const char *)value));
  xmlFree (value);

  return result;
}

/* @value as a message quotes it: one line, at most MAX_SHOWN_CHARS. */
static char *
dup_shown (const char *value)
{
  return syl_pack_input_dup_printable (value, MAX_SHOWN_CHARS, FALSE);
}

/* Attributes are checked by the loader as well as by the schema: the
 * streaming validator reports a problem after the loader has seen the
 * element, and says only "failed to validate attributes". These errors
 * are kept aside until the file is done (loader_merge_attribute_errors()). */
static void G_GNUC_PRINTF (3, 4)
attribute_error (Loader     *self,
                 xmlNode    *node,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  error_list_add (&self->attr_errors, SYL_PACK_ERROR_SCHEMA, node_line (node), message);
}

/* A required attribute, or %NULL after an error naming it. Nothing that
 * reads an attribute may assume that the schema has checked it: the
 * streaming validator reports after the loader has seen the element. */
static char *
dup_required_attr (Loader     *self,
                   xmlNode    *node,
                   const char *name)
{
  char *value = dup_attr (node, name);

  if (value == NULL)
    attribute_error (self, node, "<%s> has no %s= attribute; add it (see docs/pack-format.md)",
                     (const char *)node->name, name);

  return value;
}

/* A whole number between @min and @max. A missing optional attribute
 * gives 0 and %TRUE; a missing required one or a bad value an error and
 * %FALSE (*@value is then 0). */
static gboolean
get_number_attr (Loader     *self,
                 xmlNode    *node,
                 const char *name,
                 gboolean    required,
                 guint       min,
                 guint       max,
                 guint      *value)
{
  g_autofree char *text = required ? dup_required_attr (self, node, name) : dup_attr (node, name);
  g_autofree char *shown = NULL;
  guint64 v;

  *value = 0;
  if (text == NULL)
    return !required;

  shown = dup_shown (text);
  for (const char *p = text; ; p++)
    if (*p == '\0' ? p == text : !g_ascii_isdigit (*p))
      {
        attribute_error (self, node, "<%s %s=\"%s\">: not a whole number; write it with the"
                         " digits 0-9 only", (const char *)node->name, name, shown);
        return FALSE;
      }
    else if (*p == '\0')
      break;

  if (!g_ascii_string_to_unsigned (text, 10, min, max, &v, NULL))
    {
      attribute_error (self, node, "<%s %s=\"%s\">: out of range; it must be from %u to %u",
                       (const char *)node->name, name, shown, min, max);
      return FALSE;
    }

  *value = (guint)v;
  return TRUE;
}

static GStrv
dup_texts_of (xmlNode    *node,
              const char *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, name))
      {
        g_autofree char *text = dup_text (child);

        if (text[0] != '\0')
          g_strv_builder_add (builder, text);
      }

  return g_strv_builder_end (builder);
}

/* The syntax of data/schema/pack.rng's id-value, which the built-in schema
 * leaves out (see strip_id_facets()): an ASCII letter or digit, then
 * letters, digits, '.', '_' and '-', at most MAX_ID_LENGTH characters.
 * @value is the attribute with its ends stripped, as the schema's token
 * type collapses them. */
static gboolean
is_valid_id (const char *value)
{
  gsize length = 0;

  if (!g_ascii_isalnum (value[0]))
    return FALSE;

  for (const char *p = value; *p != '\0'; p++, length++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      return FALSE;

  return length <= MAX_ID_LENGTH;
}

/* Checks the id or reference @value of attribute @attr of @node. A bad
 * one is a schema error, as the full schema would report it (see
 * attribute_error()). A missing attribute is reported where it is read
 * (dup_required_attr()). */
static void
check_id (Loader     *self,
          xmlNode    *node,
          const char *attr,
          const char *value)
{
  g_autofree char *shown = NULL;

  if (value == NULL || is_valid_id (value))
    return;

  shown = dup_shown (value);
  attribute_error (self, node, "<%s %s=\"%s\">: this value is not allowed; ids use"
                   " only ASCII letters, digits, '.', '_' and '-', start"
                   " with a letter or a digit and have at most %u characters;"
                   " see docs/pack-format.md",
                   (const char *)node->name, attr, shown, MAX_ID_LENGTH);
}

/* Records @id; an id used before is an error. All ids of a pack share one
 * namespace, so that a message or a progress record is never ambiguous. */
static void
register_id (Loader     *self,
             const char *id,
             const char *kind,
             guint       line)
{
  IdSite *site;

  if (id == NULL || id[0] == '\0')
    return;

  site = g_hash_table_lookup (self->ids, id);
  if (site != NULL)
    {
      semantic_error (self, SYL_PACK_ERROR_DUPLICATE_ID, line,
                      "duplicate id \"%s\": this %s has the id of the %s at %s:%u;"
                      " give it an id of its own (ids must be unique in the whole pack)",
                      id, kind, site->kind, site->file, site->line);
      return;
    }

  site = g_new0 (IdSite, 1);
  site->kind = kind;
  site->file = g_strdup (self->file);
  site->line = line;
  g_hash_table_insert (self->ids, g_strdup (id), site);
}

/* Element handlers */

static void
read_title (Loader  *self,
            xmlNode *node)
{
  g_autofree char *title = dup_required_text (self, node, "title");

  syl_pack_set_title (self->pack, title);
}

static void
read_text_into (Loader      *self,
                xmlNode     *node,
                SylPackText  which)
{
  g_autofree char *text = dup_required_text (self, node, (const char *)node->name);

  syl_pack_add_text (self->pack, which, text);
}

static void
read_exam (Loader  *self,
           xmlNode *node)
{
  g_autofree char *code = dup_required_attr (self, node, "code");
  g_autofree char *scoring = dup_attr (node, "scoring");
  guint scored, unscored, minutes, score_min, score_max, pass_score;
  gboolean numbers_ok;

  /* & rather than &&: every attribute is checked. */
  numbers_ok = get_number_attr (self, node, "scored", TRUE, 0, MAX_EXAM_QUESTIONS, &scored) &
               get_number_attr (self, node, "unscored", FALSE, 0, MAX_EXAM_QUESTIONS, &unscored) &
               get_number_attr (self, node, "minutes", TRUE, 1, MAX_MINUTES, &minutes) &
               get_number_attr (self, node, "score-min", TRUE, 0, MAX_SCORE, &score_min) &
               get_number_attr (self, node, "score-max", TRUE, 0, MAX_SCORE, &score_max) &
               get_number_attr (self, node, "pass", TRUE, 0, MAX_SCORE, &pass_score);
  self->exam_line = node_line (node);

  if (numbers_ok)
    {
      if (scored == 0)
        semantic_error (self, SYL_PACK_ERROR_EXAM, node_line (node),
                        "<exam scored=\"0\">: an exam needs at least one scored question;"
                        " set scored= to the number of questions that count");
      if (!(score_min < pass_score && pass_score <= score_max))
        semantic_error (self, SYL_PACK_ERROR_EXAM, node_line (node),
                        "<exam score-min=\"%u\" pass=\"%u\" score-max=\"%u\">: the passing score"
                        " must be above score-min and at most score-max; fix these attributes",
                        score_min, pass_score, score_max);
    }

  syl_pack_set_exam (self->pack, code, scored, unscored, minutes,
                     score_min, score_max, pass_score, scoring);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "response-type"))
        {
          g_autofree char *type = dup_required_attr (self, child, "type");
          g_autofree char *text = dup_required_text (self, child, "response-type");

          if (g_strcmp0 (type, "single") == 0)
            syl_pack_set_response_type_text (self->pack, SYL_QUESTION_SINGLE, text);
          else if (g_strcmp0 (type, "multiple") == 0)
            syl_pack_set_response_type_text (self->pack, SYL_QUESTION_MULTIPLE, text);
        }
      else if (is_element (child, "note"))
        read_text_into (self, child, SYL_PACK_TEXT_EXAM_NOTE);
    }
}

static void
read_candidate (Loader  *self,
                xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "summary"))
        read_text_into (self, child, SYL_PACK_TEXT_CANDIDATE_SUMMARY);
      else if (is_element (child, "experience"))
        read_text_into (self, child, SYL_PACK_TEXT_CANDIDATE_EXPERIENCE);
    }
}

static void
read_out_of_scope (Loader  *self,
                   xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, "item"))
      read_text_into (self, child, SYL_PACK_TEXT_OUT_OF_SCOPE);
}

static void
read_domain (Loader  *self,
             xmlNode *node)
{
  g_autofree char *id = dup_required_attr (self, node, "id");
  g_autofree char *title = dup_required_text (self, first_child (node, "title"), "title");
  g_autoptr(SylDomain) domain = NULL;
  guint weight;

  get_number_attr (self, node, "weight", TRUE, 0, MAX_WEIGHT, &weight);
  check_id (self, node, "id", id);
  register_id (self, id, "domain", node_line (node));
  self->weight_sum += weight;
  self->n_domains++;

  /* Without an id the domain cannot be indexed: the error is enough. */
  if (id == NULL)
    return;

  domain = syl_domain_new (id, title, weight);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *task_id = NULL;
      g_autofree char *task_title = NULL;
      g_autoptr(SylTask) task = NULL;

      if (!is_element (child, "task"))
        continue;

      task_id = dup_required_attr (self, child, "id");
      task_title = dup_required_text (self, first_child (child, "title"), "title");
      check_id (self, child, "id", task_id);
      register_id (self, task_id, "task", node_line (child));
      if (task_id == NULL)
        continue;
      task = syl_task_new (task_id, task_title,
                           dup_texts_of (child, "knowledge"),
                           dup_texts_of (child, "skill"));
      syl_domain_add_task (domain, task);
    }

  syl_pack_add_domain (self->pack, domain);
}

static SylServiceStatus
parse_status (const char *status)
{
  if (g_strcmp0 (status, "closed") == 0)
    return SYL_SERVICE_CLOSED;
  if (g_strcmp0 (status, "retired") == 0)
    return SYL_SERVICE_RETIRED;
  return SYL_SERVICE_AVAILABLE;
}

static void
read_category (Loader  *self,
               xmlNode *node)
{
  g_autofree char *id = dup_required_attr (self, node, "id");
  g_autofree char *title = dup_required_text (self, first_child (node, "title"), "title");
  g_autoptr(SylCategory) category = NULL;

  check_id (self, node, "id", id);
  register_id (self, id, "category", node_line (node));
  if (id == NULL)
    return;
  category = syl_category_new (id, title);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *service_id = NULL;
      g_autofree char *status = NULL;
      g_autofree char *name = NULL;
      g_autofree char *summary = NULL;
      g_autoptr(SylService) service = NULL;

      if (!is_element (child, "service"))
        continue;

      service_id = dup_required_attr (self, child, "id");
      status = dup_attr (child, "status");
      name = dup_required_text (self, first_child (child, "name"), "name");
      summary = dup_required_text (self, first_child (child, "summary"), "summary");
      check_id (self, child, "id", service_id);
      register_id (self, service_id, "service", node_line (child));
      if (service_id == NULL)
        continue;
      service = syl_service_new (service_id, name, summary, parse_status (status),
                                 dup_texts_of (child, "alias"));
      syl_category_add_service (category, service);
    }

  syl_pack_add_category (self->pack, category);
}

static void
read_appendix (Loader  *self,
               xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "concept"))
        read_text_into (self, child, SYL_PACK_TEXT_CONCEPT);
      else if (is_element (child, "category"))
        read_category (self, child);
    }
}

/* <changes version="N">: errata of version N. Whether each names a
 * question of the pack is known only once every file is read
 * (loader_check_pack()). */
static void
read_changes (Loader  *self,
              xmlNode *node)
{
  guint version;
  guint pack_version = syl_pack_get_version (self->pack);

  if (!get_number_attr (self, node, "version", TRUE, 1, MAX_VERSION, &version))
    return;

  if (version > pack_version && pack_version > 0)
    semantic_error (self, SYL_PACK_ERROR_CHANGES, node_line (node),
                    "<changes version=\"%u\"> is for a version after this one (version=\"%u\""
                    " of <pack>); raise the pack's version, or fix this one",
                    version, pack_version);
  if (g_hash_table_contains (self->change_versions, GUINT_TO_POINTER (version)))
    semantic_error (self, SYL_PACK_ERROR_CHANGES, node_line (node),
                    "a second <changes version=\"%u\">; put all the changes of a version"
                    " in one <changes> element", version);
  g_hash_table_add (self->change_versions, GUINT_TO_POINTER (version));

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *question = NULL;
      g_autofree char *text = NULL;
      g_autoptr(SylPackChange) change = NULL;
      ChangeSite site;

      if (!is_element (child, "change"))
        continue;

      question = dup_required_attr (self, child, "question");
      text = dup_required_text (self, child, "change");
      check_id (self, child, "question", question);
      if (question == NULL)
        continue;

      change = syl_pack_change_new (version, question, text);
      syl_pack_add_change (self->pack, change);
      site.question = g_steal_pointer (&question);
      site.line = node_line (child);
      g_array_append_val (self->change_sites, site);
    }
}

/* In a questions file, references are checked only if pack.xml was read
 * without structural errors: otherwise they would all fail at once. */
static gboolean
refs_checkable (Loader *self)
{
  return self->pack != NULL && (self->kind == FILE_PACK || self->syllabus_ok);
}

/* Packs made from other tools have fewer options than exam questions:
 * two for a single-answer question (true or false), three for a multiple
 * one. `syllabus-pack lint` warns about those that are not exam-shaped. */
static void
check_options (Loader          *self,
               xmlNode         *node,
               const char      *id,
               SylQuestionType  type,
               guint            n_options,
               guint            n_correct)
{
  guint line = node_line (node);

  if (type == SYL_QUESTION_SINGLE)
    {
      if (n_options < 2)
        semantic_error (self, SYL_PACK_ERROR_OPTIONS, line,
                        "question \"%s\" has %u option; a type=\"single\" question needs"
                        " at least two", id, n_options);
      if (n_correct != 1)
        semantic_error (self, SYL_PACK_ERROR_OPTIONS, line,
                        "question \"%s\" is type=\"single\" but has %u correct options;"
                        " mark exactly one option correct=\"true\", or make it type=\"multiple\"",
                        id, n_correct);
    }
  else
    {
      if (n_options < 3)
        semantic_error (self, SYL_PACK_ERROR_OPTIONS, line,
                        "question \"%s\" has %u options; a type=\"multiple\" question needs"
                        " at least three (two right, one wrong)", id, n_options);
      else if (n_correct < 2)
        semantic_error (self, SYL_PACK_ERROR_OPTIONS, line,
                        "question \"%s\" is type=\"multiple\" but has %u correct options;"
                        " mark at least two options correct=\"true\", or make it type=\"single\"",
                        id, n_correct);
      else if (n_correct >= n_options)
        semantic_error (self, SYL_PACK_ERROR_OPTIONS, line,
                        "question \"%s\": every option is correct; at least one must be wrong",
                        id);
    }
}

static void
read_question (Loader  *self,
               xmlNode *node)
{
  g_autofree char *id = dup_required_attr (self, node, "id");
  g_autofree char *type_name = dup_required_attr (self, node, "type");
  g_autofree char *task_id = dup_required_attr (self, node, "task");
  g_autofree char *stem = NULL;
  g_autofree char *explanation = NULL;
  xmlNode *explanation_node;
  g_autoptr(SylQuestion) question = NULL;
  g_autoptr(GHashTable) seen_options = NULL;
  g_autoptr(GHashTable) seen_services = NULL;
  SylQuestionType type;
  SylTask *task = NULL;
  guint n_options = 0;
  guint n_correct = 0;
  guint line = node_line (node);

  check_id (self, node, "id", id);
  check_id (self, node, "task", task_id);
  register_id (self, id, "question", line);
  if (type_name != NULL && g_strcmp0 (type_name, "single") != 0 && g_strcmp0 (type_name, "multiple") != 0)
    {
      g_autofree char *shown = dup_shown (type_name);

      attribute_error (self, node, "<question type=\"%s\">: the type is \"single\" (one right"
                       " option) or \"multiple\" (two or more)", shown);
    }
  type = g_strcmp0 (type_name, "multiple") == 0 ? SYL_QUESTION_MULTIPLE : SYL_QUESTION_SINGLE;
  /* A question without an id is reported, read for its other errors and
   * left out of the model. */
  if (id == NULL)
    id = g_strdup ("");

  if (task_id != NULL && self->pack != NULL)
    {
      task = syl_pack_lookup_task (self->pack, task_id);
      if (task == NULL && refs_checkable (self))
        semantic_error (self, SYL_PACK_ERROR_UNRESOLVED_REF, line,
                        "question \"%s\" has task=\"%s\", but no <task> has that id;"
                        " use the id of a task statement of the syllabus (<task id=\"…\">"
                        " in pack.xml)",
                        id, task_id);
    }

  stem = dup_required_text (self, first_child (node, "stem"), "stem");
  /* Optional (packs made from other tools): NULL when there is none. */
  explanation_node = first_child (node, "explanation");
  if (explanation_node != NULL)
    explanation = dup_required_text (self, explanation_node, "explanation");
  question = syl_question_new (id, type, task, stem, explanation);
  syl_question_set_source (question, self->file, line);

  seen_options = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  seen_services = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "option"))
        {
          g_autofree char *text = dup_required_text (self, child, "option");
          g_autofree char *correct = dup_attr (child, "correct");
          xmlNode *why_node = first_child (child, "why");
          g_autofree char *why = why_node != NULL ? dup_required_text (self, why_node, "why") : NULL;
          gboolean is_correct = g_strcmp0 (correct, "true") == 0;

          if (text[0] != '\0')
            {
              gpointer first_line;

              if (g_hash_table_lookup_extended (seen_options, text, NULL, &first_line))
                semantic_error (self, SYL_PACK_ERROR_DUPLICATE_OPTION, node_line (child),
                                "question \"%s\": this option has the same text as the option"
                                " on line %u; reword one of them", id, GPOINTER_TO_UINT (first_line));
              else
                g_hash_table_insert (seen_options, g_strdup (text),
                                     GUINT_TO_POINTER (node_line (child)));
            }

          syl_question_add_option (question, text, why, is_correct);
          n_options++;
          if (is_correct)
            n_correct++;
        }
      else if (is_element (child, "reference"))
        {
          g_autofree char *href = dup_required_attr (self, child, "href");
          g_autofree char *title = dup_required_text (self, child, "reference");
          g_autofree char *problem = NULL;

          if (href == NULL)
            continue;
          if (!syl_reference_check_href (href, &problem))
            {
              g_autofree char *shown = g_utf8_make_valid (href, MIN (strlen (href), 80));

              semantic_error (self, SYL_PACK_ERROR_REFERENCE, node_line (child),
                              "question \"%s\": <reference href=\"%s%s\"> %s",
                              id, shown, strlen (href) > 80 ? "…" : "", problem);
            }
          else
            syl_question_add_reference (question, title, href);
        }
      else if (is_element (child, "service"))
        {
          g_autofree char *ref = dup_required_attr (self, child, "ref");
          SylService *service = NULL;

          check_id (self, child, "ref", ref);
          if (ref == NULL)
            continue;
          if (self->pack != NULL)
            service = syl_pack_lookup_service (self->pack, ref);
          if (service == NULL)
            {
              if (refs_checkable (self))
                semantic_error (self, SYL_PACK_ERROR_UNRESOLVED_REF, node_line (child),
                                "question \"%s\" has <service ref=\"%s\"/>, but the appendix"
                                " has no <service id=\"%s\">; use the id of a service of the"
                                " appendix, or add the service there", id, ref, ref);
            }
          else if (!g_hash_table_contains (seen_services, service))
            {
              g_hash_table_add (seen_services, service);
              syl_question_add_service (question, service);
            }
        }
    }

  check_options (self, node, id, type, n_options, n_correct);

  if (self->pack != NULL && id[0] != '\0')
    syl_pack_add_question (self->pack, question);
}

/* The reader */

/* Turns a libxml2 error into a line of @list. */
static void
add_xml_error (Loader      *self,
               ErrorList   *list,
               xmlErrorPtr  err,
               guint        fallback_line)
{
  g_autofree char *message = syl_pack_normalize_text (err->message);
  guint line = err->line > 0 ? (guint)err->line : 0;

  /* libxml2 gives a node's line capped at 65,535; xmlGetLineNo() finds
   * the real one. */
  if ((line == 0 || line >= G_MAXUINT16) && err->node != NULL)
    line = node_line (err->node);
  /* An empty element has nothing to take a line from: then the line the
   * parser is on is the nearest. */
  if (line == 0 || (line == G_MAXUINT16 && fallback_line > line))
    line = fallback_line;

  /* libxml2 ends some messages with a period and no advice. */
  if (g_str_has_suffix (message, "."))
    message[strlen (message) - 1] = '\0';

  if (err->domain == XML_FROM_RELAXNGV && strstr (message, "failed to validate attributes") != NULL)
    loader_error (self, list, SYL_PACK_ERROR_SCHEMA, line,
                  "%s: an attribute is missing or its value is not allowed (ids use only"
                  " ASCII letters, digits, '.', '_' and '-'; numbers only digits);"
                  " see docs/pack-format.md", message);
  else if (err->domain == XML_FROM_RELAXNGV)
    loader_error (self, list, SYL_PACK_ERROR_SCHEMA, line,
                  "%s; see docs/pack-format.md for the elements and attributes allowed here",
                  message);
  else if (err->domain == XML_FROM_IO || err->domain == XML_FROM_I18N ||
           err->code == XML_ERR_INVALID_ENCODING || err->code == XML_ERR_UNKNOWN_ENCODING ||
           err->code == XML_ERR_UNSUPPORTED_ENCODING)
    loader_error (self, list, SYL_PACK_ERROR_ENCODING, line,
                  "%s; pack files must be UTF-8", message);
  else if (err->code == XML_ERR_UNDECLARED_ENTITY || err->code == XML_WAR_UNDECLARED_ENTITY)
    loader_error (self, list, SYL_PACK_ERROR_MALFORMED, line,
                  "%s; packs cannot define entities: write & as &amp; and < as &lt;,"
                  " other characters directly in UTF-8", message);
  else if (err->code == XML_ERR_TAG_NOT_FINISHED || err->code == XML_ERR_DOCUMENT_END)
    loader_error (self, list, SYL_PACK_ERROR_MALFORMED, line,
                  "%s; the file is truncated or a closing tag is missing", message);
  else
    loader_error (self, list, SYL_PACK_ERROR_MALFORMED, line,
                  "%s; the file is not well-formed XML: fix the markup there"
                  " (xmllint --noout shows the context)", message);
}

/* Errors of the RELAX NG validator about an attribute or its value. */
static gboolean
is_attribute_error (int code)
{
  switch (code)
    {
    case XML_RELAXNG_ERR_TYPE:
    case XML_RELAXNG_ERR_TYPEVAL:
    case XML_RELAXNG_ERR_TYPECMP:
    case XML_RELAXNG_ERR_DUPID:
    case XML_RELAXNG_ERR_ATTRNAME:
    case XML_RELAXNG_ERR_ATTRNONS:
    case XML_RELAXNG_ERR_ATTRWRONGNS:
    case XML_RELAXNG_ERR_ATTREXTRANS:
    case XML_RELAXNG_ERR_ATTRVALID:
    case XML_RELAXNG_ERR_INVALIDATTR:
    case XML_RELAXNG_ERR_DATATYPE:
    case XML_RELAXNG_ERR_VALUE:
    case XML_RELAXNG_ERR_LIST:
    case XML_RELAXNG_ERR_LISTEXTRA:
    case XML_RELAXNG_ERR_LISTEMPTY:
      return TRUE;
    default:
      return FALSE;
    }
}

/* libxml2's streaming RELAX NG validator goes on after an element that
 * does not fit, and then reports nearly every element after it. Errors on
 * attributes do not derail it; the first error on the content of an
 * element does: it is kept, and the validator's errors after it are not. */
static void
on_reader_error_cb (void        *user_data,
                    xmlErrorPtr  err)
{
  Loader *self = user_data;
  guint line = 0;

  if (err == NULL || err->level == XML_ERR_NONE || err->level == XML_ERR_WARNING)
    return;

  /* libxml2 gives several errors for one broken tag ("Specification
   * mandates value for attribute", "attributes construct error",
   * "Couldn't find end of Start Tag"): the first says it. */
  if (self->parse_failed)
    return;

  if (err->domain == XML_FROM_RELAXNGV)
    {
      if (self->schema_derailed)
        return;
      if (!is_attribute_error (err->code))
        self->schema_derailed = TRUE;
    }

  if (self->reader != NULL)
    line = MAX (xmlTextReaderGetParserLineNumber (self->reader), 0);
  add_xml_error (self, &self->stream_errors, err, line);

  /* A fatal parse error ends the file; the reader would only repeat it. */
  if (err->level == XML_ERR_FATAL && err->domain != XML_FROM_RELAXNGV)
    self->stop = self->parse_failed = TRUE;
}

static void
read_pack_root (Loader  *self,
                xmlNode *node)
{
  g_autofree char *id = dup_required_attr (self, node, "id");
  g_autofree char *report = dup_attr (node, "report");
  guint version = 0;
  xmlChar *lang = xmlNodeGetLang (node);

  get_number_attr (self, node, "version", TRUE, 1, MAX_VERSION, &version);
  check_id (self, node, "id", id);

  if (self->pack == NULL)
    {
      self->pack = syl_pack_new (id != NULL ? id : "", version,
                                 lang != NULL ? (const char *)lang : "en");
      if (report != NULL)
        {
          g_autofree char *problem = NULL;

          if (syl_reference_check_report (report, &problem))
            syl_pack_set_report_address (self->pack, report);
          else
            {
              g_autofree char *shown = dup_shown (report);

              semantic_error (self, SYL_PACK_ERROR_REPORT, node_line (node),
                              "<pack report=\"%s\"> %s; give the address of an issue form"
                              " (https://…) or an e-mail address (mailto:…)", shown, problem);
            }
        }
    }
  else
    structure_error (self, SYL_PACK_ERROR_PACK_MISMATCH, node_line (node),
                     "this file is a <pack>, but a folder pack's questions/ holds"
                     " <questions pack=\"…\"> files; move it out of questions/");
  if (lang != NULL)
    xmlFree (lang);
}

static void
read_questions_root (Loader  *self,
                     xmlNode *node)
{
  g_autofree char *pack_id = dup_required_attr (self, node, "pack");
  const char *id;

  check_id (self, node, "pack", pack_id);
  if (self->pack == NULL)
    {
      structure_error (self, SYL_PACK_ERROR_PACK_MISMATCH, node_line (node),
                       "this file holds <questions>, not a <pack>; load the folder pack"
                       " whose questions/ holds it (the folder with pack.xml)");
      self->stop = TRUE;
      return;
    }

  /* A pack.xml without an id has said so already. */
  id = syl_pack_get_id (self->pack);
  if (pack_id != NULL && id[0] != '\0' && g_strcmp0 (pack_id, id) != 0)
    {
      g_autofree char *shown = dup_shown (pack_id);

      structure_error (self, SYL_PACK_ERROR_PACK_MISMATCH, node_line (node),
                       "<questions pack=\"%s\"> does not match the pack id \"%s\" of pack.xml;"
                       " set pack=\"%s\" (or move the file to the folder of its own pack)",
                       shown, id, id);
    }
}

static gboolean
check_root (Loader  *self,
            xmlNode *node)
{
  const char *expected = self->kind == FILE_PACK ? "pack" : "questions";
  const char *ns = node->ns != NULL ? (const char *)node->ns->href : NULL;

  if (g_strcmp0 (ns, SYL_PACK_NAMESPACE) != 0)
    {
      structure_error (self, SYL_PACK_ERROR_NAMESPACE, node_line (node),
                       "the root element <%s> is %s%s%s; a pack file's root is <%s xmlns=\"%s\">"
                       " (format version 1)",
                       (const char *)node->name,
                       ns != NULL ? "in the namespace \"" : "in no namespace",
                       ns != NULL ? ns : "", ns != NULL ? "\"" : "",
                       expected, SYL_PACK_NAMESPACE);
      return FALSE;
    }

  if (xmlStrEqual (node->name, (const xmlChar *)"pack"))
    read_pack_root (self, node);
  else if (xmlStrEqual (node->name, (const xmlChar *)"questions"))
    read_questions_root (self, node);
  /* anything else: the schema says what is wrong */

  return !self->stop;
}

/* Elements of <pack> read as a whole once expanded. */
static gboolean
read_top_level (Loader  *self,
                xmlNode *node)
{
  if (is_element (node, "title"))
    read_title (self, node);
  else if (is_element (node, "intro"))
    read_text_into (self, node, SYL_PACK_TEXT_INTRO);
  else if (is_element (node, "exam"))
    read_exam (self, node);
  else if (is_element (node, "candidate"))
    read_candidate (self, node);
  else if (is_element (node, "out-of-scope"))
    read_out_of_scope (self, node);
  else if (is_element (node, "domain"))
    read_domain (self, node);
  else if (is_element (node, "appendix"))
    read_appendix (self, node);
  else if (is_element (node, "changes"))
    read_changes (self, node);
  else
    return FALSE;

  return TRUE;
}

static void
loader_read_file (Loader     *self,
                  const char *data,
                  gsize       length,
                  const char *file,
                  FileKind    kind)
{
  g_autofree char *normalized = NULL;
  gsize normalized_length = 0;
  gboolean in_pack_questions = FALSE;
  gboolean own_errors;
  xmlRelaxNGPtr schema;
  xmlNode *root = NULL;
  guint root_line = 1;
  int ret;

  g_free (self->file);
  self->file = g_strdup (file);
  self->kind = kind;
  self->stop = FALSE;
  self->schema_derailed = FALSE;
  self->parse_failed = FALSE;
  if (kind == FILE_PACK)
    {
      g_free (self->pack_file);
      self->pack_file = g_strdup (file);
    }

  if (length > SYL_PACK_MAX_FILE_SIZE)
    {
      structure_error (self, SYL_PACK_ERROR_TOO_LARGE, 1,
                       "the file is %" G_GSIZE_FORMAT " bytes, more than the %" G_GSIZE_FORMAT
                       " MiB a pack file may have; split the questions over several files"
                       " of a folder pack (questions/*.xml)",
                       length, SYL_PACK_MAX_FILE_SIZE / (1024 * 1024));
      goto out;
    }

  /* libxml2 counts lines by LF only. */
  normalized = syl_pack_scan_dup_normalized (data, length, &normalized_length);
  if (normalized != NULL)
    {
      data = normalized;
      length = normalized_length;
    }

  if (!check_bytes (self, data, length))
    goto out;

  /* Compiling the schema also initialises libxml2, once, before any
   * parser is created (which matters when packs load in threads). */
  schema = get_schema ();
  self->reader = xmlReaderForMemory (data, (int)length, NULL, NULL, READER_OPTIONS);
  if (self->reader == NULL)
    {
      structure_error (self, SYL_PACK_ERROR_IO, 0, "cannot create an XML reader");
      goto out;
    }
  xmlTextReaderSetStructuredErrorHandler (self->reader, on_reader_error_cb, self);
  if (xmlTextReaderRelaxNGSetSchema (self->reader, schema) != 0)
    g_error ("Cannot attach the pack schema to the reader");

  ret = xmlTextReaderRead (self->reader);
  while (ret == 1 && !self->stop)
    {
      int type = xmlTextReaderNodeType (self->reader);
      int depth = xmlTextReaderDepth (self->reader);
      xmlNode *node;

      /* Once the root has been looked at, reading on after the validator
       * derailed costs time (a file of a million wrong elements) for
       * errors that would not be shown. */
      if (self->schema_derailed && root != NULL)
        break;

      if (type == XML_READER_TYPE_DOCUMENT_TYPE ||
          type == XML_READER_TYPE_ENTITY ||
          type == XML_READER_TYPE_ENTITY_REFERENCE)
        {
          guint line;

          /* syl_pack_scan() refuses a DOCTYPE before this; here is a
           * second guard. A DOCTYPE node has no line of its own, and the
           * parser has read on by now: the line is found in the text. */
          node = xmlTextReaderCurrentNode (self->reader);
          line = node != NULL ? node_line (node) : 0;
          if (line == 0 && type == XML_READER_TYPE_DOCUMENT_TYPE)
            {
              const char *doctype = g_strstr_len (data, length, "<!DOCTYPE");

              if (doctype != NULL)
                line = syl_pack_scan_line_of_offset (data, doctype - data);
            }
          if (line == 0)
            line = MAX (xmlTextReaderGetParserLineNumber (self->reader), 1);
          structure_error (self, SYL_PACK_ERROR_FORBIDDEN, line,
                           "DTDs and entities are not allowed in a pack file; remove them");
          break;
        }

      if (type != XML_READER_TYPE_ELEMENT)
        {
          if (type == XML_READER_TYPE_END_ELEMENT && depth == 1)
            in_pack_questions = FALSE;
          ret = xmlTextReaderRead (self->reader);
          continue;
        }

      node = xmlTextReaderCurrentNode (self->reader);

      if (depth == 0)
        {
          root = node;
          root_line = MAX (node_line (node), 1);
          if (!check_root (self, node))
            break;
          ret = xmlTextReaderRead (self->reader);
          continue;
        }

      if (root != NULL && is_element (root, "pack") && depth == 1)
        {
          if (is_element (node, "questions"))
            {
              in_pack_questions = !xmlTextReaderIsEmptyElement (self->reader);
              ret = xmlTextReaderRead (self->reader);
              continue;
            }

          if (is_element (node, NULL) && !is_element (node, "question"))
            {
              xmlNode *expanded = xmlTextReaderExpand (self->reader);

              if (expanded == NULL)
                break;
              read_top_level (self, expanded);
              ret = xmlTextReaderNext (self->reader);
              continue;
            }
        }

      if (is_element (node, "question") &&
          ((in_pack_questions && depth == 2) ||
           (root != NULL && is_element (root, "questions") && depth == 1)))
        {
          xmlNode *expanded = xmlTextReaderExpand (self->reader);

          if (expanded == NULL)
            break;
          read_question (self, expanded);
          ret = xmlTextReaderNext (self->reader);
          continue;
        }

      ret = xmlTextReaderRead (self->reader);
    }

  /* Something went wrong while streaming, and it was not one of the
   * problems found by the loader itself (DOCTYPE, namespace, …). The file
   * is not parsed again to find out more: what the reader said is all. */
  own_errors = self->structure.count > 0;
  if (self->structure.count == 0)
    {
      error_list_move (&self->structure, &self->stream_errors);
      if (self->structure.count == 0 && ret < 0)
        structure_error (self, SYL_PACK_ERROR_MALFORMED,
                         MAX (xmlTextReaderGetParserLineNumber (self->reader), 0),
                         "the XML cannot be read here; check that the file is complete and"
                         " well-formed (xmllint --noout shows the context)");
      else if (self->structure.count == 0 && ret == 0 && root != NULL &&
               xmlTextReaderIsValid (self->reader) != 1 && self->attr_errors.count == 0)
        structure_error (self, SYL_PACK_ERROR_SCHEMA, root_line,
                         "the file does not follow the pack schema; see docs/pack-format.md"
                         " (xmllint --relaxng data/schema/pack.rng shows more)");
    }

  if (!own_errors &&
      (self->structure.count == 0 || self->structure.first_code == SYL_PACK_ERROR_SCHEMA))
    loader_merge_attribute_errors (self);

  if (root == NULL && self->structure.count == 0)
    structure_error (self, SYL_PACK_ERROR_MALFORMED, 1,
                     "no root element; a pack file starts with <pack xmlns=\"%s\" …>",
                     SYL_PACK_NAMESPACE);

  /* Rules of pack.xml as a whole. */
  if (kind == FILE_PACK && self->structure.count == 0 && self->pack != NULL)
    {
      self->syllabus_ok = TRUE;
      if (self->n_domains > 0 && self->weight_sum != 100)
        semantic_error (self, SYL_PACK_ERROR_WEIGHTS, root_line,
                        "the weights of the %u domains add up to %u, not 100;"
                        " fix the weight= attributes of the <domain> elements",
                        self->n_domains, self->weight_sum);
    }

out:
  g_clear_pointer (&self->reader, xmlFreeTextReader);
  loader_flush_file (self);
}

/* Names the file of the errors to come, as messages show it. */
static void
loader_set_file (Loader     *self,
                 const char *path)
{
  g_free (self->file);
  self->file = syl_pack_input_dup_file_name (path);
}

/* An error about a file or folder as a whole, not about a line of it. */
static void
loader_file_error (Loader     *self,
                   const char *path,
                   int         code,
                   const char *message)
{
  loader_set_file (self, path);
  /* A file too large is reported on its first line, like a file too
   * large given as data. */
  structure_error (self, code, code == SYL_PACK_ERROR_TOO_LARGE ? 1 : 0, "%s", message);
  loader_flush_file (self);
}

static gboolean
read_whole_file (Loader      *self,
                 const char  *path,
                 FileKind     kind)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = syl_pack_input_read_file (path, SYL_PACK_MAX_FILE_SIZE, &local_error);
  g_autofree char *file = NULL;
  gsize length;
  const char *data;

  if (bytes == NULL)
    {
      loader_file_error (self, path, local_error->code, local_error->message);
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &length);
  file = syl_pack_input_dup_file_name (path);
  loader_read_file (self, data != NULL ? data : "", length, file, kind);
  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The files of a folder pack's questions/ folder, sorted. No questions/
 * is no questions; anything else that keeps it from being read (a
 * symbolic link loop, a file of that name, no permission) is an error.
 * Every *.xml entry is listed whatever its type, so that one that is not
 * a regular file is reported when it is read, not skipped unseen. */
static GPtrArray *
list_question_files (Loader      *self,
                     const char  *folder)
{
  g_autofree char *dir_path = g_build_filename (folder, "questions", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GStatBuf st;
  const char *name;

  if (g_stat (dir_path, &st) != 0)
    {
      int saved = errno;
      g_autofree char *message = NULL;

      if (saved == ENOENT && g_lstat (dir_path, &st) != 0)
        return names;

      if (saved == ENOENT)
        message = g_strdup ("this is a symbolic link to nothing; it should be the folder of"
                            " the pack's questions/*.xml files, or not be there");
      else
        message = g_strdup_printf ("cannot open the folder of the pack's questions: %s",
                                   g_strerror (saved));
      loader_file_error (self, dir_path, SYL_PACK_ERROR_IO, message);
      return names;
    }
  if (!S_ISDIR (st.st_mode))
    {
      loader_file_error (self, dir_path, SYL_PACK_ERROR_IO,
                         "this is not a folder; in a folder pack, questions/ is the folder"
                         " of the *.xml files that hold the questions");
      return names;
    }

  dir = g_dir_open (dir_path, 0, &local_error);
  if (dir == NULL)
    {
      g_autofree char *message = g_strdup_printf ("cannot list the folder: %s",
                                                  local_error->message);

      loader_file_error (self, dir_path, SYL_PACK_ERROR_IO, message);
      return names;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] == '.' || !g_str_has_suffix (name, ".xml"))
        continue;
      g_ptr_array_add (names, g_build_filename (dir_path, name, NULL));
    }

  g_ptr_array_sort (names, compare_paths);
  return names;
}

static void
loader_init (Loader *self)
{
  memset (self, 0, sizeof *self);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, id_site_free);
  self->all.text = g_string_new (NULL);
  self->all.first_code = -1;
  error_list_init (&self->structure);
  error_list_init (&self->semantic);
  error_list_init (&self->stream_errors);
  error_list_init (&self->attr_errors);
  self->change_sites = g_array_new (FALSE, FALSE, sizeof (ChangeSite));
  g_array_set_clear_func (self->change_sites, change_site_clear);
  self->change_versions = g_hash_table_new (NULL, NULL);
}

/* Rules of the pack as a whole, once every file has been read without
 * errors. */
static void
loader_check_pack (Loader *self)
{
  guint n_questions;
  guint scored, unscored;

  if (self->all.count > 0 || self->pack == NULL)
    return;

  g_free (self->file);
  self->file = g_strdup (self->pack_file);

  /* An erratum is about a question of the pack; a pack whose questions
   * are elsewhere (none loaded) cannot tell. */
  n_questions = g_list_model_get_n_items (syl_pack_get_questions (self->pack));
  for (guint i = 0; i < self->change_sites->len && n_questions > 0; i++)
    {
      ChangeSite *site = &g_array_index (self->change_sites, ChangeSite, i);

      if (syl_pack_lookup_question (self->pack, site->question) == NULL)
        semantic_error (self, SYL_PACK_ERROR_UNRESOLVED_REF, site->line,
                        "<change question=\"%s\">, but the pack has no question with that id;"
                        " use the id of the question that changed", site->question);
    }

  /* An exam cannot ask for more questions than there are. A pack without
   * questions (an outline, or questions still to be written) may announce
   * the real exam's size. The bounds keep the sum from wrapping. */
  scored = syl_pack_get_scored (self->pack);
  unscored = syl_pack_get_unscored (self->pack);
  if (n_questions > 0 && (guint64)scored + unscored > n_questions)
    semantic_error (self, SYL_PACK_ERROR_EXAM, self->exam_line,
                      "<exam scored=\"%u\" unscored=\"%u\"> asks for %u questions per exam,"
                      " but the pack has only %u questions; lower scored= and unscored= to"
                      " at most %u together, or add questions",
                      scored, unscored, scored + unscored, n_questions, n_questions);

  loader_flush_file (self);
}

static SylPack *
loader_finish (Loader  *self,
               GError **error)
{
  SylPack *pack = NULL;

  loader_check_pack (self);

  if (self->all.count > 0 || self->pack == NULL)
    {
      if (self->all.text->len > 0 && self->all.text->str[self->all.text->len - 1] == '\n')
        g_string_truncate (self->all.text, self->all.text->len - 1);
      g_set_error_literal (error, SYL_PACK_ERROR,
                           self->all.first_code >= 0 ? self->all.first_code : SYL_PACK_ERROR_SCHEMA,
                           self->all.text->len > 0 ? self->all.text->str : "not a pack");
      g_clear_object (&self->pack);
    }
  else
    pack = g_steal_pointer (&self->pack);

  g_clear_object (&self->pack);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->pack_file, g_free);
  g_clear_pointer (&self->file, g_free);
  g_string_free (self->all.text, TRUE);
  error_list_clear (&self->structure);
  error_list_clear (&self->semantic);
  error_list_clear (&self->stream_errors);
  error_list_clear (&self->attr_errors);
  g_clear_pointer (&self->change_sites, g_array_unref);
  g_clear_pointer (&self->change_versions, g_hash_table_unref);

  return pack;
}

/**
 * syl_pack_load:
 * @path: a pack file (`*.xml`) or a folder with `pack.xml` and optionally
 *   XML files in `questions/`
 * @error: return location for a #SYL_PACK_ERROR
 *
 * Reads, checks and builds a pack. Nothing is fetched from the network and
 * no DTD, entity or XInclude is processed. When the pack is broken, @error
 * lists every problem found, one `FILE:LINE: …` line each.
 *
 * Returns: (transfer full): the pack, or %NULL with @error set
 */
SylPack *
syl_pack_load (const char  *path,
               GError     **error)
{
  Loader loader;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  loader_init (&loader);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *pack_xml = g_build_filename (path, "pack.xml", NULL);
      g_autoptr(GPtrArray) files = NULL;
      GStatBuf st;

      if (g_lstat (pack_xml, &st) != 0 && errno == ENOENT)
        {
          loader_file_error (&loader, path, SYL_PACK_ERROR_IO,
                             "the folder has no pack.xml; a folder pack holds pack.xml and"
                             " questions/*.xml");
          return loader_finish (&loader, error);
        }

      read_whole_file (&loader, pack_xml, FILE_PACK);
      files = list_question_files (&loader, path);
      if (loader.pack != NULL)
        for (guint i = 0; i < files->len; i++)
          read_whole_file (&loader, g_ptr_array_index (files, i), FILE_QUESTIONS);
    }
  else
    read_whole_file (&loader, path, FILE_PACK);

  if (loader.pack != NULL)
    syl_pack_set_path (loader.pack, path);

  return loader_finish (&loader, error);
}

/**
 * syl_pack_load_from_data:
 * @data: the bytes of a single-file pack
 * @length: length of @data, or -1 if it is NUL-terminated
 * @display_name: (nullable): the name used in error messages
 * @error: return location for a #SYL_PACK_ERROR
 *
 * Like syl_pack_load() for a single-file pack held in memory.
 *
 * Returns: (transfer full): the pack, or %NULL with @error set
 */
SylPack *
syl_pack_load_from_data (const char  *data,
                         gssize       length,
                         const char  *display_name,
                         GError     **error)
{
  Loader loader;
  g_autofree char *file = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if (display_name == NULL)
    display_name = "<memory>";

  loader_init (&loader);
  file = syl_pack_input_dup_file_name (display_name);
  loader_read_file (&loader, data != NULL ? data : "", length, file, FILE_PACK);

  return loader_finish (&loader, error);
}
