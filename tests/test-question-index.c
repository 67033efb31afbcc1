/* test-question-index.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "syl-pack-loader.h"
#include "syl-question-index.h"

static SylPack *
load (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "packs", name, NULL);
  SylPack *pack = syl_pack_load (path, &error);

  g_assert_no_error (error);
  return pack;
}

/* The ids of what @query finds, space-separated. */
static char *
find (SylQuestionIndex *index,
      const char       *query)
{
  g_autoptr(GPtrArray) found = syl_question_index_search (index, query);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    {
      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, syl_question_get_id (g_ptr_array_index (found, i)));
    }

  return g_strdup (ids->str);
}

#define assert_finds(index, query, expected) \
  G_STMT_START { \
    g_autofree char *got__ = find ((index), (query)); \
    g_assert_cmpstr (got__, ==, (expected)); \
  } G_STMT_END

static void
test_fields (void)
{
  g_autoptr(SylPack) pack = load ("minimal.xml");
  g_autoptr(SylQuestionIndex) index = syl_question_index_new (syl_pack_get_questions (pack));

  g_assert_cmpuint (syl_question_index_get_size (index), ==, 3);
  /* Stem, by word starts, any case. */
  assert_finds (index, "MAKEFILE", "q1");
  assert_finds (index, "print lines", "q3");
  assert_finds (index, "akefile", "");
  /* Options: "grep" is an option of q2 and q3; q3 says "pattern". */
  assert_finds (index, "emacs", "q2");
  assert_finds (index, "grep", "q2 q3");
  /* Id. */
  assert_finds (index, "q2", "q2");
  /* Every word must be somewhere, not necessarily in one field. */
  assert_finds (index, "build emacs", "q2");
  assert_finds (index, "build sed", "");
  /* No words: nothing, not everything. */
  assert_finds (index, "", "");
  assert_finds (index, " ?! ", "");
  assert_finds (index, NULL, "");
}

/* A word in the stem ranks above a word only in an option. */
static void
test_order (void)
{
  g_autoptr(SylPack) pack = load ("minimal.xml");
  g_autoptr(SylQuestionIndex) index = syl_question_index_new (syl_pack_get_questions (pack));

  /* "GNU" is in options of q1 and q2; "build" in both stems. */
  assert_finds (index, "gnu", "q1 q2");
  /* "make": q1's stem says "Makefile"; q2 only has "GNU Make" as an option. */
  assert_finds (index, "make", "q1 q2");
  g_assert_true (syl_question_index_set_note (index, "q3", "Make sure: grep -E"));
  assert_finds (index, "make", "q1 q2 q3");
}

static void
test_notes (void)
{
  g_autoptr(SylPack) pack = load ("minimal.xml");
  g_autoptr(SylQuestionIndex) index = syl_question_index_new (syl_pack_get_questions (pack));

  assert_finds (index, "mnemonic", "");
  g_assert_true (syl_question_index_set_note (index, "q3", "Mnémonic: Global Regular Expression Print"));
  assert_finds (index, "mnemonic", "q3");
  assert_finds (index, "MNÉMO", "q3");
  assert_finds (index, "regular pattern", "q3");

  /* Replaced, then removed. */
  g_assert_true (syl_question_index_set_note (index, "q3", "something else"));
  assert_finds (index, "mnemonic", "");
  g_assert_true (syl_question_index_set_note (index, "q3", NULL));
  assert_finds (index, "something", "");

  g_assert_false (syl_question_index_set_note (index, "q404", "nowhere"));
}

/* Accents and case do not matter, in either direction. */
static void
test_unicode (void)
{
  g_autoptr(SylPack) pack = load ("unicode.xml");
  g_autoptr(SylQuestionIndex) index = syl_question_index_new (syl_pack_get_questions (pack));

  assert_finds (index, "strasse", "frage-1");
  assert_finds (index, "SCHREIBWEISE", "frage-1");
  assert_finds (index, "ελληνικα", "frage-2");
  assert_finds (index, "ひらがな", "frage-2");
  assert_finds (index, "frage", "frage-1 frage-2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/question-index/fields", test_fields);
  g_test_add_func ("/syl/question-index/order", test_order);
  g_test_add_func ("/syl/question-index/notes", test_notes);
  g_test_add_func ("/syl/question-index/unicode", test_unicode);

  return g_test_run ();
}
