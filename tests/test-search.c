/* test-search.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "syl-search.h"

static const char *ecs_aliases[] = { "ECS", "Elastic Container Service", NULL };
static const char *ecs_summary =
  "Runs Docker containers on EC2 or Fargate; services, tasks and capacity providers.";
static const char *s3_aliases[] = { "S3", "Simple Storage Service", NULL };
static const char *s3_summary =
  "Object storage with very high durability, versioning, lifecycle rules and replication.";

static void
test_fold (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "Amazon ECS", "amazon ecs" },
    { "  Élan   vital! ", "elan vital" },
    { "CI/CD", "ci cd" },
    { "Straße", "strasse" },
    { "ﬁle", "file" },
    { "Ça va", "ca va" },
    { "---", "" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = syl_search_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }

  {
    g_autofree char *folded = syl_search_fold (NULL);

    g_assert_cmpstr (folded, ==, "");
  }
}

static void
test_tokenize (void)
{
  g_auto(GStrv) words = syl_search_tokenize (" Élastic  CONTAINER, service ");
  g_auto(GStrv) none = syl_search_tokenize (" ?! ");
  g_auto(GStrv) null = syl_search_tokenize (NULL);

  g_assert_cmpstrv (words, ((const char *[]) { "elastic", "container", "service", NULL }));
  g_assert_cmpstrv (none, ((const char *[]) { NULL }));
  g_assert_cmpstrv (null, ((const char *[]) { NULL }));
}

static void
test_abbreviation (void)
{
  g_assert_true (syl_search_matches ("ecs", "Amazon ECS", ecs_summary, ecs_aliases));
  g_assert_false (syl_search_matches ("ecs", "Amazon S3", s3_summary, s3_aliases));
  g_assert_true (syl_search_matches ("s3", "Amazon S3", s3_summary, s3_aliases));
}

static void
test_case_and_accents (void)
{
  const char *queries[] = { "ECS", "Ecs", "écs", "ÉCS", "eçs", " ecs " };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_test_message ("query “%s”", queries[i]);
      g_assert_true (syl_search_matches (queries[i], "Amazon ECS", ecs_summary, ecs_aliases));
    }

  /* Accents in the text do not matter either. */
  g_assert_true (syl_search_matches ("resume", "Résumé builder", NULL, NULL));
  g_assert_true (syl_search_matches ("STRASSE", "Straße", NULL, NULL));
}

static void
test_word_prefix (void)
{
  /* A query word must start a word … */
  g_assert_true (syl_search_matches ("cont", "Amazon ECS", ecs_summary, ecs_aliases));
  g_assert_true (syl_search_matches ("elastic cont", "Amazon ECS", ecs_summary, ecs_aliases));
  g_assert_false (syl_search_matches ("mazon", "Amazon S3", NULL, NULL));
  g_assert_false (syl_search_matches ("3", "Amazon S3", NULL, NULL));

  /* … and a capital inside a word starts a new one. */
  g_assert_true (syl_search_matches ("watch", "Amazon CloudWatch", NULL, NULL));
  g_assert_true (syl_search_matches ("cloudwatch", "Amazon CloudWatch", NULL, NULL));
  g_assert_true (syl_search_matches ("pipeline", "AWS CodePipeline", NULL, NULL));
  g_assert_true (syl_search_matches ("role", "IAMRole", NULL, NULL));
  g_assert_false (syl_search_matches ("mrole", "IAMRole", NULL, NULL));
  g_assert_true (syl_search_matches ("ec2", "Amazon EC2 Auto Scaling", NULL, NULL));
}

static void
test_fields (void)
{
  /* The name, any alias or the summary. */
  g_assert_true (syl_search_matches ("amazon", "Amazon ECS", ecs_summary, ecs_aliases));
  g_assert_true (syl_search_matches ("simple", "Amazon S3", s3_summary, s3_aliases));
  g_assert_true (syl_search_matches ("versioning", "Amazon S3", s3_summary, s3_aliases));

  /* Every word must match, each in any field. */
  g_assert_true (syl_search_matches ("fargate ecs", "Amazon ECS", ecs_summary, ecs_aliases));
  g_assert_false (syl_search_matches ("fargate s3", "Amazon ECS", ecs_summary, ecs_aliases));
  g_assert_false (syl_search_matches ("kubernetes", "Amazon ECS", ecs_summary, ecs_aliases));

  /* Missing fields are simply not searched. */
  g_assert_true (syl_search_matches ("ecs", "Amazon ECS", NULL, NULL));
  g_assert_false (syl_search_matches ("ecs", NULL, NULL, NULL));
}

static void
test_empty_query (void)
{
  g_assert_true (syl_search_matches (NULL, "Amazon S3", NULL, NULL));
  g_assert_true (syl_search_matches ("", "Amazon S3", NULL, NULL));
  g_assert_true (syl_search_matches ("  -  ", "Amazon S3", NULL, NULL));
}

static void
test_tokens_reused (void)
{
  g_auto(GStrv) tokens = syl_search_tokenize ("Élastic");

  g_assert_true (syl_search_match_tokens ((const char * const *)tokens,
                                          "Amazon ECS", ecs_summary, ecs_aliases));
  g_assert_false (syl_search_match_tokens ((const char * const *)tokens,
                                           "Amazon S3", s3_summary, s3_aliases));
  g_assert_true (syl_search_text_has_word ("Amazon S3", ""));
  g_assert_false (syl_search_text_has_word (NULL, "s3"));
}

static void
test_rank (void)
{
  g_auto(GStrv) ecs = syl_search_tokenize ("ecs");
  g_auto(GStrv) both = syl_search_tokenize ("elastic orchestrator");
  g_auto(GStrv) none = syl_search_tokenize ("");
  const char *runner_summary = "Builds and runs web apps; AWS points new users to Amazon ECS Express Mode.";
  const char *orchestrator = "Container orchestrator that runs tasks and services.";

  /* By name or alias beats by summary, which beats nothing. */
  g_assert_cmpint (syl_search_rank_tokens ((const char * const *) ecs, "Amazon ECS", ecs_summary, ecs_aliases),
                   ==, SYL_SEARCH_IN_NAME);
  g_assert_cmpint (syl_search_rank_tokens ((const char * const *) ecs, "AWS App Runner", runner_summary, NULL),
                   ==, SYL_SEARCH_IN_SUMMARY);
  g_assert_cmpint (syl_search_rank_tokens ((const char * const *) ecs, "Amazon S3", s3_summary, s3_aliases),
                   ==, SYL_SEARCH_NO_MATCH);
  g_assert_cmpint (SYL_SEARCH_IN_NAME, >, SYL_SEARCH_IN_SUMMARY);
  g_assert_cmpint (SYL_SEARCH_IN_SUMMARY, >, SYL_SEARCH_NO_MATCH);

  /* One word in an alias and one only in the summary: a summary match. */
  g_assert_cmpint (syl_search_rank_tokens ((const char * const *) both, "Amazon ECS", orchestrator, ecs_aliases),
                   ==, SYL_SEARCH_IN_SUMMARY);

  /* An empty query keeps everything, in its place. */
  g_assert_cmpint (syl_search_rank_tokens ((const char * const *) none, "Amazon S3", NULL, NULL),
                   ==, SYL_SEARCH_IN_NAME);
}

/* Prepared texts give the same answers as the plain API, for every prefix
 * of every word of some texts, mixed ASCII and not. */
static void
test_prepared (void)
{
  static const char *texts[] = {
    "Amazon ECS", "CloudWatch Logs", "IAMRole", "Élan vital", "Straße",
    "ﬁle system", "Ça va", "naïve CamelCase", "x86_64 ARM64", "", "---",
  };
  static const char *queries[] = {
    "e", "ec", "ecs", "cloud", "watch", "wat", "iam", "role", "elan", "strasse",
    "stra", "file", "fi", "ca", "naive", "camel", "case", "x86", "64", "arm", "zzz",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(SylSearchText) text = syl_search_text_new (texts[i]);

      for (guint j = 0; j < G_N_ELEMENTS (queries); j++)
        {
          g_test_message ("\"%s\" in \"%s\"", queries[j], texts[i]);
          g_assert_cmpint (syl_search_text_has_prefix (text, queries[j]), ==,
                           syl_search_text_has_word (texts[i], queries[j]));
        }
      g_assert_true (syl_search_text_has_prefix (text, ""));
    }

  {
    g_autoptr(SylSearchText) none = syl_search_text_new (NULL);

    g_assert_false (syl_search_text_has_prefix (none, "a"));
  }
}

static void
test_rank_texts (void)
{
  static const char *queries[] = { "ecs", "container", "docker", "fargate ecs", "s3", "elastic x", "" };
  g_autoptr(SylSearchText) name = syl_search_text_new ("Amazon Elastic Container Service");
  g_autoptr(SylSearchText) summary = syl_search_text_new (ecs_summary);
  g_autoptr(SylSearchText) alias0 = syl_search_text_new (ecs_aliases[0]);
  g_autoptr(SylSearchText) alias1 = syl_search_text_new (ecs_aliases[1]);
  const SylSearchText *aliases[] = { alias0, alias1, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_auto(GStrv) tokens = syl_search_tokenize (queries[i]);
      const char * const *t = (const char * const *)tokens;

      g_assert_cmpint (syl_search_rank_texts (t, name, summary, aliases), ==,
                       syl_search_rank_tokens (t, "Amazon Elastic Container Service",
                                               ecs_summary, ecs_aliases));
      g_assert_cmpint (syl_search_rank_texts (t, name, NULL, NULL), ==,
                       syl_search_rank_tokens (t, "Amazon Elastic Container Service",
                                               NULL, NULL));
    }

  {
    g_auto(GStrv) tokens = syl_search_tokenize ("docker");

    g_assert_cmpint (syl_search_rank_texts ((const char * const *)tokens, name, summary, aliases),
                     ==, SYL_SEARCH_IN_SUMMARY);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/syl/search/fold", test_fold);
  g_test_add_func ("/syl/search/tokenize", test_tokenize);
  g_test_add_func ("/syl/search/abbreviation", test_abbreviation);
  g_test_add_func ("/syl/search/case-and-accents", test_case_and_accents);
  g_test_add_func ("/syl/search/word-prefix", test_word_prefix);
  g_test_add_func ("/syl/search/fields", test_fields);
  g_test_add_func ("/syl/search/empty-query", test_empty_query);
  g_test_add_func ("/syl/search/tokens-reused", test_tokens_reused);
  g_test_add_func ("/syl/search/rank", test_rank);
  g_test_add_func ("/syl/search/prepared", test_prepared);
  g_test_add_func ("/syl/search/rank-texts", test_rank_texts);

  return g_test_run ();
}
