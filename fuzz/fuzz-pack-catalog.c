/* fuzz-pack-catalog.c: libFuzzer target for the translation catalog reader
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The input is a pack's translation catalog (`pack.mo`, as msgfmt writes
 * it). syl_pack_catalog_load_from_data() must give a catalog or an error
 * of its own domain; every string of a catalog that loads is turned into
 * pack text as the merge does, and the catalog is merged over a small pack
 * (built in below, whose strings the seeds translate). Issue 15, item 8:
 * a catalog whose entries all point at one string cost entries × length,
 * so a slow input (-timeout in build-aux/fuzz) counts as a crash too.
 * Seeds: tests/data/fuzz-catalog-seeds/ (msgfmt output of the .po files
 * beside them); inputs that crashed are kept in
 * tests/data/fuzz-regressions-catalog/ and replayed by test-catalog-fuzz.
 * build-aux/fuzz fuzz-pack-catalog [SECONDS] runs it. */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syl-pack-loader.h"
#include "syl-pack-translation.h"

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

/* The strings of this pack are the msgids of tests/data/fuzz-catalog-seeds/. */
static const char pack_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<pack xmlns=\"https://syllabus.github.io/ns/pack/1\" id=\"fuzz-catalog\" version=\"1\" xml:lang=\"en\">\n"
  "  <title>Catalog Test Pack</title>\n"
  "  <intro>A pack to translate.</intro>\n"
  "  <exam code=\"TST-01\" scored=\"1\" unscored=\"0\" minutes=\"30\"\n"
  "        score-min=\"100\" score-max=\"1000\" pass=\"700\" scoring=\"compensatory\">\n"
  "    <response-type type=\"single\">One right answer.</response-type>\n"
  "    <note>Unanswered questions count as wrong.</note>\n"
  "  </exam>\n"
  "  <domain id=\"d1\" weight=\"100\">\n"
  "    <title>Building</title>\n"
  "    <task id=\"1.1\">\n"
  "      <title>Build things &amp; test them.</title>\n"
  "      <knowledge>Compilers</knowledge>\n"
  "    </task>\n"
  "  </domain>\n"
  "  <appendix>\n"
  "    <concept>Automation</concept>\n"
  "    <category id=\"tools\">\n"
  "      <title>Tools</title>\n"
  "      <service id=\"make\">\n"
  "        <name>GNU Make</name>\n"
  "        <summary>Builds targets from rules.</summary>\n"
  "      </service>\n"
  "    </category>\n"
  "  </appendix>\n"
  "  <questions>\n"
  "    <question id=\"q1\" type=\"single\" task=\"1.1\">\n"
  "      <stem>Which tool reads a Makefile &lt;and&gt; rebuilds targets?</stem>\n"
  "      <option>Ninja<why>Ninja reads build.ninja files.</why></option>\n"
  "      <option correct=\"true\">GNU Make<why>Make rebuilds out-of-date targets.</why></option>\n"
  "      <option>GNU Bash<why>Bash runs commands.</why></option>\n"
  "      <option>The C compiler<why>A compiler compiles what it is given.</why></option>\n"
  "      <explanation>Make compares modification times.</explanation>\n"
  "      <reference href=\"https://docs.aws.amazon.com/codebuild/latest/userguide/welcome.html\">What is AWS CodeBuild?</reference>\n"
  "      <service ref=\"make\"/>\n"
  "    </question>\n"
  "  </questions>\n"
  "</pack>\n";

static SylPack *english;

/* A failed check: abort(), which libFuzzer catches and saves the input
 * for (g_error() raises SIGTRAP, which it does not). */
static void G_GNUC_NORETURN
fail (const char *what,
      const char *detail)
{
  fprintf (stderr, "%s: %s\n", what, detail);
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  english = syl_pack_load_from_data (pack_xml, sizeof pack_xml - 1, "fuzz-catalog.xml", &error);
  if (english == NULL)
    fail ("the built-in pack does not load", error->message);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) catalog = NULL;
  g_autoptr(SylPack) merged = NULL;
  SylPackTranslationStats stats;
  GHashTableIter iter;
  gpointer key, value;

  catalog = syl_pack_catalog_load_from_data (size > 0 ? (const char *) data : "", size, &error);
  if (catalog == NULL)
    {
      if (error == NULL || error->domain != SYL_PACK_TRANSLATION_ERROR || error->message[0] == '\0')
        fail ("a catalog refused without its error", error != NULL ? error->message : "(none)");
      return 0;
    }
  if (error != NULL)
    fail ("a catalog loaded with an error", error->message);

  g_hash_table_iter_init (&iter, catalog);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *text = NULL;

      if (!g_utf8_validate (key, -1, NULL) || !g_utf8_validate (value, -1, NULL))
        fail ("a catalog entry is not UTF-8", key);
      text = syl_pack_catalog_dup_text (value);
      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        fail ("a catalog text is not UTF-8", value);
    }

  merged = syl_pack_translation_merge (english, english, catalog, "xx", &stats);
  if (merged == NULL)
    fail ("the merge gave no pack", "");
  if (g_list_model_get_n_items (syl_pack_get_questions (merged)) !=
      g_list_model_get_n_items (syl_pack_get_questions (english)))
    fail ("the merge lost questions", "");

  return 0;
}
